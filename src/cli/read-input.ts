/** Reading input files for the CLI, with one-line failures that name the file. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_IMPORT_FILE_BYTES } from '../core/io/import/limits';
import { errorText } from '../core/messages/error-text';
import { type CliResult, inputError } from './cli-error';

/**
 * Bytes of `path`; `file-not-found`, `file-is-directory`, `file-unreadable`, or `file-too-large` decided from the
 * file's size before it is read (the import path's limit, so a 5 GB file costs no memory to refuse).
 */
export async function readBytes(path: string): Promise<CliResult<Uint8Array>> {
  try {
    const { size } = await stat(path);
    if (size > MAX_IMPORT_FILE_BYTES) {
      return inputError(
        path,
        'file-too-large',
        errorText({ code: 'file-too-large', details: { bytes: size } }, 'en'),
      );
    }
    return { ok: true, value: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return inputError(path, 'file-not-found', 'file not found');
    if (code === 'EISDIR') return inputError(path, 'file-is-directory', 'is a directory, not a file');
    return inputError(path, 'file-unreadable', `cannot read the file (${code ?? String(error)})`);
  }
}

/**
 * Text of `bytes`: UTF-8 (a leading byte-order mark dropped), or GB 18030 when the bytes are not valid UTF-8 —
 * Chinese GIS offices still export GBK files.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Parsed JSON of `path`; `json-malformed` (with the parser's reason) when it is not JSON. */
export async function readJson(path: string): Promise<CliResult<unknown>> {
  const bytes = await readBytes(path);
  if (!bytes.ok) return bytes;
  const text = decodeText(bytes.value);
  if (text.trim() === '') return inputError(path, 'file-empty', 'the file is empty');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return inputError(path, 'json-malformed', `not valid JSON (${(error as Error).message})`);
  }
}
