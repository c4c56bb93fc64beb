/**
 * The CLI's one failure shape: every bad input ends as ONE line naming the file and the problem (issue #3), and a
 * non-zero exit code (1 for bad input, 2 for bad usage).
 */
import type { ErrorCode, ResultError } from '../core/model/result';

export interface CliError {
  /** Stable code, shared with the core parsers' error codes where they are the cause. */
  code: ErrorCode;
  message: string;
  /** The input or output file concerned, as the user typed it. */
  file?: string;
  exitCode: 1 | 2;
}

export type CliResult<T> = { ok: true; value: T } | { ok: false; error: CliError };

/** A bad-input failure about `file`. */
export function inputError(file: string, code: ErrorCode, message: string): { ok: false; error: CliError } {
  return { ok: false, error: { code, message, file, exitCode: 1 } };
}

/** Wraps a core parser's error as a failure about `file`. */
export function fileError(file: string, error: ResultError): { ok: false; error: CliError } {
  return inputError(file, error.code, error.message);
}

/** A bad-usage failure (unknown option, missing argument). */
export function usageError(code: ErrorCode, message: string): { ok: false; error: CliError } {
  return { ok: false, error: { code, message, exitCode: 2 } };
}

// Control characters (escape sequences start with one), format characters (bidi overrides, zero-width marks) and the
// line and paragraph separators: text from input files must not move the cursor, recolour or rewrite the terminal.
const TERMINAL_UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `text` on one line, fit for a terminal: line breaks become spaces, control and format characters are removed. */
export function terminalSafe(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(TERMINAL_UNSAFE, '');
}

/** The single line printed to stderr: `lifecircle: <file>: <message> [<code>]`, made {@link terminalSafe}. */
export function formatCliError(error: CliError): string {
  const where = error.file === undefined ? '' : `${error.file}: `;
  return terminalSafe(`lifecircle: ${where}${error.message} [${error.code}]`);
}
