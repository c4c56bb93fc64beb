/**
 * Cell area of an irregular point grid (CSV centroids, hexagons) from the spacing of its points, for grids that do
 * not state it. Used by the area-weighted coverage mode (domain.md § Definitions, "Coverage").
 */
import KDBush from 'kdbush';
import { createLocalProjector, projectXMeters, projectYMeters } from '../geo/distance';

/** Result of {@link estimateCellArea}. */
export interface CellAreaEstimate {
  /**
   * Median distance from a cell centroid to its nearest other centroid, metres; for a hexagonal lattice, the median
   * over full-ringed cells of the mean distance to their six neighbours.
   */
  spacingMeters: number;
  /** `hexagonal` when most cells have six neighbours at that spacing, else `rectangular`. */
  lattice: 'rectangular' | 'hexagonal';
  /**
   * (√3/2)·s² for a hexagonal lattice (the area of a hexagon whose centres are s apart); for a rectangular one the
   * product of the median east–west and north–south neighbour spacings (a lon/lat raster's cells are not square).
   */
  cellAreaSquareMeters: number;
}

/** Query at most this many cells: the median of a few thousand spacings is already stable. */
const MAX_SAMPLED_CELLS = 4000;
/** Lattice neighbours lie at s; the next ring at √2·s (square) or √3·s (hexagonal): 1.2·s separates them. */
const NEIGHBOUR_RING_FACTOR = 1.2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * Estimates the common cell area of points given as WGS 84 lon/lat degrees, in m², from the median
 * nearest-neighbour spacing s (ignoring duplicate points) measured on a local equirectangular plane around the
 * points' centre (city scale: error far below 1%). The lattice is hexagonal when the 90th percentile of the
 * number of neighbours within 1.2·s is at least 5 (a square lattice has 4); otherwise the cells are taken as
 * rectangles of the median east–west by the median north–south neighbour spacing. Returns `undefined` for fewer
 * than two distinct points.
 */
export function estimateCellArea(lon: Float64Array, lat: Float64Array): CellAreaEstimate | undefined {
  const count = lon.length;
  if (count < 2) return undefined;
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    minLon = Math.min(minLon, lon[i] ?? 0);
    maxLon = Math.max(maxLon, lon[i] ?? 0);
    minLat = Math.min(minLat, lat[i] ?? 0);
    maxLat = Math.max(maxLat, lat[i] ?? 0);
  }
  const projector = createLocalProjector((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const index = new KDBush(count);
  for (let i = 0; i < count; i++) {
    x[i] = projectXMeters(projector, lon[i] ?? 0);
    y[i] = projectYMeters(projector, lat[i] ?? 0);
    index.add(x[i] ?? 0, y[i] ?? 0);
  }
  index.finish();
  const extent = Math.max(projectXMeters(projector, maxLon) * 2, projectYMeters(projector, maxLat) * 2, 1);
  const stride = Math.max(1, Math.floor(count / MAX_SAMPLED_CELLS));
  const sampled: number[] = [];
  for (let i = 0; i < count; i += stride) sampled.push(i);

  const search = { index, x, y, initialRadius: Math.max(extent / Math.sqrt(count), 1e-3), maxRadius: extent };
  const spacings = collect(sampled, (i) => nearestOtherDistance(search, i, () => true));
  if (spacings.length === 0) return undefined;
  const spacingMeters = median(spacings);
  const neighbourhoods = sampled.map((i) =>
    neighbourDistances(search, i, spacingMeters * NEIGHBOUR_RING_FACTOR),
  );
  const typicalNeighbourCount = quantile(
    neighbourhoods.map((distances) => distances.length),
    0.9,
  );
  if (typicalNeighbourCount >= 5) {
    // H3 and other real hexagon grids are slightly distorted: the nearest of the six neighbours understates the
    // spacing, so average the six around each full-ringed cell.
    const ringMeans = neighbourhoods
      .filter((distances) => distances.length === 6)
      .map((distances) => distances.reduce((total, d) => total + d, 0) / 6);
    const hexagonSpacing = ringMeans.length > 0 ? median(ringMeans) : spacingMeters;
    return {
      spacingMeters: hexagonSpacing,
      lattice: 'hexagonal',
      cellAreaSquareMeters: (Math.sqrt(3) / 2) * hexagonSpacing ** 2,
    };
  }
  const eastWest = collect(sampled, (i) =>
    nearestOtherDistance(search, i, (dx, dy) => Math.abs(dx) >= Math.abs(dy)),
  );
  const northSouth = collect(sampled, (i) =>
    nearestOtherDistance(search, i, (dx, dy) => Math.abs(dy) > Math.abs(dx)),
  );
  // A single row or column of cells has neighbours in one direction only: fall back to a square cell.
  const width = eastWest.length > 0 ? median(eastWest) : spacingMeters;
  const height = northSouth.length > 0 ? median(northSouth) : spacingMeters;
  return { spacingMeters, lattice: 'rectangular', cellAreaSquareMeters: width * height };
}

interface Search {
  index: KDBush;
  x: Float64Array;
  y: Float64Array;
  initialRadius: number;
  maxRadius: number;
}

function collect(sampled: number[], measure: (i: number) => number | undefined): number[] {
  const values: number[] = [];
  for (const i of sampled) {
    const value = measure(i);
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** Distance to the nearest distinct point whose offset (dx, dy) passes `accept`, metres. */
function nearestOtherDistance(
  { index, x, y, initialRadius, maxRadius }: Search,
  i: number,
  accept: (dx: number, dy: number) => boolean,
): number | undefined {
  const xi = x[i] ?? 0;
  const yi = y[i] ?? 0;
  // Grow the search disc until it holds another, distinct point.
  for (let radius = initialRadius; radius <= maxRadius * 4; radius *= 2) {
    let best = Number.POSITIVE_INFINITY;
    for (const j of index.within(xi, yi, radius)) {
      const dx = (x[j] ?? 0) - xi;
      const dy = (y[j] ?? 0) - yi;
      const distance = Math.hypot(dx, dy);
      if (distance > 0 && distance < best && accept(dx, dy)) best = distance;
    }
    if (best < Number.POSITIVE_INFINITY) return best;
  }
  return undefined;
}

/** Distances to the distinct points within `radius`, metres. */
function neighbourDistances({ index, x, y }: Search, i: number, radius: number): number[] {
  const xi = x[i] ?? 0;
  const yi = y[i] ?? 0;
  const distances: number[] = [];
  for (const j of index.within(xi, yi, radius)) {
    const distance = Math.hypot((x[j] ?? 0) - xi, (y[j] ?? 0) - yi);
    if (distance > 0) distances.push(distance);
  }
  return distances;
}
