/**
 * A spatial index over the candidate sites (kdbush, lon/lat degrees), for the minimum spacing between new sites and
 * for finding the candidates whose catchments may overlap a site's, in the local plane of the straight-line
 * catchments (geo/distance.ts).
 */
import KDBush from 'kdbush';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { CandidateSet } from './candidates';

/** Calls `visit` for every candidate strictly closer than `meters` to (lon, lat). */
export type CandidatesWithin = (lon: number, lat: number, meters: number, visit: (c: number) => void) => void;

/** Calls `visit` for every candidate strictly closer than the spacing to candidate `c` (itself included). */
export type NeighbourVisitor = (c: number, visit: (neighbour: number) => void) => void;

/** A {@link CandidatesWithin} over `candidates`; the index is built once, O(n log n). */
export function createCandidateIndex(candidates: CandidateSet): CandidatesWithin {
  const index = new KDBush(Math.max(1, candidates.count), 64, Float64Array);
  for (let c = 0; c < candidates.count; c++)
    index.add(candidates.lon[c] as number, candidates.lat[c] as number);
  if (candidates.count === 0) index.add(Number.NaN, Number.NaN);
  index.finish();
  const { lon, lat } = candidates;
  return (x, y, meters, visit) => {
    const metersPerDegreeLon = METERS_PER_DEGREE_LATITUDE * Math.cos((y * Math.PI) / 180);
    const halfWidth = (meters / metersPerDegreeLon) * 1.000001;
    const halfHeight = (meters / METERS_PER_DEGREE_LATITUDE) * 1.000001;
    const metersSquared = meters * meters;
    for (const other of index.range(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight)) {
      if (other >= candidates.count) continue;
      const dx = ((lon[other] as number) - x) * metersPerDegreeLon;
      const dy = ((lat[other] as number) - y) * METERS_PER_DEGREE_LATITUDE;
      if (dx * dx + dy * dy < metersSquared) visit(other);
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
