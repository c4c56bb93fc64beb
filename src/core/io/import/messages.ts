/**
 * Bilingual (zh-CN, en) messages for import errors and warnings (issue #5: "messages that name the file and the
 * problem"). Messages are plain text for text nodes, never HTML: names from files are kept verbatim (markup shows as
 * characters) but control and bidirectional-override characters are removed so a name cannot disguise the message.
 */
import type { ErrorMessage } from '../../messages/error-message';
import { ERROR_MESSAGES, errorText } from '../../messages/error-text';
import type { ErrorCode } from '../../model/error-code';
import type { Locale } from '../../model/locale';
import type { ResultError } from '../../model/result';
import type { ImportIssue, MessageDetails } from './import-types';

/** Longest file name shown, characters; longer names are cut in the middle with an ellipsis. */
const MAX_SHOWN_FILE_NAME_LENGTH = 120;

// Control characters (Cc) and format characters (Cf: bidi embeddings, overrides and isolates, zero-width marks, BOM),
// plus the line and paragraph separators.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `text` without control, bidi-override or zero-width characters; tabs and newlines become spaces. */
function safeText(text: string): string {
  return text.replace(/[\t\n]/g, ' ').replace(UNSAFE_CHARACTERS, '');
}

/** A file name safe to show as text: {@link safeText}, and at most {@link MAX_SHOWN_FILE_NAME_LENGTH} characters. */
export function safeFileName(fileName: string): string {
  const clean = safeText(fileName).trim() || '(unnamed file)';
  const characters = Array.from(clean);
  if (characters.length <= MAX_SHOWN_FILE_NAME_LENGTH) return clean;
  const half = Math.floor((MAX_SHOWN_FILE_NAME_LENGTH - 1) / 2);
  return `${characters.slice(0, half).join('')}…${characters.slice(-half).join('')}`;
}

/** Builds a coded issue whose English message comes from the message table (so en and zh say the same thing). */
export function importIssue(code: ErrorCode, details: MessageDetails = {}): ImportIssue {
  return { code, message: errorText({ code, details }, 'en'), details };
}

/** A failed Result carrying {@link importIssue}. */
export function importFail(code: ErrorCode, details: MessageDetails = {}): { ok: false; error: ImportIssue } {
  return { ok: false, error: importIssue(code, details) };
}

/**
 * The message for `error` in `locale`, naming the file: `"name.geojson": …` (en) or `“name.geojson”：…` (zh-CN).
 * English uses the error's own message. Chinese uses the table's template with the error's details; for codes
 * whose producer gave no details (the older readers), the table's Chinese description of the problem followed by
 * the English detail in brackets. Returns plain text.
 */
export function formatImportError(
  error: ResultError | ImportIssue,
  fileName: string,
  locale: Locale,
): string {
  const name = safeFileName(fileName);
  const message = safeText(error.message);
  if (locale === 'en') return `"${name}": ${message}`;
  const entry = ERROR_MESSAGES['zh-CN'][error.code] as ErrorMessage | undefined;
  let text: string;
  if (entry === undefined) text = `无法导入（${error.code}：${message}）`;
  else if (error.details && typeof entry !== 'string') text = safeText(errorText(error, 'zh-CN'));
  else text = `${safeText(errorText({ code: error.code }, 'zh-CN'))}（${message}）`;
  return `“${name}”：${text}`;
}
