import { en } from './en';
import type { Locale, MessageKey, Messages } from './messages';
import { zhCN } from './zh-CN';

export type { Locale, MessageKey } from './messages';

const tables: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Picks zh-CN for any Chinese browser language, English otherwise; a stored choice wins. */
export function detectLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** The string for `key` in `locale`, with `{name}` placeholders replaced. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = tables[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function messagesFor(locale: Locale): Messages {
  return tables[locale];
}
