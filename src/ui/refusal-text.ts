/**
 * What the interface says when an edit is refused (nothing changed): the error's message from the core tables in the
 * interface language, never the English detail of the error value.
 */
import { errorText } from '../core/messages/error-text';
import type { Locale } from '../core/model/locale';
import type { ResultError } from '../core/model/result';
import { translate } from './i18n/i18n';

/** The notice for a refused edit in `locale`: "Not done: …" / "未执行：…", or the whole sentence for the last scenario. */
export function refusalText(error: ResultError, locale: Locale): string {
  if (error.code === 'last-scenario') return errorText(error, locale);
  return translate(locale, 'editRefused', { message: errorText(error, locale) });
}
