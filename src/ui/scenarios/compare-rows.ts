/**
 * Which compared units the compare table lists (issue 12): a level of thousands of units (2,890 hexagons on Wuhan)
 * cannot be a table of every row, so the units whose pass/fail changes come first, then the rest in their order.
 */

/** Rows listed at most at once, as in the district table. */
export const COMPARE_ROWS_SHOWN = 100;

/** The rows whose pass/fail changes (`passChange` other than `unchanged`) first, order otherwise kept, at most `maxRows`. */
export function shownCompareRows<T extends { passChange: string }>(rows: readonly T[], maxRows: number): T[] {
  const changed = rows.filter((row) => row.passChange !== 'unchanged');
  const unchanged = rows.filter((row) => row.passChange === 'unchanged');
  return [...changed, ...unchanged].slice(0, maxRows);
}
