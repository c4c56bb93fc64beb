import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../../geo/gcj02';
import { importBatch, inspectFiles } from './import-batch';
import { importFile } from './import-file';
import type { ImportedLevel } from './import-types';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const blobOf = (bytes: Uint8Array) => ({
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.slice().buffer,
});

/** A counter-clockwise lon/lat rectangle ring. */
const ring = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** Two 街道 of the small test grid's area (west and east halves), with name, code and parent properties. */
function twoUnits(map: (lon: number, lat: number) => [number, number] = (lon, lat) => [lon, lat]) {
  const feature = (name: string, code: string, rectangle: number[][]) => ({
    type: 'Feature',
    properties: { 名称: name, code, parent: '420102' },
    geometry: {
      type: 'Polygon',
      coordinates: [rectangle.map(([lon, lat]) => map(lon as number, lat as number))],
    },
  });
  return {
    type: 'FeatureCollection',
    features: [
      feature('西街道', '420102001', ring(114, 30, 114.002, 30.004)),
      feature('东街道', '420102002', ring(114.002, 30.002, 114.004, 30.004)),
    ],
  };
}

/** The first [lon, lat] of a Polygon's or MultiPolygon's coordinates. */
function firstVertex(coordinates: unknown): [number, number] {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  if (!Array.isArray(value)) throw new Error('no coordinates');
  return [value[0] as number, value[1] as number];
}

async function importLevelFile(name: string, bytes: Uint8Array, options: Record<string, unknown>) {
  const read = await importFile({ name, bytes }, { kind: 'level', ...options });
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message}`);
  if (read.value.kind !== 'level') throw new Error(`imported as ${read.value.kind}`);
  return read.value as ImportedLevel;
}

describe('a unit level imported through the one import path', () => {
  it('reads two units with their name, code and parent fields, under the level name the planner gave', async () => {
    const level = await importLevelFile('jiedao.geojson', encode(twoUnits()), {
      levelName: ' 街道 ',
      nameField: '名称',
      codeField: 'code',
      parentField: 'parent',
    });
    expect(level.levelName).toBe('街道');
    expect(level.levelId).toBe('import:街道');
    expect(level.units.map((unit) => [unit.id, unit.name, unit.parentId])).toEqual([
      ['420102001', '西街道', '420102'],
      ['420102002', '东街道', '420102'],
    ]);
    expect(level.units[1]?.geometry.coordinates[0]).toEqual(ring(114.002, 30.002, 114.004, 30.004));
  });

  it('the inspection offers the level as a kind and suggests the file name, the name, code and parent fields', async () => {
    const bytes = encode(twoUnits());
    const [inspected] = await inspectFiles([{ name: 'jiedao.geojson', blob: blobOf(bytes) }]);
    if (!inspected?.ok) throw new Error('inspection failed');
    expect(inspected.value.kinds).toEqual(['districts', 'level', 'grid']);
    expect(inspected.value.suggested).toMatchObject({
      levelName: 'jiedao',
      nameField: '名称',
      codeField: 'code',
      parentField: 'parent',
    });
  });

  it('converts a GCJ-02 level to WGS 84: each vertex comes back where it was before the offset (±0.000001°)', async () => {
    const gcj = twoUnits(wgs84ToGcj02);
    // The file's coordinates are a few hundred metres from WGS 84 (the GCJ-02 offset in Wuhan is ~500 m).
    const [shiftedLon, shiftedLat] = firstVertex(gcj.features[0]?.geometry.coordinates);
    const offsetMeters = Math.hypot(
      (shiftedLon - 114) * 111_320 * Math.cos((30 * Math.PI) / 180),
      (shiftedLat - 30) * 111_320,
    );
    expect(offsetMeters).toBeGreaterThan(100);
    expect(offsetMeters).toBeLessThan(1000);
    const level = await importLevelFile('gcj.geojson', encode(gcj), { levelName: '街道', crs: 'gcj02' });
    expect(level.crsId).toBe('gcj02');
    const vertices = level.units.flatMap((unit) => unit.geometry.coordinates[0] as number[][]);
    const expected = [...ring(114, 30, 114.002, 30.004), ...ring(114.002, 30.002, 114.004, 30.004)];
    expect(vertices).toHaveLength(10);
    vertices.forEach(([lon, lat], index) => {
      expect(lon).toBeCloseTo(expected[index]?.[0] as number, 6);
      expect(lat).toBeCloseTo(expected[index]?.[1] as number, 6);
    });
  });

  it('reads the real Wuhan districts as a zipped Shapefile in EPSG:4547, within 1 cm of the GeoJSON they came from', async () => {
    const root = join(import.meta.dirname, '../../../..');
    const zip = new Uint8Array(readFileSync(join(root, 'test/fixtures/levels/wuhan-districts-epsg4547.zip')));
    const level = await importLevelFile('wuhan-districts-epsg4547.zip', zip, {
      levelName: '区（OSM）',
      nameField: 'Name_Count',
      codeField: 'Code_Count',
      parentField: 'Code_Perfe',
    });
    expect(level.crsId).toBe('EPSG:4547');
    const original = JSON.parse(
      readFileSync(join(root, 'data/wuhan_districts_osm_mapchina.geojson'), 'utf8'),
    ) as { features: { properties: Record<string, string>; geometry: { coordinates: unknown } }[] };
    expect(level.units).toHaveLength(13);
    expect(level.units.map((unit) => [unit.id, unit.name, unit.parentId])).toEqual(
      original.features.map((feature) => [
        feature.properties.Code_County,
        feature.properties.Name_County,
        feature.properties.Code_Perfecture,
      ]),
    );
    // Caidian's first vertex: 1 cm is 9e-8° of latitude; the fixture rounds eastings and northings to 1 mm.
    const vertex = firstVertex(level.units[0]?.geometry.coordinates);
    const source = firstVertex(original.features[0]?.geometry.coordinates);
    expect(Math.abs(vertex[0] - source[0])).toBeLessThan(1e-7);
    expect(Math.abs(vertex[1] - source[1])).toBeLessThan(1e-7);
  });
});

describe('bad level files are refused with their codes', () => {
  it('a level without a name: level-name-missing', async () => {
    const read = await importFile(
      { name: 'jiedao.geojson', bytes: encode(twoUnits()) },
      { kind: 'level', levelName: '  ' },
    );
    expect(read.ok ? 'ok' : read.error.code).toBe('level-name-missing');
  });

  it('points instead of polygons: districts-not-polygon, as for districts', async () => {
    const points = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [114, 30] } },
      ],
    };
    const read = await importFile(
      { name: 'points.geojson', bytes: encode(points) },
      { kind: 'level', levelName: '街道' },
    );
    expect(read.ok ? 'ok' : read.error.code).toBe('districts-not-polygon');
  });

  it('a code field with a repeated value: districts-duplicate-id', async () => {
    const read = await importFile(
      { name: 'jiedao.geojson', bytes: encode(twoUnits()) },
      { kind: 'level', levelName: '街道', codeField: 'parent' },
    );
    expect(read.ok ? 'ok' : read.error.code).toBe('districts-duplicate-id');
  });

  it('two files of one batch under the same level name: level-name-duplicate naming the second file', async () => {
    const bytes = encode(twoUnits());
    const request = (name: string) => ({
      file: { name, blob: blobOf(bytes) },
      options: { kind: 'level' as const, levelName: '街道' },
    });
    const outcome = await importBatch([request('a.geojson'), request('b.geojson')]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.fileName).toBe('b.geojson');
      expect(outcome.failure.error.code).toBe('level-name-duplicate');
    }
  });
});
