/**
 * The finest level's result rows kept between results() calls (issue 12/13: a drag with 2,890 hexagons). An edit
 * changes the rows of the finest units its old and new catchments reach and of the units its point lies in, nothing
 * else, unless it changes what every row reads (a type's first or last facility: the listed types and the "partial"
 * marks; places by kind; the area-weighted mode, whose sample discs reach past the catchment). So the engine marks
 * those units as it applies a record, and results() builds again only their rows, handing the others on as the same
 * objects (which the results patch then finds equal at once: session/plain-equal.ts). A full evaluation
 * (`setFacilities`) marks every row: its cost is that of building them all.
 *
 * Correctness rests on the marks covering every input of a row; the engine's property test checks results() after
 * every edit against a fresh engine's.
 */
import type { DistrictResult } from '../model/results';
import type { AnalysisContext } from './analysis-context';
import type { CatchmentRanges } from './catchment';

/** The rows of the last results() call at the finest level and the units changed since. */
export interface FinestRows {
  /** Null before the first results() and after anything that changes every row. */
  rows: DistrictResult[] | null;
  /** Per finest unit (the level's outside last), 1 when its row must be built again. */
  changed: Uint8Array;
}

/** No rows kept yet, for a context's finest level. */
export function createFinestRows(context: AnalysisContext): FinestRows {
  return { rows: null, changed: new Uint8Array((context.unitCounts[context.levelCount - 1] as number) + 1) };
}

/** Every row must be built again. */
export function forgetFinestRows(cache: FinestRows): void {
  cache.rows = null;
}

/** Marks the finest units of `buckets` (the first `count` entries). */
export function markBuckets(
  cache: FinestRows,
  context: AnalysisContext,
  buckets: Int32Array,
  count: number,
): void {
  if (cache.rows === null) return;
  const unitOfBucket = context.unitOfBucket[context.levelCount - 1] as Int32Array;
  for (let k = 0; k < count; k++) cache.changed[unitOfBucket[buckets[k] as number] as number] = 1;
}

/** Marks the finest units of the cells of `ranges`, one look-up per stretch of one bucket. */
export function markRanges(cache: FinestRows, context: AnalysisContext, ranges: CatchmentRanges): void {
  if (cache.rows === null) return;
  const { bucketOfCell, bucketRunEnd } = context;
  const unitOfBucket = context.unitOfBucket[context.levelCount - 1] as Int32Array;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    for (
      let cell = bounds[2 * run] as number;
      cell < end;
      cell = Math.min(end, bucketRunEnd[cell] as number)
    ) {
      cache.changed[unitOfBucket[bucketOfCell[cell] as number] as number] = 1;
    }
  }
}

/** Marks one finest unit (where a facility's point lies). */
export function markUnit(cache: FinestRows, unit: number): void {
  if (cache.rows !== null) cache.changed[unit] = 1;
}
