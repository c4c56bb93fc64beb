/**
 * OpenStreetMap `.osm.pbf` extracts as walking networks (issue 13). The file format (OSM wiki "PBF Format"): blocks of
 * [uint32 BE header length][BlobHeader][Blob], a Blob raw or zlib-deflated (inflated by fflate), holding an
 * OSMHeader or a PrimitiveBlock of string table, nodes (plain or dense, delta-coded) and ways (delta-coded node
 * refs). Everything runs in a worker or in Node: protobuf fields are read by protobuf-reader.ts, no Node API.
 *
 * Ways kept (the walking filter, as for the São Paulo network of shared/data/README.md): a `highway` tag whose value
 * is not one of {@link NON_WALKING_HIGHWAYS}, not `foot=no`, and not `access=private|no` unless
 * `foot=yes|designated|permissive`, and not a closed way tagged `area=yes` (a square drawn as a polygon; osmium's
 * export makes those polygons, not lines). Each kept way becomes one LineString of its nodes with a location (a missing node
 * breaks the line there), then the canonical rule of network-geojson.ts applies. Coordinates are WGS 84 by the
 * format's definition.
 */
import { unzlibSync } from 'fflate';
import { fail, ok, type Result } from '../model/result';
import { MAX_NETWORK_NODES } from './network-errors';
import {
  cursor,
  type ProtoCursor,
  readBytes,
  readKey,
  readPacked,
  readString,
  readVarint,
  skipField,
  zigzag,
} from './protobuf-reader';

/** `highway` values nobody walks on, or that are not (yet) roads. */
const NON_WALKING_HIGHWAYS: readonly string[] = [
  'motorway',
  'motorway_link',
  'construction',
  'proposed',
  'raceway',
  'bus_guideway',
  'abandoned',
  'disused',
  'platform',
  'elevator',
  'corridor',
];

/** Whether a way with these tags is walkable (filter above). */
export function isWalkableWay(tags: ReadonlyMap<string, string>): boolean {
  const highway = tags.get('highway');
  if (highway === undefined || NON_WALKING_HIGHWAYS.includes(highway)) return false;
  const foot = tags.get('foot');
  if (foot === 'no') return false;
  const access = tags.get('access');
  if (
    (access === 'private' || access === 'no') &&
    !(foot === 'yes' || foot === 'designated' || foot === 'permissive')
  )
    return false;
  return true;
}

interface NodeStore {
  count: number;
  ids: Float64Array;
  lonE7: Int32Array;
  latE7: Int32Array;
}

function addNode(store: NodeStore, id: number, lonE7: number, latE7: number): void {
  if (store.count === store.ids.length) {
    const size = store.ids.length * 2;
    const ids = new Float64Array(size);
    const lon = new Int32Array(size);
    const lat = new Int32Array(size);
    ids.set(store.ids);
    lon.set(store.lonE7);
    lat.set(store.latE7);
    store.ids = ids;
    store.lonE7 = lon;
    store.latE7 = lat;
  }
  store.ids[store.count] = id;
  store.lonE7[store.count] = lonE7;
  store.latE7[store.count] = latE7;
  store.count++;
}

interface BlockContext {
  strings: string[];
  granularity: number;
  latOffset: number;
  lonOffset: number;
}

/** 1e-7 degree of a raw PBF coordinate: degrees = 1e-9 × (offset + granularity × value), rounded like a vertex. */
function toE7(offset: number, granularity: number, value: number): number {
  return Math.round((offset + granularity * value) * 1e-9 * 1e7);
}

function readDense(c: ProtoCursor, block: BlockContext, nodes: NodeStore): void {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 1) readPacked(c, wire, ids);
    else if (field === 8) readPacked(c, wire, lats);
    else if (field === 9) readPacked(c, wire, lons);
    else skipField(c, wire);
  }
  let id = 0;
  let lat = 0;
  let lon = 0;
  for (let k = 0; k < ids.length; k++) {
    id += zigzag(ids[k] as number);
    lat += zigzag(lats[k] as number);
    lon += zigzag(lons[k] as number);
    addNode(
      nodes,
      id,
      toE7(block.lonOffset, block.granularity, lon),
      toE7(block.latOffset, block.granularity, lat),
    );
  }
}

