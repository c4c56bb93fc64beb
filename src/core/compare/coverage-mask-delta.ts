/**
 * Cell-level change of coverage between two scenarios, for the delta map (issue 6): from the engines' per-cell
 * coverage masks of one facility type (`Engine.coverageMask`, centroid rule, domain.md § Definitions "Coverage").
 */
import { fail, ok, type Result } from '../model/result';

/** Newly covered and no longer covered population, persons, over the cells of a mask delta. */
export interface CoverageChangeTotals {
  gainedPopulation: number;
  lostPopulation: number;
}

/**
 * Per cell: +1 covered only in `after` (gained), −1 covered only in `before` (lost), 0 unchanged. Fails with
 * `mask-size-mismatch` when the masks come from different grids.
 */
export function diffCoverageMasks(before: Uint8Array, after: Uint8Array): Result<Int8Array> {
  if (before.length !== after.length) {
    return fail(
      'mask-size-mismatch',
      `Masks of ${before.length} and ${after.length} cells come from different grids`,
    );
  }
  const delta = new Int8Array(before.length);
  for (let cell = 0; cell < before.length; cell++) {
    delta[cell] = (after[cell] ? 1 : 0) - (before[cell] ? 1 : 0);
  }
  return ok(delta);
}

/**
 * Persons in gained and in lost cells of `delta`, weighting by `population` (the resident layer; NaN nodata cells
 * count 0). The net change equals the change of covered population in the totals of the two results.
 */
export function sumCoverageChange(delta: Int8Array, population: ArrayLike<number>): CoverageChangeTotals {
  let gainedPopulation = 0;
  let lostPopulation = 0;
  for (let cell = 0; cell < delta.length; cell++) {
    const persons = population[cell] as number;
    if (!(persons > 0)) continue;
    if (delta[cell] === 1) gainedPopulation += persons;
    else if (delta[cell] === -1) lostPopulation += persons;
  }
  return { gainedPopulation, lostPopulation };
}
