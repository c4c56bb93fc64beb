/**
 * The prepared network file (`.lcnet`, e.g. `data/wuhan-streets.lcnet`): a canonical {@link StreetNetwork} in a few
 * bytes per node, decoded in tens of milliseconds in a worker. Version 1, all integers little-endian:
 *
 * | bytes | field |
 * |---|---|
 * | 4 | magic `LCNW` |
 * | 4 | uint32 version = 1 |
 * | 4 | uint32 nodeCount N |
 * | 4 | uint32 edgeCount E (undirected, unique, no loops) |
 * | 24 | int32 originLonE7, originLatE7, widthE7, heightE7, columns, rows (the bucket grid of street-network.ts) |
 * | … | nodes: for i = 0 … N − 1 in bucket order, zigzag LEB128 varints of lonE7[i] − lonE7[i − 1] and latE7[i] − latE7[i − 1] (the −1st is 0, 0) |
 * | … | edges: for u = 0 … N − 1, a varint k = number of neighbours v > u, then k varints: v₁ − u, v₂ − v₁, … (ascending) |
 *
 * Coordinates are the canonical node positions in 1e-7 degree (WGS 84), i.e. exactly the 7-decimal values that
 * define node identity, so nothing is quantised beyond the rule itself. Lengths are not stored: the decoder computes
 * each as the haversine distance (R = 6,371,008.8 m) between the two canonical nodes, as the GeoJSON reader does,
 * so a decoded network is identical array for array to {@link networkFromGeoJson} on the source.
 */
import { fail, ok, type Result } from '../model/result';
import { networkFromOrderedNodes } from './assemble-network';
import { MAX_NETWORK_EDGES, MAX_NETWORK_NODES } from './network-errors';
import type { StreetNetwork } from './street-network';

const MAGIC = 0x574e434c; // "LCNW" read as a little-endian uint32
const VERSION = 1;
const HEADER_BYTES = 40;

class ByteWriter {
  bytes = new Uint8Array(1 << 20);
  length = 0;
  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  varint(value: number): void {
    this.ensure(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }
  signed(value: number): void {
    this.varint((value << 1) ^ (value >> 31));
  }
}

/** The file bytes of `network` (format above). */
export function encodeNetworkFile(network: StreetNetwork): Uint8Array {
  const writer = new ByteWriter();
  writer.length = HEADER_BYTES;
  const { nodeCount, lonE7, latE7, offsets, targets } = network;
  let previousLon = 0;
  let previousLat = 0;
  for (let node = 0; node < nodeCount; node++) {
    writer.signed((lonE7[node] as number) - previousLon);
    writer.signed((latE7[node] as number) - previousLat);
    previousLon = lonE7[node] as number;
    previousLat = latE7[node] as number;
  }
  const forward: number[] = [];
  for (let node = 0; node < nodeCount; node++) {
    forward.length = 0;
    for (let edge = offsets[node] as number; edge < (offsets[node + 1] as number); edge++) {
      const next = targets[edge] as number;
      if (next > node) forward.push(next);
    }
    forward.sort((a, b) => a - b);
    writer.varint(forward.length);
    let previous = node;
    for (const next of forward) {
      writer.varint(next - previous);
      previous = next;
    }
  }
  const bytes = writer.bytes.slice(0, writer.length);
  const view = new DataView(bytes.buffer);
  const { buckets } = network;
  const header = [
    MAGIC,
    VERSION,
    nodeCount,
    network.edgeCount,
    buckets.originLonE7,
    buckets.originLatE7,
    buckets.widthE7,
    buckets.heightE7,
    buckets.columns,
    buckets.rows,
  ];
  header.forEach((value, index) => {
    view.setInt32(4 * index, value, true);
  });
  return bytes;
}

function invalid(message: string): Result<never> {
  return fail('network-file-invalid', message);
}

/**
 * Decodes a network file (format above). Fails with `network-file-invalid` on a wrong magic or version, a
 * truncated body or nodes out of bucket order, and `network-too-large` past the size limits.
 */
export function decodeNetworkFile(bytes: Uint8Array): Result<StreetNetwork> {
  if (bytes.length < HEADER_BYTES) return invalid('the file is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (index: number): number => view.getInt32(4 * index, true);
  if (field(0) !== MAGIC) return invalid('not a Lifecircle network file (no LCNW magic)');
  if (field(1) !== VERSION) return invalid(`network file version ${field(1)} (expected ${VERSION})`);
  const nodeCount = field(2);
  const edgeCount = field(3);
  if (nodeCount < 0 || edgeCount < 0 || nodeCount > MAX_NETWORK_NODES || edgeCount > MAX_NETWORK_EDGES)
    return fail('network-too-large', `${nodeCount} nodes and ${edgeCount} edges exceed the limits`);
  const grid = {
    originLonE7: field(4),
    originLatE7: field(5),
    widthE7: field(6),
    heightE7: field(7),
    columns: field(8),
    rows: field(9),
  };
  if (!(grid.widthE7 > 0 && grid.heightE7 > 0 && grid.columns > 0 && grid.rows > 0))
    return invalid('the bucket grid is empty');
  if (grid.columns * grid.rows > 4 * MAX_NETWORK_NODES + 1_000_000)
    return invalid('the bucket grid is too large');
  let at = HEADER_BYTES;
  const end = bytes.length;
  let truncated = false;
  const readVarint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (at >= end || shift > 28) {
        truncated = true;
        return 0;
      }
      const byte = bytes[at++] as number;
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
      shift += 7;
    }
  };
  const lonE7 = new Int32Array(nodeCount);
  const latE7 = new Int32Array(nodeCount);
  let lon = 0;
  let lat = 0;
  for (let node = 0; node < nodeCount; node++) {
    const dLon = readVarint();
    const dLat = readVarint();
    lon += (dLon >>> 1) ^ -(dLon & 1);
    lat += (dLat >>> 1) ^ -(dLat & 1);
    lonE7[node] = lon;
    latE7[node] = lat;
  }
  const keys = new Float64Array(edgeCount);
  let count = 0;
  for (let node = 0; node < nodeCount && !truncated; node++) {
    const degree = readVarint();
    let next = node;
    for (let k = 0; k < degree; k++) {
      const step = readVarint();
      next += step;
      if (step < 1 || next >= nodeCount || count >= edgeCount) return invalid('an edge is out of range');
      keys[count++] = node * nodeCount + next;
    }
  }
  if (truncated || count !== edgeCount || at !== end)
    return invalid('the file is truncated or has extra bytes');
  const network = networkFromOrderedNodes(lonE7, latE7, grid, keys);
  return network ? ok(network) : invalid('the nodes are not in bucket order');
}
