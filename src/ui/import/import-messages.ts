/** Texts of import failures and warnings in the UI language, naming the file (core/io/import/messages.ts). */
import { formatImportError, safeFileName } from '../../core/io/import/messages';
import { errorText } from '../../core/messages/error-text';
import type { Locale } from '../../core/model/locale';
import type { ImportFailure } from '../../engine/import-client';

/** One line for a failed import: the file and the problem, plain text (names are never parsed as markup). */
export function importFailureText(failure: ImportFailure, locale: Locale): string {
  if (failure.error.code === 'several-district-files' || failure.error.code === 'several-network-files') {
    const name = safeFileName(failure.fileName);
    const text = errorText(failure.error, locale);
    return locale === 'en' ? `"${name}": ${text}` : `“${name}”：${text}`;
  }
  return formatImportError(failure.error, failure.fileName, locale);
}
