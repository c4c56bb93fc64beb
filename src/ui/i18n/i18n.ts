import type { Locale } from '../../core/model/locale';
import { en } from './en';
import type { MessageKey, Messages } from './messages';
import { zhCN } from './zh-CN';

export type { MessageKey } from './messages';

const tables: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The string for `key` in `locale`, with `{name}` placeholders replaced; unknown placeholders stay visible. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = tables[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
