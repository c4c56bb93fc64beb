import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { networkFromGeoJson } from './network-geojson';
import { isWalkableWay, walkableLinesFromPbf } from './osm-pbf';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/real');

describe('OpenStreetMap .osm.pbf', () => {
  it('gives the São Paulo extract the same canonical network as its osmium-derived GeoJSON', () => {
    const lines = walkableLinesFromPbf(new Uint8Array(readFileSync(join(fixtures, 'spo_osm.pbf'))));
    if (!lines.ok) throw new Error(lines.error.message);
    // shared/data/README.md: 5,572 LineStrings kept by osmium with the same filter (area=yes squares are polygons).
    expect(lines.value.features).toHaveLength(5572);
    const geojson = JSON.parse(
      gunzipSync(readFileSync(join(fixtures, 'spo_walk_network_osm.geojson.gz'))).toString('utf8'),
    );
    const fromPbf = networkFromGeoJson(lines.value);
    const fromGeoJson = networkFromGeoJson(geojson);
    if (!(fromPbf.ok && fromGeoJson.ok)) throw new Error('network');
    expect(fromPbf.value.nodeCount).toBe(27_116);
    expect(fromPbf.value).toEqual(fromGeoJson.value);
  });

  it('refuses bytes that are not OSM PBF', () => {
    const codeOf = (bytes: Uint8Array) => {
      const read = walkableLinesFromPbf(bytes);
      return read.ok ? 'ok' : read.error.code;
    };
    expect(codeOf(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toBe('network-pbf-invalid');
    expect(codeOf(new Uint8Array(0))).toBe('network-pbf-invalid');
    const real = new Uint8Array(readFileSync(join(fixtures, 'spo_osm.pbf')));
    expect(codeOf(real.subarray(0, 5000))).toBe('network-pbf-invalid');
  });

  it('keeps the ways people may walk on', () => {
    const walkable = (tags: Record<string, string>) => isWalkableWay(new Map(Object.entries(tags)));
    expect(walkable({ highway: 'residential' })).toBe(true);
    expect(walkable({ highway: 'footway' })).toBe(true);
    expect(walkable({ highway: 'motorway' })).toBe(false);
    expect(walkable({ highway: 'construction' })).toBe(false);
    expect(walkable({ building: 'yes' })).toBe(false);
    expect(walkable({ highway: 'primary', foot: 'no' })).toBe(false);
    expect(walkable({ highway: 'service', access: 'private' })).toBe(false);
    expect(walkable({ highway: 'service', access: 'private', foot: 'yes' })).toBe(true);
  });
});
