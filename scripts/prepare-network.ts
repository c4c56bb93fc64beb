/**
 * Prepares the default walking network: reads the OpenStreetMap street network of central Wuhan
 * (`../shared/data/wuhan/wuhan_streets_osm.geojson.gz`, ODbL, © OpenStreetMap contributors), builds the canonical
 * graph of domain.md § Walking-network distance (core/network/network-geojson.ts) and writes it in the format of
 * core/network/network-file.ts to `data/wuhan-streets.lcnet`, then decodes the file again and checks that it gives
 * the same arrays.
 *
 * Run: `npx tsx scripts/prepare-network.ts [input.geojson[.gz]] [output.lcnet]`
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeNetworkFile, encodeNetworkFile } from '../src/core/network/network-file';
import { networkFromGeoJson } from '../src/core/network/network-geojson';
import type { StreetNetwork } from '../src/core/network/street-network';

const input =
  process.argv[2] ??
  new URL('../../shared/data/wuhan/wuhan_streets_osm.geojson.gz', import.meta.url).pathname;
const output = process.argv[3] ?? new URL('../data/wuhan-streets.lcnet', import.meta.url).pathname;

function sameArrays(a: StreetNetwork, b: StreetNetwork): boolean {
  const fields = ['lonE7', 'latE7', 'offsets', 'targets', 'lengthsMeters'] as const;
  return fields.every((field) => {
    const x = a[field];
    const y = b[field];
    return x.length === y.length && x.every((value, index) => Object.is(value, y[index]));
  });
}

const raw = readFileSync(input);
const text = (input.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
const built = networkFromGeoJson(JSON.parse(text));
if (!built.ok) throw new Error(`${built.error.code}: ${built.error.message}`);
const network = built.value;
const bytes = encodeNetworkFile(network);
const decoded = decodeNetworkFile(bytes);
if (!decoded.ok || !sameArrays(network, decoded.value))
  throw new Error('the file does not decode to the same network');
writeFileSync(output, bytes);
console.log(
  JSON.stringify({
    output,
    nodes: network.nodeCount,
    edges: network.edgeCount,
    largestComponentShare: network.largestComponentShare,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }),
);
