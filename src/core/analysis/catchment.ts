/**
 * The catchment step, shaped so that other distance models plug in without touching the engine (issue 3, "Leave
 * room for what comes next"): a {@link DistanceProvider} lists the cells a facility reaches. Today's providers use
 * the straight-line distance of domain.md § Definitions ("Distance"); a walking-network provider will implement the
 * same interface.
 */

/**
 * A reusable output buffer for catchments, so the hot path allocates nothing. After a query, entries
 * `0 … count − 1` of `cells` hold cell indices in ascending order; `distancesMeters` holds their distances when
 * they were asked for.
 */
export interface CatchmentBuffer {
  cells: Int32Array;
  distancesMeters: Float64Array;
  count: number;
}

/** An empty buffer with room for `capacity` cells; it grows on demand. */
export function createCatchmentBuffer(capacity = 1024): CatchmentBuffer {
  return { cells: new Int32Array(capacity), distancesMeters: new Float64Array(capacity), count: 0 };
}

/** Makes sure `buffer` can hold `capacity` cells, growing (and dropping its contents) when it cannot. */
export function ensureCatchmentCapacity(buffer: CatchmentBuffer, capacity: number): void {
  if (buffer.cells.length >= capacity) return;
  const size = Math.max(capacity, buffer.cells.length * 2);
  buffer.cells = new Int32Array(size);
  buffer.distancesMeters = new Float64Array(size);
}

/** Puts entries `0 … count − 1` of `buffer` in ascending cell order (distances follow their cells). */
export function sortCatchment(buffer: CatchmentBuffer, withDistances: boolean): void {
  const count = buffer.count;
  if (!withDistances) {
    buffer.cells.subarray(0, count).sort();
    return;
  }
  const order = Array.from({ length: count }, (_, k) => k);
  order.sort((a, b) => (buffer.cells[a] as number) - (buffer.cells[b] as number));
  const cells = order.map((k) => buffer.cells[k] as number);
  const distances = order.map((k) => buffer.distancesMeters[k] as number);
  buffer.cells.set(cells);
  buffer.distancesMeters.set(distances);
}

/**
 * A catchment as runs of consecutive cell indices: run k is `[bounds[2k], bounds[2k + 1])`, runs ascending and
 * disjoint. On a raster whose cells are numbered row by row, a circle is one run per row, so the engine's loops
 * touch no per-pixel index and 2SFCA demand comes from prefix sums, per run rather than per cell.
 */
export interface CatchmentRanges {
  bounds: Int32Array;
  /** Number of runs. */
  count: number;
}

/** Empty runs with room for `capacity` runs; they grow on demand. */
export function createCatchmentRanges(capacity = 256): CatchmentRanges {
  return { bounds: new Int32Array(2 * capacity), count: 0 };
}

/** Makes sure `ranges` can hold `capacity` runs, growing (and dropping its contents) when it cannot. */
export function ensureRangesCapacity(ranges: CatchmentRanges, capacity: number): void {
  if (ranges.bounds.length >= 2 * capacity) return;
  ranges.bounds = new Int32Array(Math.max(2 * capacity, ranges.bounds.length * 2));
}

/** Writes ascending distinct `cells[0 … count − 1]` into `ranges` as maximal runs; returns the number of runs. */
export function rangesFromSortedCells(cells: Int32Array, count: number, ranges: CatchmentRanges): number {
  ensureRangesCapacity(ranges, count);
  const bounds = ranges.bounds;
  let runs = 0;
  for (let k = 0; k < count; k++) {
    const cell = cells[k] as number;
    if (runs > 0 && bounds[2 * runs - 1] === cell) bounds[2 * runs - 1] = cell + 1;
    else {
      bounds[2 * runs] = cell;
      bounds[2 * runs + 1] = cell + 1;
      runs++;
    }
  }
  ranges.count = runs;
  return runs;
}

/**
 * Lists the cells within reach of a point.
 *
 * Invariants every provider keeps, because exact incremental updates depend on them: a query is a pure function of
 * its arguments (the same point and radius always give the same cells in the same order), cells come in ascending
 * index order, and a cell is listed at most once.
 */
export interface DistanceProvider {
  /**
   * The distance model, as named in the results' `method.distance`: straight-line (`great-circle`) or along a
   * walking network (`network`, core/network).
   */
  readonly distance: 'great-circle' | 'network';
  /**
   * Writes into `buffer` the cells whose centroid lies within `radiusMeters` of (lon, lat) (WGS 84 degrees) and
   * returns their number (also stored in `buffer.count`). Distances, metres, are written only when
   * `withDistances` is true.
   */
  collect(
    lon: number,
    lat: number,
    radiusMeters: number,
    buffer: CatchmentBuffer,
    withDistances: boolean,
  ): number;
  /** The same cells as {@link DistanceProvider.collect}, as runs in `ranges`; returns the number of runs. */
  collectRanges(lon: number, lat: number, radiusMeters: number, ranges: CatchmentRanges): number;
}
