/**
 * Candidate sites for new facilities (domain.md § Site suggestion, "Candidates"): the centroids of populated cells by
 * default, or the planner's own points; minus the points inside any exclusion polygon (the core even–odd rule,
 * geo/point-in-polygon.ts).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { createPolygonIndex, type PolygonIndex, polygonIndexContains } from '../geo/point-in-polygon';
import type { PopulationGrid } from '../model/grid';
import type { StopPoll } from './stop-poll';

/** A planner's candidate point, WGS 84 degrees. */
export interface CandidatePoint {
  lon: number;
  lat: number;
}

/** Candidate sites as typed arrays; candidate c is at (`lon[c]`, `lat[c]`). */
export interface CandidateSet {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** The grid cell whose centroid the candidate is, or −1 for a planner's point. */
  cell: Int32Array;
  /** Index of the planner's point the candidate came from, or −1 for a cell centroid. */
  point: Int32Array;
}

function excluder(exclusions: readonly (Polygon | MultiPolygon)[]): (lon: number, lat: number) => boolean {
  const indexes: PolygonIndex[] = exclusions.map((geometry) => createPolygonIndex(geometry));
  return (lon, lat) => {
    for (const index of indexes) if (polygonIndexContains(index, lon, lat)) return true;
    return false;
  };
}

/**
 * The candidate sites: `points` when given (even an empty list), else every cell of `grid` whose `population` is
 * > 0; a point inside any of `exclusions` is dropped. Returns null when `poll` asks to stop.
 */
export function buildCandidates(
  grid: PopulationGrid,
  population: Float32Array,
  points: readonly CandidatePoint[] | undefined,
  exclusions: readonly (Polygon | MultiPolygon)[],
  poll: StopPoll,
): CandidateSet | null {
  const excluded = excluder(exclusions);
  const capacity = points ? points.length : grid.cellCount;
  const lon = new Float64Array(capacity);
  const lat = new Float64Array(capacity);
  const cell = new Int32Array(capacity);
  const point = new Int32Array(capacity);
  let count = 0;
  for (let source = 0; source < capacity; source++) {
    if ((source & 1023) === 0 && poll.tick(1024)) return null;
    let x: number;
    let y: number;
    if (points) {
      const candidate = points[source] as CandidatePoint;
      x = candidate.lon;
      y = candidate.lat;
    } else {
      if (!((population[source] as number) > 0)) continue;
      x = grid.lon[source] as number;
      y = grid.lat[source] as number;
    }
    if (exclusions.length > 0 && excluded(x, y)) continue;
    lon[count] = x;
    lat[count] = y;
    cell[count] = points ? -1 : source;
    point[count] = points ? source : -1;
    count++;
  }
  return {
    count,
    lon: lon.slice(0, count),
    lat: lat.slice(0, count),
    cell: cell.slice(0, count),
    point: point.slice(0, count),
  };
}
