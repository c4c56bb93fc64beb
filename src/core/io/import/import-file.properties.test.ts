/**
 * importFile never throws and never hangs, whatever the bytes (issue #5: "random bytes and random JSON never crash a
 * parser"): it returns a value, and a failure always has a code with a message in the table.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../messages/error-text';
import { importFile } from './import-file';
import type { ImportKind } from './import-types';
import { inspectFile } from './inspect-file';

const kinds: (ImportKind | undefined)[] = [undefined, 'districts', 'level', 'grid', 'facilities', 'scenario'];
const names = ['a.geojson', 'a.json', 'a.topojson', 'a.csv', 'a.zip', 'a.tif', 'a.bin'];

async function expectValue(name: string, bytes: Uint8Array, kind: ImportKind | undefined): Promise<void> {
  // A level needs its name; with one, the bytes reach the districts' readers through the level path.
  const options = kind === undefined ? {} : kind === 'level' ? { kind, levelName: '街道' } : { kind };
  const result = await importFile({ name, bytes }, options);
  if (!result.ok) {
    expect(result.error.code).toMatch(/^[a-z0-9-]+$/);
    expect(ERROR_MESSAGES['zh-CN'][result.error.code], result.error.code).toBeDefined();
  }
  const inspection = await inspectFile({ name, bytes });
  expect(typeof inspection.ok).toBe('boolean');
}

describe('importFile on random input', () => {
  it('returns a value for random bytes under any name and kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom(...names),
        fc.constantFrom(...kinds),
        (bytes, name, kind) => expectValue(name, bytes, kind),
      ),
      { numRuns: 300 },
    );
  });

  it('returns a value for random bytes behind real magic numbers (TIFF, zip, shapefile)', async () => {
    const prefixes = [
      [0x49, 0x49, 0x2a, 0x00],
      [0x4d, 0x4d, 0x00, 0x2a],
      [0x50, 0x4b, 0x03, 0x04],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(...kinds),
        (prefix, rest, kind) => expectValue('a.bin', new Uint8Array([...prefix, ...rest]), kind),
      ),
      { numRuns: 200 },
    );
  });

  it('returns a value for zips holding random .shp and .dbf bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }),
        async (shp, dbf) => {
          const header = new Uint8Array(100);
          new DataView(header.buffer).setInt32(0, 9994);
          new DataView(header.buffer).setInt32(24, (100 + shp.length) / 2);
          const zip = zipSync({ 'a.shp': new Uint8Array([...header, ...shp]), 'a.dbf': dbf });
          await expectValue('a.zip', zip, 'districts');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns a value for random JSON, GeoJSON-shaped JSON and random CSV text', async () => {
    const geometry = fc.record({
      type: fc.constantFrom('Point', 'Polygon', 'MultiPolygon', 'LineString', 'GeometryCollection', 'Nope'),
      coordinates: fc.jsonValue({ maxDepth: 5 }),
    });
    const geojson = fc.record({
      type: fc.constantFrom('FeatureCollection', 'Feature', 'Topology'),
      features: fc.array(
        fc.record({ type: fc.constant('Feature'), properties: fc.jsonValue({ maxDepth: 2 }), geometry }),
        { maxLength: 4 },
      ),
      objects: fc.jsonValue({ maxDepth: 3 }),
      arcs: fc.jsonValue({ maxDepth: 3 }),
      lifecircle: fc.jsonValue({ maxDepth: 3 }),
    });
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue({ maxDepth: 6 }), geojson),
        fc.constantFrom(...names.slice(0, 3)),
        fc.constantFrom(...kinds),
        (json, name, kind) => expectValue(name, encoder.encode(JSON.stringify(json) ?? 'null'), kind),
      ),
      { numRuns: 300 },
    );
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.double().map(String),
      fc.constant('89a8100c603ffff'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom(...kinds),
        (rows, kind) =>
          expectValue(
            'a.csv',
            encoder.encode(['lon,lat,population', ...rows.map((row) => row.join(','))].join('\n')),
            kind,
          ),
      ),
      { numRuns: 200 },
    );
  });
});
