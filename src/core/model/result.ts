/**
 * Errors as values (conventions.md § Worker boundary): Comlink keeps only an Error's name, message and stack, and the
 * UI needs a stable code to show a translated message. Every fallible core function returns a `Result`.
 */

/** A failure: `code` is stable and machine-readable (the UI translates by code); `message` is English detail. */
export interface ResultError {
  code: string;
  message: string;
}

/** Either a value or a {@link ResultError}; narrow on `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a failed {@link Result} with a stable `code` and an English `message`. */
export function fail(code: string, message: string): { ok: false; error: ResultError } {
  return { ok: false, error: { code, message } };
}