function readPlainNode(c: ProtoCursor, block: BlockContext, nodes: NodeStore): void {
  let id = 0;
  let lat = 0;
  let lon = 0;
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 1) id = zigzag(readVarint(c));
    else if (field === 8) lat = zigzag(readVarint(c));
    else if (field === 9) lon = zigzag(readVarint(c));
    else skipField(c, wire);
  }
  addNode(
    nodes,
    id,
    toE7(block.lonOffset, block.granularity, lon),
    toE7(block.latOffset, block.granularity, lat),
  );
}

/** A kept way: its highway value and node refs. */
interface WayRecord {
  id: number;
  highway: string;
  refs: number[];
}

function readWay(c: ProtoCursor, block: BlockContext, ways: WayRecord[]): void {
  const keys: number[] = [];
  const values: number[] = [];
  const refs: number[] = [];
  let id = 0;
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 1) id = signed64(readVarint(c));
    else if (field === 2) readPacked(c, wire, keys);
    else if (field === 3) readPacked(c, wire, values);
    else if (field === 8) readPacked(c, wire, refs);
    else skipField(c, wire);
  }
  const tags = new Map<string, string>();
  for (let k = 0; k < keys.length; k++)
    tags.set(block.strings[keys[k] as number] ?? '', block.strings[values[k] as number] ?? '');
  if (!isWalkableWay(tags)) return;
  let ref = 0;
  for (let k = 0; k < refs.length; k++) {
    ref += zigzag(refs[k] as number);
    refs[k] = ref;
  }
  const first = refs[0];
  // A closed way tagged area=yes is a square or a yard drawn as a polygon, not a line to walk along.
  if (tags.get('area') === 'yes' && refs.length > 2 && first === refs[refs.length - 1]) return;
  ways.push({ id, highway: tags.get('highway') as string, refs });
}

/** An int64 field (two's complement in a varint) as a number. */
function signed64(value: number): number {
  return value >= 2 ** 63 ? value - 2 ** 64 : value;
}

function readPrimitiveBlock(bytes: Uint8Array, nodes: NodeStore, ways: WayRecord[]): void {
  const block: BlockContext = { strings: [], granularity: 100, latOffset: 0, lonOffset: 0 };
  const groups: ProtoCursor[] = [];
  const c = cursor(bytes);
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 1) {
      const table = readBytes(c);
      while (table.at < table.end) {
        const [entry, entryWire] = readKey(table);
        if (entry === 1) block.strings.push(readString(table));
        else skipField(table, entryWire);
      }
    } else if (field === 2) groups.push(readBytes(c));
    else if (field === 17) block.granularity = readVarint(c);
    else if (field === 19) block.latOffset = signed64(readVarint(c));
    else if (field === 20) block.lonOffset = signed64(readVarint(c));
    else skipField(c, wire);
  }
  for (const group of groups) {
    while (group.at < group.end) {
      const [field, wire] = readKey(group);
      if (field === 1) readPlainNode(readBytes(group), block, nodes);
      else if (field === 2) readDense(readBytes(group), block, nodes);
      else if (field === 3) readWay(readBytes(group), block, ways);
      else skipField(group, wire);
    }
  }
}

/** The payload of a Blob: raw, or zlib data inflated. Null for other compressions (lzma, zstd, …). */
function blobData(c: ProtoCursor): Uint8Array | null {
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 1) {
      const raw = readBytes(c);
      return raw.bytes.subarray(raw.at, raw.end);
    }
    if (field === 3) {
      const zlib = readBytes(c);
      return unzlibSync(zlib.bytes.subarray(zlib.at, zlib.end));
    }
    if (field === 2) readVarint(c);
    else if (field >= 4) return null;
    else skipField(c, wire);
  }
  return null;
}

