import type { Locale } from '../core/model/locale';

/* The languages are defined in core/model/locale.ts; the tables live in ui/i18n; the choice lives in the store. */

/** Picks zh-CN for any Chinese browser language, English for English; a stored choice wins; zh-CN otherwise. */
export function detectLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
