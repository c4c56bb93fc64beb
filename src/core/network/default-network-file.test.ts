/**
 * `data/wuhan-streets.lcnet` is the canonical network of `../shared/data/wuhan/wuhan_streets_osm.geojson.gz` under
 * today's rule: rebuilt from the source and compared array for array, so a change of the rule or of the builder that
 * is not followed by `npx tsx scripts/prepare-network.ts` fails here. The source lives only in ../shared: without it
 * the check is skipped with one printed line.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeNetworkFile } from './network-file';
import { networkFromGeoJson } from './network-geojson';

const repo = join(import.meta.dirname, '../../..');
const source = join(repo, '../shared/data/wuhan/wuhan_streets_osm.geojson.gz');
const hasSource = existsSync(source);
if (!hasSource) {
  console.warn(
    `default-network-file.test.ts: skipped the Wuhan rebuild — ${source} not present (it lives in ../shared).`,
  );
}

describe('the default network file', () => {
  const bytes = new Uint8Array(readFileSync(join(repo, 'data/wuhan-streets.lcnet')));

  it('decodes to the documented network (data/README.md)', () => {
    const decoded = decodeNetworkFile(bytes);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect([decoded.value.nodeCount, decoded.value.edgeCount]).toEqual([173_713, 183_287]);
    expect(decoded.value.largestComponentShare).toBeCloseTo(0.99721, 5);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'fded0fd1ef16159d63636856e2c4c1e435626036cbef1ba0458ec4221f0351d6',
    );
  });

  it.runIf(hasSource)(
    'equals the network built from the OpenStreetMap source',
    () => {
      const built = networkFromGeoJson(JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')));
      const decoded = decodeNetworkFile(bytes);
      if (!(built.ok && decoded.ok)) throw new Error('network');
      const { lonE7, latE7, offsets, targets, lengthsMeters, buckets, ...counts } = built.value;
      const { bucketStart, ...grid } = buckets;
      expect({
        ...decoded.value,
        lonE7: 0,
        latE7: 0,
        offsets: 0,
        targets: 0,
        lengthsMeters: 0,
        buckets: 0,
      }).toEqual({
        ...counts,
        lonE7: 0,
        latE7: 0,
        offsets: 0,
        targets: 0,
        lengthsMeters: 0,
        buckets: 0,
      });
      const { bucketStart: decodedStart, ...decodedGrid } = decoded.value.buckets;
      expect(decodedGrid).toEqual(grid);
      // Typed arrays compared as bytes: vitest's deep equality is slow on a million elements.
      const same = (a: ArrayBufferView, b: ArrayBufferView) =>
        Buffer.compare(
          Buffer.from(a.buffer, a.byteOffset, a.byteLength),
          Buffer.from(b.buffer, b.byteOffset, b.byteLength),
        ) === 0;
      const pairs: [ArrayBufferView, ArrayBufferView][] = [
        [decoded.value.lonE7, lonE7],
        [decoded.value.latE7, latE7],
        [decoded.value.offsets, offsets],
        [decoded.value.targets, targets],
        [decoded.value.lengthsMeters, lengthsMeters],
        [decodedStart, bucketStart],
      ];
      expect(pairs.map(([a, b]) => same(a, b))).toEqual([true, true, true, true, true, true]);
    },
    60_000,
  );
});
