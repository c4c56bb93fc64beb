/**
 * Snapping (domain.md § Walking-network distance): a point attaches to its nearest node by great-circle distance
 * when that node is within {@link SNAP_MAX_METERS}. Buckets are searched in rings around the point's bucket and the
 * search stops as soon as no farther ring can hold a nearer node. Candidates are compared on the local plane first
 * (error ≤ 0.01% within 300 m) and only near-ties of the best are measured by haversine, so the answer is the exact
 * haversine-nearest node (ties: the lower node index).
 */
import { haversineDistanceMeters, METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { StreetNetwork } from './street-network';

/** Farthest a cell centroid or a facility may be from its node, metres. */
export const SNAP_MAX_METERS = 300;

/** Result slot of {@link nearestNode}, reused across calls. */
export interface SnapResult {
  /** Node index, or -1 when no node is within the limit. */
  node: number;
  /** Great-circle distance to the node, metres (Infinity when none). */
  meters: number;
}

/** A fresh {@link SnapResult}. */
export function createSnapResult(): SnapResult {
  return { node: -1, meters: Number.POSITIVE_INFINITY };
}

// A planar distance within this relative margin of the best is measured exactly (the plane errs by far less).
const PLANAR_MARGIN = 1e-3;

/**
 * Writes into `out` the node nearest to (lon, lat) (WGS 84 degrees) within `maxMeters` (default 300), or node −1.
 * Allocates nothing.
 */
export function nearestNode(
  network: StreetNetwork,
  lon: number,
  lat: number,
  out: SnapResult,
  maxMeters = SNAP_MAX_METERS,
): SnapResult {
  out.node = -1;
  out.meters = Number.POSITIVE_INFINITY;
  const { buckets, lonE7, latE7 } = network;
  const { bucketStart, columns, rows } = buckets;
  if (network.nodeCount === 0 || !(Number.isFinite(lon) && Number.isFinite(lat))) return out;
  const metersPerE7Lat = METERS_PER_DEGREE_LATITUDE / 1e7;
  const metersPerE7Lon = metersPerE7Lat * Math.cos((lat * Math.PI) / 180);
  const queryLonE7 = lon * 1e7;
  const queryLatE7 = lat * 1e7;
  const column0 = Math.floor((queryLonE7 - buckets.originLonE7) / buckets.widthE7);
  const row0 = Math.floor((queryLatE7 - buckets.originLatE7) / buckets.heightE7);
  // Smallest bucket side at this latitude: ring k lies at least (k − 1) sides away.
  const sideMeters = Math.min(buckets.widthE7 * metersPerE7Lon, buckets.heightE7 * metersPerE7Lat);
  const maxRing = Math.ceil(maxMeters / sideMeters) + 1;
  let bestPlanar = Number.POSITIVE_INFINITY;
  let bestNode = -1;
  let bestMeters = Number.POSITIVE_INFINITY;
  for (let ring = 0; ring <= maxRing; ring++) {
    const ringMeters = (ring - 1) * sideMeters * (1 - PLANAR_MARGIN);
    if (ringMeters > bestMeters || ringMeters > maxMeters) break;
    const rowLow = Math.max(0, row0 - ring);
    const rowHigh = Math.min(rows - 1, row0 + ring);
    for (let row = rowLow; row <= rowHigh; row++) {
      const fullRow = row === row0 - ring || row === row0 + ring;
      const step = fullRow ? 1 : 2 * ring;
      for (let column = column0 - ring; column <= column0 + ring; column += step) {
        if (column < 0 || column >= columns) continue;
        const bucket = row * columns + column;
        const end = bucketStart[bucket + 1] as number;
        for (let node = bucketStart[bucket] as number; node < end; node++) {
          const dx = ((lonE7[node] as number) - queryLonE7) * metersPerE7Lon;
          const dy = ((latE7[node] as number) - queryLatE7) * metersPerE7Lat;
          const planar = Math.sqrt(dx * dx + dy * dy);
          if (planar > bestPlanar * (1 + PLANAR_MARGIN) + 1e-6) continue;
          if (planar < bestPlanar) bestPlanar = planar;
          const meters = haversineDistanceMeters(
            lon,
            lat,
            (lonE7[node] as number) / 1e7,
            (latE7[node] as number) / 1e7,
          );
          if (meters < bestMeters || (meters === bestMeters && node < bestNode)) {
            bestMeters = meters;
            bestNode = node;
          }
        }
      }
    }
  }
  if (bestNode >= 0 && bestMeters <= maxMeters) {
    out.node = bestNode;
    out.meters = bestMeters;
  }
  return out;
}
