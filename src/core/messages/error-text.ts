/**
 * The one way an error's code becomes text in the interface language: through the exhaustive message tables of
 * this folder, with the values the error names (`details`).
 */
import type { ErrorCode, ErrorDetails } from '../model/error-code';
import type { Locale } from '../model/locale';
import type { ErrorMessage } from './error-message';
import { ERROR_MESSAGES_EN } from './error-messages-en';
import { ERROR_MESSAGES_ZH_CN } from './error-messages-zh-cn';

/** The message table of each interface language. */
export const ERROR_MESSAGES: Readonly<Record<Locale, Readonly<Record<ErrorCode, ErrorMessage>>>> = {
  'zh-CN': ERROR_MESSAGES_ZH_CN,
  en: ERROR_MESSAGES_EN,
};

/** An error as the tables read it: its code and, when the producer gave them, the values it names. */
export interface CodedError {
  code: ErrorCode;
  details?: ErrorDetails;
}

/**
 * The message of `error` in `locale`, plain text: the code's template filled with the error's details, or its
 * summary when the error carries none. A code outside the tables (possible only for a value that crossed a worker
 * boundary unchecked) is returned as it is.
 */
export function errorText(error: CodedError, locale: Locale): string {
  const entry = ERROR_MESSAGES[locale][error.code] as ErrorMessage | undefined;
  if (entry === undefined) return error.code;
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'function') return entry(error.details ?? {});
  return error.details ? entry.detailed(error.details) : entry.summary;
}
