import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { District } from '../model/district';
import type { Result } from '../model/result';
import { parseDistrictsGeoJson } from './districts';

function square(west: number, south: number, size: number): number[][][] {
  return [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ];
}

function feature(properties: Record<string, unknown>, geometry: unknown, id?: unknown) {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), properties, geometry };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function expectOk(result: Result<District[]>): District[] {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('parseDistrictsGeoJson on the default Wuhan districts', () => {
  const json = JSON.parse(readFileSync('data/wuhan_districts_osm_mapchina.geojson', 'utf8'));

  it('finds 13 districts named by Name_County, with Code_County ids and Pinyin English names', () => {
    const districts = expectOk(parseDistrictsGeoJson(json));
    expect(districts).toHaveLength(13);
    const hongshan = districts.find((d) => d.name === '洪山区');
    expect([hongshan?.id, hongshan?.nameEn, hongshan?.geometry.type]).toEqual([
      '420111',
      'Hóngshān Qū',
      'Polygon',
    ]);
    expect(districts.find((d) => d.name === '新洲区')?.geometry.type).toBe('MultiPolygon');
    expect(new Set(districts.map((d) => d.id)).size).toBe(13);
  });
});

describe('parseDistrictsGeoJson field detection', () => {
  it('detects a Chinese 名称 field, closes open rings and drops z values', () => {
    const open = [
      [
        [114, 30, 12],
        [114.1, 30],
        [114.1, 30.1],
        [114, 30.1],
      ],
    ];
    const districts = expectOk(
      parseDistrictsGeoJson(
        collection(
          feature({ 名称: '江岸区' }, { type: 'Polygon', coordinates: open }),
          feature({ 名称: '江汉区' }, { type: 'Polygon', coordinates: square(114.2, 30, 0.1) }),
        ),
      ),
    );
    expect(districts.map((d) => [d.id, d.name])).toEqual([
      ['江岸区', '江岸区'],
      ['江汉区', '江汉区'],
    ]);
    expect(districts[0]?.geometry.coordinates).toEqual([
      [
        [114, 30],
        [114.1, 30],
        [114.1, 30.1],
        [114, 30.1],
        [114, 30],
      ],
    ]);
  });

  it('uses feature ids when present and unique (AMap style: id "420102", property "name")', () => {
    const districts = expectOk(
      parseDistrictsGeoJson(
        collection(
          feature(
            { name: '江岸区', childNum: 1 },
            { type: 'Polygon', coordinates: square(114, 30, 0.1) },
            '420102',
          ),
          feature(
            { name: '江汉区', childNum: 1 },
            { type: 'Polygon', coordinates: square(114.2, 30, 0.1) },
            420103,
          ),
        ),
      ),
    );
    expect(districts.map((d) => d.id)).toEqual(['420102', '420103']);
  });

  it('falls back to 1, 2, … when names repeat and no id is given', () => {
    const polygon = { type: 'Polygon', coordinates: square(114, 30, 0.1) };
    const districts = expectOk(
      parseDistrictsGeoJson(collection(feature({ NAME: 'A' }, polygon), feature({ NAME: 'A' }, polygon))),
    );
    expect(districts.map((d) => d.id)).toEqual(['1', '2']);
  });

  it('skips a code field whose values repeat and uses the unique names instead', () => {
    const polygon = { type: 'Polygon', coordinates: square(114, 30, 0.1) };
    const file = collection(
      feature({ NAME: 'A', code: '9' }, polygon),
      feature({ NAME: 'B', code: '9' }, polygon),
    );
    expect(expectOk(parseDistrictsGeoJson(file)).map((d) => d.id)).toEqual(['A', 'B']);
  });

  it('honours nameField, idField and a per-district household size', () => {
    const polygon = { type: 'Polygon', coordinates: square(114, 30, 0.1) };
    const districts = expectOk(
      parseDistrictsGeoJson(
        collection(feature({ label: 'X', code: 7, household_size: 2.9, name: 'ignored' }, polygon)),
        {
          nameField: 'label',
          idField: 'code',
        },
      ),
    );
    expect(districts[0]).toMatchObject({ id: '7', name: 'X', householdSize: 2.9 });
  });

  it('accepts JSON text and a single Feature', () => {
    const single = feature({ name: 'A' }, { type: 'Polygon', coordinates: square(114, 30, 0.1) });
    expect(expectOk(parseDistrictsGeoJson(JSON.stringify(single)))).toHaveLength(1);
  });

  it('converts vertices with toWgs84 before checking they are lon/lat', () => {
    const metres = { type: 'Polygon', coordinates: square(500_000, 3_400_000, 1000) };
    const file = collection(feature({ name: 'A' }, metres));
    expect(codeOf(parseDistrictsGeoJson(file))).toBe('districts-not-lonlat');
    const toWgs84 = (x: number, y: number): [number, number] => [x / 1e4 + 64, y / 1e5 - 4];
    const districts = expectOk(parseDistrictsGeoJson(file, { toWgs84 }));
    const [lon, lat] = (districts[0]?.geometry.coordinates[0]?.[2] ?? []) as number[];
    expect(lon).toBeCloseTo(114.1, 9);
    expect(lat).toBeCloseTo(30.01, 9);
  });
});

describe('parseDistrictsGeoJson errors', () => {
  const polygon = { type: 'Polygon', coordinates: square(114, 30, 0.1) };

  it('gives a stable code for each kind of bad file', () => {
    expect(codeOf(parseDistrictsGeoJson('{ not json'))).toBe('districts-invalid-json');
    expect(codeOf(parseDistrictsGeoJson([1, 2]))).toBe('districts-not-geojson');
    expect(codeOf(parseDistrictsGeoJson({ type: 'Topology', objects: {} }))).toBe('districts-topojson');
    expect(codeOf(parseDistrictsGeoJson(collection()))).toBe('districts-empty');
    expect(codeOf(parseDistrictsGeoJson(collection(feature({ name: 'A' }, null))))).toBe(
      'districts-missing-geometry',
    );
    const point = { type: 'Point', coordinates: [114, 30] };
    expect(codeOf(parseDistrictsGeoJson(collection(feature({ name: 'A' }, point))))).toBe(
      'districts-not-polygon',
    );
    const short = {
      type: 'Polygon',
      coordinates: [
        [
          [114, 30],
          [114.1, 30],
          [114, 30],
        ],
      ],
    };
    expect(codeOf(parseDistrictsGeoJson(collection(feature({ name: 'A' }, short))))).toBe(
      'districts-bad-geometry',
    );
    const text = {
      type: 'Polygon',
      coordinates: [
        [
          ['114', 30],
          [114.1, 30],
          [114.1, 30.1],
          ['114', 30],
        ],
      ],
    };
    expect(codeOf(parseDistrictsGeoJson(collection(feature({ name: 'A' }, text))))).toBe(
      'districts-bad-geometry',
    );
  });

  it('lists the available properties when no name field is found', () => {
    const result = parseDistrictsGeoJson(collection(feature({ pop: 5, area: 2 }, polygon)));
    expect(codeOf(result)).toBe('districts-no-name-field');
    expect(result.ok ? '' : result.error.message).toContain('pop, area');
  });

  it('names the feature whose name or id is missing, and refuses duplicate ids', () => {
    const missingName = parseDistrictsGeoJson(
      collection(feature({ n: 'A' }, polygon), feature({}, polygon)),
      {
        nameField: 'n',
      },
    );
    expect(missingName.ok ? '' : missingName.error.message).toContain('Feature 2');
    const file = collection(
      feature({ name: 'A', code: '1' }, polygon),
      feature({ name: 'B', code: '1' }, polygon),
    );
    expect(codeOf(parseDistrictsGeoJson(file, { idField: 'code' }))).toBe('districts-duplicate-id');
    expect(codeOf(parseDistrictsGeoJson(file, { idField: 'missing' }))).toBe('districts-id-missing');
  });
});
