import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../state/locale';
import { en } from './en';
import { translate } from './i18n';
import { zhCN } from './zh-CN';

describe('i18n tables', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const table of [en, zhCN]) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });
});

describe('detectLocale', () => {
  it('prefers a stored choice, then the first Chinese or English browser language', () => {
    expect(detectLocale('en', ['zh-CN'])).toBe('en');
    expect(detectLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(detectLocale('xx', [])).toBe('zh-CN');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'methodHouseholds', { size: 2.47 })).toContain('÷ 2.47 persons');
    expect(translate('en', 'methodHouseholds')).toContain('{size}');
    expect(translate('zh-CN', 'layerAdults')).toBe('20岁以上');
  });
});
