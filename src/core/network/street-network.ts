/**
 * The canonical walking network of domain.md § Walking-network distance, held in typed arrays so that it crosses a
 * worker boundary by transfer and a bounded Dijkstra touches no object.
 *
 * Coordinates are integers in units of 1e-7 degree (the 7 decimals that define node identity), so a node's
 * position is exactly its canonical lon/lat: `lonE7[i] / 1e7`. Nodes are numbered in the order of a bucket grid
 * (row-major buckets of at least {@link BUCKET_METERS} on each side, then by lonE7, then latE7 inside a bucket):
 * the bucket grid needs no index array of its own beyond one offset per bucket, and neighbours in space are
 * neighbours in memory, which keeps Dijkstra's reads local.
 */
import { haversineDistanceMeters, METERS_PER_DEGREE_LATITUDE } from '../geo/distance';

/** Minimum side of a bucket of the node grid, metres (half the snapping distance: a snap reads ≤ 7 × 7 buckets). */
const BUCKET_METERS = 150;

/** The bucket grid over the nodes: bucket (column, row) holds nodes `bucketStart[b] … bucketStart[b + 1] − 1`. */
export interface NodeBuckets {
  /** West edge of column 0, 1e-7 degree. */
  originLonE7: number;
  /** South edge of row 0, 1e-7 degree. */
  originLatE7: number;
  /** Bucket width, 1e-7 degree of longitude (≥ {@link BUCKET_METERS} everywhere in the extent). */
  widthE7: number;
  /** Bucket height, 1e-7 degree of latitude (≥ {@link BUCKET_METERS}). */
  heightE7: number;
  columns: number;
  rows: number;
  /** Length columns × rows + 1; bucket b = row × columns + column. */
  bucketStart: Int32Array;
}

/**
 * An undirected walking network in compressed sparse rows. Node v's neighbours are
 * `targets[offsets[v] … offsets[v + 1] − 1]`, with the edge lengths in metres at the same positions in
 * `lengthsMeters`; every undirected edge appears once from each end. No loops, no parallel edges, every length > 0.
 */
export interface StreetNetwork {
  nodeCount: number;
  /** Undirected edges (half the length of `targets`). */
  edgeCount: number;
  /** Node longitude, 1e-7 degree (WGS 84). */
  lonE7: Int32Array;
  /** Node latitude, 1e-7 degree (WGS 84). */
  latE7: Int32Array;
  /** Length nodeCount + 1. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Great-circle length (haversine, R = 6,371,008.8 m) between the two canonical nodes, metres, as Float32. */
  lengthsMeters: Float32Array;
  buckets: NodeBuckets;
  /** Share (0…1) of nodes in the largest connected component; under 0.9 the app warns. */
  largestComponentShare: number;
}

/** Longitude of node `node`, degrees: exactly the canonical 7-decimal value. */
export function nodeLon(network: StreetNetwork, node: number): number {
  return (network.lonE7[node] as number) / 1e7;
}

/** Latitude of node `node`, degrees: exactly the canonical 7-decimal value. */
export function nodeLat(network: StreetNetwork, node: number): number {
  return (network.latE7[node] as number) / 1e7;
}

/** Bytes held by the network's typed arrays. */
export function networkBytes(network: StreetNetwork): number {
  return (
    network.lonE7.byteLength +
    network.latE7.byteLength +
    network.offsets.byteLength +
    network.targets.byteLength +
    network.lengthsMeters.byteLength +
    network.buckets.bucketStart.byteLength
  );
}

/** Bucket grid parameters (everything but `bucketStart`) for nodes with these coordinates. */
export function bucketGridFor(
  lonE7: Int32Array,
  latE7: Int32Array,
  count: number,
): Omit<NodeBuckets, 'bucketStart'> {
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (let node = 0; node < count; node++) {
    const lon = lonE7[node] as number;
    const lat = latE7[node] as number;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (count === 0) {
    minLon = 0;
    maxLon = 0;
    minLat = 0;
    maxLat = 0;
  }
  const maxAbsLatDegrees = Math.min(89, Math.max(Math.abs(minLat), Math.abs(maxLat)) / 1e7);
  const heightE7 = Math.ceil((BUCKET_METERS / METERS_PER_DEGREE_LATITUDE) * 1e7);
  const widthE7 = Math.ceil(
    (BUCKET_METERS / (METERS_PER_DEGREE_LATITUDE * Math.cos((maxAbsLatDegrees * Math.PI) / 180))) * 1e7,
  );
  return {
    originLonE7: minLon,
    originLatE7: minLat,
    widthE7,
    heightE7,
    columns: Math.floor((maxLon - minLon) / widthE7) + 1,
    rows: Math.floor((maxLat - minLat) / heightE7) + 1,
  };
}

/** The bucket of a node position, in the grid `grid` (positions inside the grid's extent only). */
export function bucketOf(grid: Omit<NodeBuckets, 'bucketStart'>, lonE7: number, latE7: number): number {
  const column = Math.floor((lonE7 - grid.originLonE7) / grid.widthE7);
  const row = Math.floor((latE7 - grid.originLatE7) / grid.heightE7);
  return row * grid.columns + column;
}

/** Metres between nodes a and b (haversine on their canonical coordinates). */
export function nodeDistanceMeters(lonE7: Int32Array, latE7: Int32Array, a: number, b: number): number {
  return haversineDistanceMeters(
    (lonE7[a] as number) / 1e7,
    (latE7[a] as number) / 1e7,
    (lonE7[b] as number) / 1e7,
    (latE7[b] as number) / 1e7,
  );
}
