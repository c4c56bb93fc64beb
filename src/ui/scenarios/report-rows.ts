/**
 * Which units the report's table lists (issue 12): a printed page cannot hold 2,890 hexagons, so at a level of many
 * units the report lists those failing a standard first, then the others, at most a page-sized number; every unit
 * is in the level's CSV export.
 */
import type { DistrictResult } from '../../core/model/results';

/** Units listed at most in the report's table. */
export const REPORT_ROWS_SHOWN = 100;

/** True when the unit fails at least one indicator that could be judged (`available` not false). */
function failsAny(row: DistrictResult): boolean {
  return row.indicators.some((indicator) => indicator.available !== false && !indicator.pass);
}

/**
 * All rows in their order when they fit; else those failing some judged indicator first (order otherwise kept), then
 * the others, `maxRows` of them.
 */
export function reportRows(rows: readonly DistrictResult[], maxRows: number): DistrictResult[] {
  if (rows.length <= maxRows) return [...rows];
  return [...rows.filter(failsAny), ...rows.filter((row) => !failsAny(row))].slice(0, maxRows);
}
