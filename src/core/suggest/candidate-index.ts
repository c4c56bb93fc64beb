/**
 * A spatial index over the candidate sites, for the minimum spacing between new sites and for finding the candidates
 * whose catchments may overlap a site's, in the local plane of the straight-line catchments (geo/distance.ts).
 * A uniform grid of buckets filled by a counting sort: O(n) to build (a k-d tree's sort cost 80 ms on the half a
 * million candidates of Wuhan), and a query visits the few buckets its box covers.
 */
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { CandidateSet } from './candidates';

/** Calls `visit` for every candidate strictly closer than `meters` to (lon, lat). */
export type CandidatesWithin = (lon: number, lat: number, meters: number, visit: (c: number) => void) => void;

/** Calls `visit` for every candidate strictly closer than the spacing to candidate `c` (itself included). */
export type NeighbourVisitor = (c: number, visit: (neighbour: number) => void) => void;

/** Candidates per bucket on average. */
const PER_BUCKET = 8;
/** Bucket count cap per axis. */
const MAX_BUCKETS_PER_AXIS = 4096;

/** A {@link CandidatesWithin} over `candidates`; the index is built once. */
export function createCandidateIndex(candidates: CandidateSet): CandidatesWithin {
  const { lon, lat, count } = candidates;
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    west = Math.min(west, lon[c] as number);
    east = Math.max(east, lon[c] as number);
    south = Math.min(south, lat[c] as number);
    north = Math.max(north, lat[c] as number);
  }
  const width = Math.max(east - west, 1e-9);
  const height = Math.max(north - south, 1e-9);
  const side = Math.sqrt((width * height * PER_BUCKET) / Math.max(1, count));
  const columns = Math.min(MAX_BUCKETS_PER_AXIS, Math.max(1, Math.ceil(width / side)));
  const rows = Math.min(MAX_BUCKETS_PER_AXIS, Math.max(1, Math.ceil(height / side)));
  const columnOf = (x: number) =>
    Math.min(columns - 1, Math.max(0, Math.floor(((x - west) / width) * columns)));
  const rowOf = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(((y - south) / height) * rows)));
  const bucketStart = new Int32Array(columns * rows + 1);
  const bucketOf = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    const bucket = rowOf(lat[c] as number) * columns + columnOf(lon[c] as number);
    bucketOf[c] = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
  }
  for (let b = 0; b < columns * rows; b++)
    bucketStart[b + 1] = (bucketStart[b + 1] as number) + (bucketStart[b] as number);
  const cursor = bucketStart.slice(0, columns * rows);
  const members = new Int32Array(count);
  for (let c = 0; c < count; c++) members[(cursor[bucketOf[c] as number] as number)++] = c;
  return (x, y, meters, visit) => {
    const metersPerDegreeLon = METERS_PER_DEGREE_LATITUDE * Math.cos((y * Math.PI) / 180);
    const halfWidth = (meters / metersPerDegreeLon) * 1.000001;
    const halfHeight = (meters / METERS_PER_DEGREE_LATITUDE) * 1.000001;
    if (x + halfWidth < west || x - halfWidth > east || y + halfHeight < south || y - halfHeight > north)
      return;
    const metersSquared = meters * meters;
    const rowTo = rowOf(y + halfHeight);
    const columnFrom = columnOf(x - halfWidth);
    const columnTo = columnOf(x + halfWidth);
    for (let row = rowOf(y - halfHeight); row <= rowTo; row++) {
      const from = bucketStart[row * columns + columnFrom] as number;
      const to = bucketStart[row * columns + columnTo + 1] as number;
      for (let k = from; k < to; k++) {
        const other = members[k] as number;
        const dx = ((lon[other] as number) - x) * metersPerDegreeLon;
        const dy = ((lat[other] as number) - y) * METERS_PER_DEGREE_LATITUDE;
        if (dx * dx + dy * dy < metersSquared) visit(other);
      }
    }
  };
}

/** The spacing rule: candidates closer than `minSpacingMeters` (> 0) to a candidate block each other. */
export function createSpacingVisitor(
  candidates: CandidateSet,
  within: CandidatesWithin,
  minSpacingMeters: number,
): NeighbourVisitor {
  return (c, visit) =>
    within(candidates.lon[c] as number, candidates.lat[c] as number, minSpacingMeters, visit);
}
