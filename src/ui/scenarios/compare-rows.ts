/**
 * Which compared units the compare table lists (issue 12): a level of thousands of units (2,890 hexagons on Wuhan)
 * cannot be a table of every row, so the units whose pass/fail changes come first, then those with any figure
 * changed (coverage, m² per 100 households, facilities), then the rest, each group in its order.
 */
import type { DistrictComparison } from '../../core/compare/comparison';

/** Rows listed at most at once, as in the district table. */
export const COMPARE_ROWS_SHOWN = 100;

type Compared = Pick<
  DistrictComparison,
  'passChange' | 'areaPer100Households' | 'facilityCount' | 'coverage'
>;

/** 0: pass/fail changes; 1: a figure changes; 2: nothing changes. */
function rank(row: Compared): number {
  if (row.passChange !== 'unchanged') return 0;
  const figureChanged =
    row.facilityCount.delta !== 0 ||
    row.areaPer100Households.delta !== 0 ||
    Object.values(row.coverage).some((figure) => figure.coveredPopulation.delta !== 0);
  return figureChanged ? 1 : 2;
}

/**
 * All rows in their order when they fit; else the rows whose pass/fail changes first, then those with a changed
 * figure, then the others (order kept within each group), `maxRows` of them.
 */
export function shownCompareRows<T extends Compared>(rows: readonly T[], maxRows: number): T[] {
  if (rows.length <= maxRows) return [...rows];
  const ranked = rows.map((row) => ({ row, rank: rank(row) }));
  return [0, 1, 2]
    .flatMap((wanted) => ranked.filter((entry) => entry.rank === wanted).map((entry) => entry.row))
    .slice(0, maxRows);
}
