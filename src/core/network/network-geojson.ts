/**
 * Reads a street network from GeoJSON lines by the canonical rule of domain.md § Walking-network distance:
 *
 * - walkable edges: every LineString / MultiLineString except features whose `highway` is `motorway` or
 *   `motorway_link`; undirected; other geometry types are ignored;
 * - nodes: vertices identified by lon/lat rounded to 7 decimals (`Math.round(degrees × 1e7)`);
 * - densification: a segment between consecutive canonical vertices A, B longer than 50 m (haversine,
 *   R = 6,371,008.8 m) is split into n = ceil(L / 50) parts at the points A + (B − A) × k / n (k = 1 … n − 1, in
 *   degrees, computed from the canonical A and B), each rounded to 7 decimals like a vertex and merged with any
 *   node already at that position;
 * - every edge's length is the haversine distance between its two canonical nodes; zero-length segments (two
 *   vertices on one node) and repeated edges are dropped.
 *
 * Coordinates must already be WGS 84 lon/lat (the CLI and the import path reproject first).
 */
import { haversineDistanceMeters } from '../geo/distance';
import { fail, ok, type Result } from '../model/result';
import { assembleNetwork } from './assemble-network';
import { MAX_NETWORK_EDGES, MAX_NETWORK_NODES } from './network-errors';
import { createNodeTable, internNode, type NodeTable } from './node-table';
import type { StreetNetwork } from './street-network';

/** Longest edge before densification, metres. */
const MAX_EDGE_METERS = 50;

/** `highway` values that are not walkable. */
const NON_WALKABLE_HIGHWAYS: readonly string[] = ['motorway', 'motorway_link'];

interface EdgeList {
  count: number;
  from: Int32Array;
  to: Int32Array;
}

function pushEdge(edges: EdgeList, from: number, to: number): void {
  if (edges.count === edges.from.length) {
    const from2 = new Int32Array(edges.from.length * 2);
    const to2 = new Int32Array(edges.to.length * 2);
    from2.set(edges.from);
    to2.set(edges.to);
    edges.from = from2;
    edges.to = to2;
  }
  edges.from[edges.count] = from;
  edges.to[edges.count] = to;
  edges.count++;
}

/** Adds the segment A → B (canonical, 1e-7 degree), split into ≤ 50 m parts. */
function addSegment(
  nodes: NodeTable,
  edges: EdgeList,
  aLonE7: number,
  aLatE7: number,
  bLonE7: number,
  bLatE7: number,
): void {
  if (aLonE7 === bLonE7 && aLatE7 === bLatE7) return;
  const aLon = aLonE7 / 1e7;
  const aLat = aLatE7 / 1e7;
  const bLon = bLonE7 / 1e7;
  const bLat = bLatE7 / 1e7;
  const length = haversineDistanceMeters(aLon, aLat, bLon, bLat);
  const parts = length > MAX_EDGE_METERS ? Math.ceil(length / MAX_EDGE_METERS) : 1;
  let previous = internNode(nodes, aLonE7, aLatE7);
  for (let k = 1; k < parts; k++) {
    const lon = aLon + ((bLon - aLon) * k) / parts;
    const lat = aLat + ((bLat - aLat) * k) / parts;
    const node = internNode(nodes, Math.round(lon * 1e7), Math.round(lat * 1e7));
    pushEdge(edges, previous, node);
    previous = node;
  }
  pushEdge(edges, previous, internNode(nodes, bLonE7, bLatE7));
}

function isWalkable(properties: unknown): boolean {
  if (properties === null || typeof properties !== 'object') return true;
  const highway = (properties as Record<string, unknown>).highway;
  return !(typeof highway === 'string' && NON_WALKABLE_HIGHWAYS.includes(highway));
}

function linesOf(geometry: unknown): unknown[] {
  if (geometry === null || typeof geometry !== 'object') return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return [];
  if (type === 'LineString') return [coordinates];
  if (type === 'MultiLineString') return coordinates;
  return [];
}

