/**
 * Error codes of site suggestion (issue 14), stable and machine-readable: the UI translates by code, the CLI prints
 * them in brackets. Every failure of `src/core/suggest` carries one of these. A failure of the exact solver is not
 * one: the suggestion stands and its report says `no-bound` with the reason `solver-failed`.
 */
export const SUGGEST_ERROR_CODES = [
  /** The population layer named by the request is not in the grid. */
  'suggest-missing-layer',
  /** A count, target, radius, spacing or floor-area figure is out of range. */
  'suggest-invalid-parameter',
  /** After exclusions no candidate site is left. */
  'suggest-no-candidates',
  /** `shouldStop()` answered true: the run was abandoned and nothing was produced. */
  'suggest-cancelled',
] as const;
