/**
 * Turns canonical nodes and edges into a {@link StreetNetwork}: nodes renumbered in bucket order, edges deduplicated
 * into compressed sparse rows with haversine lengths, the bucket offsets and the largest component's share. The
 * GeoJSON reader and the file decoder both end here, so a network read either way is the same arrays.
 */
import { largestComponentShare } from './components';
import {
  bucketGridFor,
  bucketOf,
  type NodeBuckets,
  nodeDistanceMeters,
  type StreetNetwork,
} from './street-network';

/** Nodes and undirected edges in any order (edges by node index; loops and repeats allowed). */
export interface CanonicalGraph {
  nodeCount: number;
  lonE7: Int32Array;
  latE7: Int32Array;
  edgeCount: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
}

/**
 * The permutation that puts nodes in bucket order (bucket, then lonE7, then latE7): `order[newIndex] = oldIndex`.
 */
function bucketOrder(graph: CanonicalGraph, grid: Omit<NodeBuckets, 'bucketStart'>): Int32Array {
  const { nodeCount, lonE7, latE7 } = graph;
  const bucket = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++)
    bucket[node] = bucketOf(grid, lonE7[node] as number, latE7[node] as number);
  const order = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) order[node] = node;
  order.sort(
    (a, b) =>
      (bucket[a] as number) - (bucket[b] as number) ||
      (lonE7[a] as number) - (lonE7[b] as number) ||
      (latE7[a] as number) - (latE7[b] as number),
  );
  return order;
}

/**
 * Undirected edges between distinct nodes as sorted unique keys `u × nodeCount + v` with u < v (exact in a double
 * for up to 94 million nodes).
 */
function uniqueEdgeKeys(
  nodeCount: number,
  edgeCount: number,
  from: Int32Array,
  to: Int32Array,
): Float64Array {
  const keys = new Float64Array(edgeCount);
  let count = 0;
  for (let edge = 0; edge < edgeCount; edge++) {
    const a = from[edge] as number;
    const b = to[edge] as number;
    if (a === b) continue;
    keys[count++] = a < b ? a * nodeCount + b : b * nodeCount + a;
  }
  const sorted = keys.subarray(0, count).sort();
  let unique = 0;
  for (let k = 0; k < count; k++) {
    if (unique === 0 || sorted[k] !== sorted[unique - 1]) sorted[unique++] = sorted[k] as number;
  }
  return sorted.slice(0, unique);
}

/**
 * Builds the network from nodes already in bucket order (`grid` their bucket grid) and sorted unique edge keys (see
 * {@link uniqueEdgeKeys}). Returns null when the nodes are not in bucket order.
 */
export function networkFromOrderedNodes(
  lonE7: Int32Array,
  latE7: Int32Array,
  grid: Omit<NodeBuckets, 'bucketStart'>,
  edgeKeys: Float64Array,
): StreetNetwork | null {
  const nodeCount = lonE7.length;
  const bucketCount = grid.columns * grid.rows;
  const bucketStart = new Int32Array(bucketCount + 1);
  let previous = -1;
  for (let node = 0; node < nodeCount; node++) {
    const bucket = bucketOf(grid, lonE7[node] as number, latE7[node] as number);
    if (bucket < previous || bucket >= bucketCount) return null;
    previous = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
  }
  for (let bucket = 0; bucket < bucketCount; bucket++)
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + (bucketStart[bucket] as number);

  const edgeCount = edgeKeys.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) {
    const key = edgeKeys[edge] as number;
    const u = Math.floor(key / nodeCount);
    const v = key - u * nodeCount;
    offsets[u + 1] = (offsets[u + 1] as number) + 1;
    offsets[v + 1] = (offsets[v + 1] as number) + 1;
  }
  for (let node = 0; node < nodeCount; node++)
    offsets[node + 1] = (offsets[node + 1] as number) + (offsets[node] as number);
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(2 * edgeCount);
  const lengthsMeters = new Float32Array(2 * edgeCount);
  for (let edge = 0; edge < edgeCount; edge++) {
    const key = edgeKeys[edge] as number;
    const u = Math.floor(key / nodeCount);
    const v = key - u * nodeCount;
    const length = nodeDistanceMeters(lonE7, latE7, u, v);
    const atU = fill[u] as number;
    const atV = fill[v] as number;
    targets[atU] = v;
    lengthsMeters[atU] = length;
    targets[atV] = u;
    lengthsMeters[atV] = length;
    fill[u] = atU + 1;
    fill[v] = atV + 1;
  }
  const network: StreetNetwork = {
    nodeCount,
    edgeCount,
    lonE7,
    latE7,
    offsets,
    targets,
    lengthsMeters,
    buckets: { ...grid, bucketStart },
    largestComponentShare: 1,
  };
  network.largestComponentShare = largestComponentShare(network);
  return network;
}

/** The {@link StreetNetwork} of canonical nodes and edges given in any order. */
export function assembleNetwork(graph: CanonicalGraph): StreetNetwork {
  const grid = bucketGridFor(graph.lonE7, graph.latE7, graph.nodeCount);
  const order = bucketOrder(graph, grid);
  const rank = new Int32Array(graph.nodeCount);
  const lonE7 = new Int32Array(graph.nodeCount);
  const latE7 = new Int32Array(graph.nodeCount);
  for (let index = 0; index < graph.nodeCount; index++) {
    const old = order[index] as number;
    rank[old] = index;
    lonE7[index] = graph.lonE7[old] as number;
    latE7[index] = graph.latE7[old] as number;
  }
  const from = new Int32Array(graph.edgeCount);
  const to = new Int32Array(graph.edgeCount);
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    from[edge] = rank[graph.edgeFrom[edge] as number] as number;
    to[edge] = rank[graph.edgeTo[edge] as number] as number;
  }
  const keys = uniqueEdgeKeys(graph.nodeCount, graph.edgeCount, from, to);
  return networkFromOrderedNodes(lonE7, latE7, grid, keys) as StreetNetwork;
}