function featuresOf(root: unknown): unknown[] {
  if (root === null || typeof root !== 'object') return [];
  const object = root as { type?: unknown; features?: unknown };
  if (object.type === 'FeatureCollection' && Array.isArray(object.features)) return object.features;
  if (object.type === 'Feature') return [root];
  return [];
}

/**
 * Adds one line's vertices (a non-numeric position breaks the line there). Returns the first position outside the
 * lon/lat range, which means the file is not in WGS 84, or null.
 */
function addLine(nodes: NodeTable, edges: EdgeList, line: unknown): [number, number] | null {
  if (!Array.isArray(line)) return null;
  let hasPrevious = false;
  let previousLon = 0;
  let previousLat = 0;
  for (const position of line) {
    const lon = Array.isArray(position) ? Number(position[0]) : Number.NaN;
    const lat = Array.isArray(position) ? Number(position[1]) : Number.NaN;
    if (!(Number.isFinite(lon) && Number.isFinite(lat))) {
      hasPrevious = false;
      continue;
    }
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return [lon, lat];
    const lonE7 = Math.round(lon * 1e7);
    const latE7 = Math.round(lat * 1e7);
    if (hasPrevious) addSegment(nodes, edges, previousLon, previousLat, lonE7, latE7);
    hasPrevious = true;
    previousLon = lonE7;
    previousLat = latE7;
  }
  return null;
}

/** Features between two progress reports: frequent enough for a bar, rare enough to cost nothing. */
const FEATURES_PER_PROGRESS = 5000;

/**
 * The canonical network of a GeoJSON FeatureCollection (or Feature) of lines in WGS 84. Fails with
 * `network-no-lines` when no walkable edge remains, `coordinates-out-of-range` on a position that is not lon/lat,
 * and `network-too-large` past the size limits. `onProgress` gets the fraction (0–1) of features read, every 5,000
 * features (the import worker sends it on while it keeps reading).
 */
export function networkFromGeoJson(
  root: unknown,
  onProgress?: (fraction: number) => void,
): Result<StreetNetwork> {
  const nodes = createNodeTable(1 << 16);
  const edges: EdgeList = { count: 0, from: new Int32Array(1 << 16), to: new Int32Array(1 << 16) };
  const features = featuresOf(root);
  for (const [index, feature] of features.entries()) {
    if (onProgress && index % FEATURES_PER_PROGRESS === 0) onProgress(index / features.length);
    if (feature === null || typeof feature !== 'object') continue;
    const { properties, geometry } = feature as { properties?: unknown; geometry?: unknown };
    if (!isWalkable(properties)) continue;
    for (const line of linesOf(geometry)) {
      const outside = addLine(nodes, edges, line);
      if (outside) {
        return fail(
          'coordinates-out-of-range',
          `coordinate ${outside[0]}, ${outside[1]} is not a WGS 84 longitude/latitude (give the network's CRS)`,
        );
      }
    }
    if (nodes.count > MAX_NETWORK_NODES || edges.count > MAX_NETWORK_EDGES) {
      return fail(
        'network-too-large',
        `the network has more than ${MAX_NETWORK_NODES.toLocaleString('en')} nodes or ${MAX_NETWORK_EDGES.toLocaleString('en')} edges after splitting edges longer than 50 m`,
      );
    }
  }
  if (edges.count === 0) return fail('network-no-lines', 'the file has no walkable lines');
  return ok(
    assembleNetwork({
      nodeCount: nodes.count,
      lonE7: nodes.lonE7.subarray(0, nodes.count),
      latE7: nodes.latE7.subarray(0, nodes.count),
      edgeCount: edges.count,
      edgeFrom: edges.from.subarray(0, edges.count),
      edgeTo: edges.to.subarray(0, edges.count),
    }),
  );
}
