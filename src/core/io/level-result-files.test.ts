import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { District } from '../model/district';
import type { DistrictResult, Results } from '../model/results';
import { allLevelsZip, levelFileTag, levelResultsText } from './level-result-files';
import { resultsToCsv } from './results-csv';

function square(west: number, south: number): District['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + 0.5, south],
        [west + 0.5, south + 0.5],
        [west, south + 0.5],
        [west, south],
      ],
    ],
  };
}

function unit(id: string, name: string, population: number, areaSquareMeters: number, covered: number) {
  const households = population / 2.5;
  return {
    id,
    name,
    population,
    households,
    facilityAreaSquareMeters: areaSquareMeters,
    areaPer100Households: (100 * areaSquareMeters) / households,
    coverage: { kindergarten: { coveredPopulation: covered, percent: (100 * covered) / population } },
    sfcaPer100Households: {},
    indicators: [],
  } satisfies DistrictResult;
}

/** One district of 1,000 persons; a generated level of two hexagons holding 600 and 300 of them (100 in neither). */
const RESULTS: Results = {
  method: { coverage: 'centroid', householdSize: 2.5, distance: 'great-circle', layer: 'total' },
  districts: [unit('d1', '江汉区', 1000, 300, 600)],
  levels: [
    {
      id: 'h3-r8',
      name: 'H3 hexagons',
      generated: true,
      units: [unit('8831aa', 'hex A', 600, 300, 600), unit('8831ab', 'hex B', 300, 0, 0)],
    },
  ],
  totals: {
    population: 1000,
    populationOutsideDistricts: 0,
    coverage: { kindergarten: { coveredPopulation: 600, percent: 60 } },
  },
};

const DISTRICTS: District[] = [{ id: 'd1', name: '江汉区', geometry: square(114, 30) }];
const HEXAGONS: District[] = [
  { id: '8831aa', name: 'hex A', geometry: square(114, 30) },
  { id: '8831ab', name: 'hex B', geometry: square(114.5, 30) },
];

describe('levelResultsText', () => {
  it('writes one CSV row per unit of the level, the residents in no unit as outside, and the totals', () => {
    const csv = levelResultsText(RESULTS, 'h3-r8', 'csv', HEXAGONS) as string;
    expect(csv.slice(1).split('\r\n')).toEqual([
      'district_id,district_name,population,households,facility_area_m2,area_m2_per_100_households,deficit_m2,' +
        'covered_population_kindergarten,coverage_percent_kindergarten',
      // 600 / 2.5 = 240 households; 100 × 300 / 240 = 125 m² per 100 households; 600 of 600 covered.
      '8831aa,hex A,600,240,300,125,,600,100',
      '8831ab,hex B,300,120,0,0,,0,0',
      // 1,000 − 600 − 300 = 100 persons in no hexagon, 100 / 2.5 = 40 households.
      'outside,outside units 单元外,100,40,,,,,',
      // Households 240 + 120 + 40 = 400; 100 × 300 / 400 = 75.
      'total,total 合计,1000,400,300,75,,600,60',
      '',
    ]);
  });

  it("writes one GeoJSON feature per unit with the unit's polygon and figures", () => {
    const geoJson = JSON.parse(levelResultsText(RESULTS, 'h3-r8', 'geojson', HEXAGONS) as string);
    expect(geoJson.features.map((feature: { id: string }) => feature.id)).toEqual(['8831aa', '8831ab']);
    expect(geoJson.features[1].properties.population).toBe(300);
    expect(geoJson.features[1].geometry.coordinates[0][1]).toEqual([115, 30]);
    expect(geoJson.lifecircle.totals.population).toBe(1000);
  });

  it("is the districts' own file for the districts, and null for a level the results lack", () => {
    expect(levelResultsText(RESULTS, 'districts', 'csv', DISTRICTS)).toBe(resultsToCsv(RESULTS));
    expect(levelResultsText(RESULTS, 'communities', 'csv', [])).toBeNull();
  });

  it('has one row per unit and an outside row of the persons in no unit, for any unit populations', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 12 }), (populations) => {
        const inUnits = populations.reduce((sum, persons) => sum + persons, 0);
        const results: Results = {
          ...RESULTS,
          levels: [
            {
              id: 'l',
              name: 'l',
              units: populations.map((persons, index) => unit(`u${index}`, `u${index}`, persons, 0, 0)),
            },
          ],
          totals: { ...RESULTS.totals, population: inUnits + 7 },
        };
        const lines = (levelResultsText(results, 'l', 'csv', []) as string).split('\r\n');
        expect(lines).toHaveLength(populations.length + 4);
        expect(lines[populations.length + 1]?.split(',')[2]).toBe('7');
      }),
    );
  });
});

describe('levelFileTag', () => {
  it('names the districts, generated units as hexagons, and other levels by an ASCII-safe id', () => {
    expect(levelFileTag({ id: 'districts' })).toBe('districts');
    expect(levelFileTag({ id: 'h3-r8', generated: true })).toBe('hexagons');
    expect(levelFileTag({ id: 'jiedao 街道/2020' })).toBe('jiedao_2020');
    expect(levelFileTag({ id: '街道' })).toBe('_');
  });
});

describe('allLevelsZip', () => {
  it("holds each level's CSV and GeoJSON under its tag, leaving out levels the results lack", () => {
    const zip = unzipSync(
      allLevelsZip(RESULTS, [
        { id: 'districts', name: '区', units: DISTRICTS },
        { id: 'h3-r8', name: 'H3', generated: true, units: HEXAGONS },
        { id: 'communities', name: '社区', units: [] },
      ]),
    );
    expect(Object.keys(zip)).toEqual([
      'districts.csv',
      'districts.geojson',
      'hexagons.csv',
      'hexagons.geojson',
    ]);
    expect(zip['hexagons.csv']).toEqual(strToU8(levelResultsText(RESULTS, 'h3-r8', 'csv', []) as string));
    expect(JSON.parse(strFromU8(zip['districts.geojson'] as Uint8Array)).features).toHaveLength(1);
  });

  it('gives a repeated tag a number', () => {
    const second = { id: 'h3-r9', name: 'H3 r9', generated: true, units: [] };
    const results: Results = { ...RESULTS, levels: [...(RESULTS.levels ?? []), { ...second, units: [] }] };
    const zip = unzipSync(
      allLevelsZip(results, [{ id: 'h3-r8', name: 'H3', generated: true, units: HEXAGONS }, second]),
    );
    expect(Object.keys(zip)).toEqual([
      'hexagons.csv',
      'hexagons.geojson',
      'hexagons-2.csv',
      'hexagons-2.geojson',
    ]);
  });
});
