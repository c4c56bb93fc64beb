import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply-command';
import { ERROR_CODES } from '../model/error-code';
import { LOCALES } from '../model/locale';
import { defaultScenarioParameters, type Scenario } from '../model/scenario';
import { ERROR_MESSAGES, errorText } from './error-text';

const CHINESE = /[\u4e00-\u9fff]/;
/** A value for every placeholder a template may read: the template must then name something. */
const ANY_DETAILS = new Proxy({} as Record<string, string>, { get: () => '7', has: () => true });

describe('error message tables', () => {
  it('list each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it.each(LOCALES)('give every code a non-empty %s message, with and without details', (locale) => {
    expect(Object.keys(ERROR_MESSAGES[locale]).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      for (const details of [undefined, ANY_DETAILS]) {
        const text = errorText({ code, details }, locale);
        expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(5);
        if (locale === 'zh-CN') expect(text, code).toMatch(CHINESE);
      }
    }
  });

  it('fills a template with the values the error names', () => {
    const error = { code: 'unknown-facility' as const, details: { id: 'f9' } };
    expect(errorText(error, 'zh-CN')).toBe('没有编号为“f9”的设施。');
    expect(errorText(error, 'en')).toBe('No facility with id f9.');
    expect(errorText({ code: 'unknown-facility' }, 'zh-CN')).toBe('该设施已不存在。');
  });

  it('names the street network limits and what to do, in both languages', () => {
    const error = { code: 'network-too-large' as const };
    expect(errorText(error, 'zh-CN')).toBe(
      '道路网络超过规模上限：长于 50 米的路段切分后，最多 1,000,000 个节点、2,000,000 条路段。请将路网裁剪到规划范围后再导入。',
    );
    expect(errorText(error, 'en')).toBe(
      'The street network is larger than the limit: at most 1,000,000 nodes and 2,000,000 segments once segments longer than 50 m are split. Clip it to the planning area and import it again.',
    );
  });
});

describe('a refused edit', () => {
  const scenario: Scenario = {
    id: 's1',
    name: '方案 A',
    datasetId: 'wuhan',
    ruleSetId: 'national-2021-2025',
    parameters: defaultScenarioParameters(),
    facilities: [],
  };

  it('is told in Chinese in the Chinese interface, naming the facility', () => {
    const refused = applyCommand(scenario, { kind: 'moveFacility', id: 'f9', lon: 114, lat: 30 });
    if (refused.ok) throw new Error('moving a facility that does not exist must be refused');
    const text = errorText(refused.error, 'zh-CN');
    expect(text).toMatch(CHINESE);
    expect(text).toContain('f9');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });
});
