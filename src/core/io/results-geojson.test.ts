import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { District } from '../model/district';
import type { DistrictResult, Results } from '../model/results';
import { resultsToGeoJson } from './results-geojson';

/** A unit square, counter-clockwise (signed area +1); reversed it is clockwise. */
const SQUARE_CCW = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const HOLE_CCW = [
  [0.25, 0.25],
  [0.75, 0.25],
  [0.75, 0.75],
  [0.25, 0.75],
  [0.25, 0.25],
];

function district(id: string, name: string, geometry: Polygon): District {
  return { id, name, geometry };
}

function result(id: string, name: string, overrides: Partial<DistrictResult> = {}): DistrictResult {
  return {
    id,
    name,
    population: 1000,
    households: 400,
    facilityAreaSquareMeters: 120,
    areaPer100Households: 30,
    coverage: { kindergarten: { coveredPopulation: 250, percent: 25 } },
    sfcaPer100Households: { kindergarten: 12.5 },
    indicators: [{ id: 'area', value: 30, threshold: 30, unit: 'm2/100hh', pass: true }],
    ...overrides,
  };
}

const results: Results = {
  method: { coverage: 'centroid', householdSize: 2.5, distance: 'great-circle', layer: 'total' },
  districts: [
    result('A', '甲区', { deficitSquareMeters: 0 }),
    // 0 households: the ratio is not finite and must become null, not NaN or Infinity.
    result('B', '乙区', { households: 0, areaPer100Households: Number.POSITIVE_INFINITY }),
    result('Z', '无边界区'),
  ],
  totals: { population: 3000, populationOutsideDistricts: 50, coverage: {} },
};

describe('resultsToGeoJson', () => {
  const districts = [
    // Outer ring clockwise and hole counter-clockwise: both wrong for RFC 7946, both must be reversed.
    district('A', '甲区', { type: 'Polygon', coordinates: [[...SQUARE_CCW].reverse(), HOLE_CCW] }),
    district('B', '乙区', { type: 'Polygon', coordinates: [SQUARE_CCW] }),
  ];
  const geojson = resultsToGeoJson(results, districts);

  it('one feature per result with a district, in results order, id = district id', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.id)).toEqual(['A', 'B']);
    expect(geojson.lifecircle).toEqual({
      format: 'lifecircle-results',
      version: 1,
      method: results.method,
      totals: results.totals,
    });
  });

  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946 § 3.1.6)', () => {
    const [a, b] = geojson.features;
    expect((a?.geometry as Polygon | undefined)?.coordinates).toEqual([SQUARE_CCW, [...HOLE_CCW].reverse()]);
    expect((b?.geometry as Polygon | undefined)?.coordinates).toEqual([SQUARE_CCW]);
    // The input is not modified.
    expect(districts[0]?.geometry.coordinates[0]).toEqual([...SQUARE_CCW].reverse());
  });

  it('names the properties as the CSV columns and writes non-finite figures as null', () => {
    expect(geojson.features[0]?.properties).toEqual({
      district_id: 'A',
      district_name: '甲区',
      population: 1000,
      households: 400,
      facility_area_m2: 120,
      area_m2_per_100_households: 30,
      deficit_m2: 0,
      covered_population_kindergarten: 250,
      coverage_percent_kindergarten: 25,
      sfca_m2_per_100_households_kindergarten: 12.5,
      indicator_area_value: 30,
      indicator_area_threshold: 30,
      indicator_area_pass: true,
    });
    expect(geojson.features[1]?.properties.area_m2_per_100_households).toBeNull();
    expect(geojson.features[1]?.properties.deficit_m2).toBeNull();
    expect(JSON.parse(JSON.stringify(geojson))).toEqual(geojson);
  });

  it('adds the roll-up of a row that has one, named as the CSV columns', () => {
    const withRollUp = resultsToGeoJson(
      {
        ...results,
        districts: [
          result('A', '甲区', {
            rollUp: {
              levelId: 'h3-r8',
              unitCount: 3,
              indicators: {
                area: {
                  unitsJudged: 3,
                  unitsMeeting: 2,
                  percentOfUnits: 200 / 3,
                  populationJudged: 900,
                  populationMeeting: 450,
                  percentOfPopulation: 50,
                },
              },
              unitsWithFacility: { kindergarten: 2 },
            },
          }),
          result('B', '乙区'),
        ],
      },
      districts,
    );
    expect(withRollUp.features[0]?.properties).toMatchObject({
      rollup_level: 'h3-r8',
      rollup_units: 3,
      rollup_area_units_judged: 3,
      rollup_area_units_meeting: 2,
      rollup_area_percent_of_units: 200 / 3,
      rollup_area_percent_of_population: 50,
      rollup_units_with_kindergarten: 2,
    });
    expect(
      Object.keys(withRollUp.features[1]?.properties ?? {}).some((key) => key.startsWith('rollup_')),
    ).toBe(false);
  });
});
