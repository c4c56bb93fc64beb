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
 * Lists the cells within reach of a point.
 *
 * Invariants every provider keeps, because exact incremental updates depend on them: a query is a pure function of
 * its arguments (the same point and radius always give the same cells in the same order), cells come in ascending
 * index order, and a cell is listed at most once.
 */
export interface DistanceProvider {
  /** The distance model, as named in the results' `method.distance`. */
  readonly distance: 'great-circle';
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
}
