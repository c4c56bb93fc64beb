/**
 * Errors as values (conventions.md § Worker boundary): Comlink keeps only an Error's name, message and stack, and the
 * UI needs a stable code to show a translated message. Every fallible core function returns a `Result`.
 */
import type { ErrorCode, ErrorDetails } from './error-code';

export type { ErrorCode, ErrorDetails } from './error-code';

/**
 * A failure: `code` is stable and machine-readable (the UI translates it through the message tables of
 * `core/messages`); `message` is English detail (the CLI prints it); `details` are the values the translated message
 * names (a row, an id), when the producer gives them.
 */
export interface ResultError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** Either a value or a {@link ResultError}; narrow on `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result} with a stable `code`, an English `message` and, when the translated message names
 * values, their `details`.
 */
export function fail(
  code: ErrorCode,
  message: string,
  details?: ErrorDetails,
): { ok: false; error: ResultError } {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