/** Sorted order of the stored node ids, for binary search. */
function sortedNodeOrder(nodes: NodeStore): Int32Array {
  const order = new Int32Array(nodes.count);
  let sorted = true;
  for (let k = 0; k < nodes.count; k++) {
    order[k] = k;
    if (k > 0 && (nodes.ids[k] as number) < (nodes.ids[k - 1] as number)) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (nodes.ids[a] as number) - (nodes.ids[b] as number));
  return order;
}

function findNode(nodes: NodeStore, order: Int32Array, id: number): number {
  let low = 0;
  let high = order.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = nodes.ids[order[middle] as number] as number;
    if (value === id) return order[middle] as number;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A GeoJSON FeatureCollection of LineStrings (with `highway`), ready for networkFromGeoJson. */
export interface WalkableLines {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { osm_way_id: number; highway: string };
    geometry: { type: 'MultiLineString'; coordinates: number[][][] };
  }[];
}

/**
 * The walkable ways of an `.osm.pbf` file as lines (filter above). Fails with `network-pbf-invalid` on a file that
 * is not OSM PBF or is damaged, uses a compression other than zlib, or needs features this reader lacks
 * (historical data), and `network-too-large` past the node limit.
 */
export function walkableLinesFromPbf(bytes: Uint8Array): Result<WalkableLines> {
  const nodes: NodeStore = {
    count: 0,
    ids: new Float64Array(1 << 16),
    lonE7: new Int32Array(1 << 16),
    latE7: new Int32Array(1 << 16),
  };
  const ways: WayRecord[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let blocks = 0;
  try {
    while (at < bytes.length) {
      if (at + 4 > bytes.length) throw new RangeError('truncated block');
      const headerLength = view.getUint32(at, false);
      at += 4;
      const header = cursor(bytes, at, at + headerLength);
      if (header.end > bytes.length || headerLength > 64 * 1024) throw new RangeError('bad block header');
      let type = '';
      let dataSize = 0;
      while (header.at < header.end) {
        const [field, wire] = readKey(header);
        if (field === 1) type = readString(header);
        else if (field === 3) dataSize = readVarint(header);
        else skipField(header, wire);
      }
      at = header.end;
      if (at + dataSize > bytes.length) throw new RangeError('truncated blob');
      const data = blobData(cursor(bytes, at, at + dataSize));
      at += dataSize;
      if (!data) return fail('network-pbf-invalid', 'a block uses a compression other than zlib');
      if (type === 'OSMHeader') {
        const required = readRequiredFeatures(data);
        const unknown = required.filter(
          (feature) => feature !== 'OsmSchema-V0.6' && feature !== 'DenseNodes',
        );
        if (unknown.length > 0) return fail('network-pbf-invalid', `the file needs ${unknown.join(', ')}`);
      } else if (type === 'OSMData') readPrimitiveBlock(data, nodes, ways);
      blocks++;
      if (nodes.count > 4 * MAX_NETWORK_NODES)
        return fail('network-too-large', `more than ${4 * MAX_NETWORK_NODES} nodes in the file`);
    }
  } catch (error) {
    return fail('network-pbf-invalid', `not a readable OSM PBF file (${(error as Error).message})`);
  }
  if (blocks === 0) return fail('network-pbf-invalid', 'the file has no OSM blocks');
  const order = sortedNodeOrder(nodes);
  const features: WalkableLines['features'] = [];
  for (const way of ways) {
    const lines: number[][][] = [];
    let line: number[][] = [];
    for (const ref of way.refs) {
      const node = findNode(nodes, order, ref);
      if (node < 0) {
        if (line.length > 1) lines.push(line);
        line = [];
        continue;
      }
      line.push([(nodes.lonE7[node] as number) / 1e7, (nodes.latE7[node] as number) / 1e7]);
    }
    if (line.length > 1) lines.push(line);
    if (lines.length > 0)
      features.push({
        type: 'Feature',
        properties: { osm_way_id: way.id, highway: way.highway },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
  }
  return ok({ type: 'FeatureCollection', features });
}

function readRequiredFeatures(data: Uint8Array): string[] {
  const c = cursor(data);
  const required: string[] = [];
  while (c.at < c.end) {
    const [field, wire] = readKey(c);
    if (field === 4) required.push(readString(c));
    else skipField(c, wire);
  }
  return required;
}
