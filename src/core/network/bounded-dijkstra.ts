/**
 * Bounded single-source Dijkstra on a {@link StreetNetwork}: a binary min-heap with lazy deletion on typed arrays
 * and a distance array kept at +∞ between queries (only the nodes a query touched are reset), so a query allocates
 * nothing once the heap has grown to the size a search needs.
 */
import type { StreetNetwork } from './street-network';

/** Working memory for {@link searchWithin}, sized for one network; reuse it for every query on that network. */
export interface DijkstraScratch {
  /** Tentative distance of every node, metres; +∞ outside a query. */
  distance: Float64Array;
  /** Nodes whose distance was set during the current query. */
  touched: Int32Array;
  touchedCount: number;
  heapKeys: Float64Array;
  heapNodes: Int32Array;
}

/** Scratch for `network` (8 bytes per node, plus a heap and a touched list that grow on demand). */
export function createDijkstraScratch(network: StreetNetwork): DijkstraScratch {
  return {
    distance: new Float64Array(network.nodeCount).fill(Number.POSITIVE_INFINITY),
    touched: new Int32Array(1024),
    touchedCount: 0,
    heapKeys: new Float64Array(1024),
    heapNodes: new Int32Array(1024),
  };
}

/** Bytes held by `scratch`. */
export function dijkstraScratchBytes(scratch: DijkstraScratch): number {
  return (
    scratch.distance.byteLength +
    scratch.touched.byteLength +
    scratch.heapKeys.byteLength +
    scratch.heapNodes.byteLength
  );
}

function growHeap(scratch: DijkstraScratch): void {
  const keys = new Float64Array(scratch.heapKeys.length * 2);
  const nodes = new Int32Array(scratch.heapNodes.length * 2);
  keys.set(scratch.heapKeys);
  nodes.set(scratch.heapNodes);
  scratch.heapKeys = keys;
  scratch.heapNodes = nodes;
}

function growTouched(scratch: DijkstraScratch): void {
  const touched = new Int32Array(scratch.touched.length * 2);
  touched.set(scratch.touched);
  scratch.touched = touched;
}

/**
 * Called for every node settled at network distance `meters` ≤ the bound, in order of distance (equal distances in
 * heap order).
 */
export type SettleVisitor = (node: number, meters: number) => void;

/**
 * Settles every node whose distance from `source` — starting at `startMeters` — is ≤ `boundMeters`, calling
 * `visit` for each, then resets the scratch. Distances add Float32 edge lengths in Float64.
 */
export function searchWithin(
  network: StreetNetwork,
  scratch: DijkstraScratch,
  source: number,
  startMeters: number,
  boundMeters: number,
  visit: SettleVisitor,
): void {
  if (!(startMeters <= boundMeters)) return;
  const { offsets, targets, lengthsMeters } = network;
  const distance = scratch.distance;
  let keys = scratch.heapKeys;
  let nodes = scratch.heapNodes;
  let size = 0;
  distance[source] = startMeters;
  scratch.touched[0] = source;
  scratch.touchedCount = 1;
  keys[0] = startMeters;
  nodes[0] = source;
  size = 1;
  while (size > 0) {
    const key = keys[0] as number;
    const node = nodes[0] as number;
    size--;
    if (size > 0) {
      // Sift the last entry down from the root.
      const lastKey = keys[size] as number;
      const lastNode = nodes[size] as number;
      let hole = 0;
      for (;;) {
        let child = 2 * hole + 1;
        if (child >= size) break;
        if (child + 1 < size && (keys[child + 1] as number) < (keys[child] as number)) child++;
        if ((keys[child] as number) >= lastKey) break;
        keys[hole] = keys[child] as number;
        nodes[hole] = nodes[child] as number;
        hole = child;
      }
      keys[hole] = lastKey;
      nodes[hole] = lastNode;
    }
    if (key > (distance[node] as number)) continue;
    visit(node, key);
    const end = offsets[node + 1] as number;
    for (let edge = offsets[node] as number; edge < end; edge++) {
      const next = targets[edge] as number;
      const candidate = key + (lengthsMeters[edge] as number);
      if (candidate > boundMeters) continue;
      const known = distance[next] as number;
      if (candidate >= known) continue;
      if (known === Number.POSITIVE_INFINITY) {
        if (scratch.touchedCount === scratch.touched.length) growTouched(scratch);
        scratch.touched[scratch.touchedCount++] = next;
      }
      distance[next] = candidate;
      if (size === keys.length) {
        growHeap(scratch);
        keys = scratch.heapKeys;
        nodes = scratch.heapNodes;
      }
      // Sift up from the new leaf.
      let hole = size++;
      while (hole > 0) {
        const parent = (hole - 1) >> 1;
        if ((keys[parent] as number) <= candidate) break;
        keys[hole] = keys[parent] as number;
        nodes[hole] = nodes[parent] as number;
        hole = parent;
      }
      keys[hole] = candidate;
      nodes[hole] = next;
    }
  }
  const touched = scratch.touched;
  for (let k = 0; k < scratch.touchedCount; k++) distance[touched[k] as number] = Number.POSITIVE_INFINITY;
  scratch.touchedCount = 0;
}
