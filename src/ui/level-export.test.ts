import { unzipSync } from 'fflate';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DistrictResult, Results } from '../core/model/results';
import type { DatasetSummary, UnitsGeoJson } from '../core/session/dataset-summary';
import { resultsExportFile } from './level-export';

function square(west: number): Polygon {
  const ring = [
    [west, 30],
    [west + 0.5, 30],
    [west + 0.5, 30.5],
    [west, 30.5],
    [west, 30],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

function polygons(units: [string, string, number][]): UnitsGeoJson {
  return {
    type: 'FeatureCollection',
    features: units.map(([id, name, west]) => ({
      type: 'Feature',
      id,
      properties: { id, name },
      geometry: square(west),
    })),
  };
}

/** Only what the exports read: the districts' and the levels' polygons. */
const SUMMARY: DatasetSummary = {
  ...({} as DatasetSummary),
  districtsGeoJson: polygons([['d1', '江汉区', 114]]),
  levels: [
    {
      id: 'h3-r8',
      name: 'H3 hexagons',
      generated: true,
      unitCount: 2,
      geoJson: polygons([
        ['8831aa', 'hex A', 114],
        ['8831ab', 'hex B', 114.5],
      ]),
    },
  ],
};

function row(id: string, population: number, covered: number): DistrictResult {
  return {
    id,
    name: id,
    population,
    households: population / 2.5,
    facilityAreaSquareMeters: 0,
    areaPer100Households: 0,
    coverage: { kindergarten: { coveredPopulation: covered, percent: (100 * covered) / population } },
    sfcaPer100Households: {},
    indicators: [],
  };
}

/** 1,000 persons in the district; the two hexagons hold 600 (all covered) and 300 (none covered). */
const RESULTS: Results = {
  method: { coverage: 'centroid', householdSize: 2.5, distance: 'great-circle', layer: 'total' },
  districts: [row('d1', 1000, 600)],
  levels: [
    {
      id: 'h3-r8',
      name: 'H3 hexagons',
      generated: true,
      units: [row('8831aa', 600, 600), row('8831ab', 300, 0)],
    },
  ],
  totals: {
    population: 1000,
    populationOutsideDistricts: 0,
    coverage: { kindergarten: { coveredPopulation: 600, percent: 60 } },
  },
};

const DAY = new Date(2026, 0, 5, 12, 0);
const ZH = { districtResults: '各区结果', results: '结果' };
const EN = { districtResults: 'district-results', results: 'results' };

function exportOf(kind: 'csv' | 'geojson' | 'all-levels', levelId: string, words = ZH) {
  return resultsExportFile(
    kind,
    { results: RESULTS, summary: SUMMARY, levelId, scenarioName: '方案 1' },
    words,
    DAY,
  );
}

describe('resultsExportFile', () => {
  it("names the hexagon level's CSV after the level and writes one row per hexagon", () => {
    const file = exportOf('csv', 'h3-r8');
    expect(file?.fileName).toBe('方案 1-结果-hexagons-2026-01-05.csv');
    expect(file?.type).toBe('text/csv');
    const lines = String(file?.content).split('\r\n');
    expect(lines.slice(1, 5)).toEqual([
      // 600 / 2.5 = 240 households, 600 of 600 covered = 100%.
      '8831aa,8831aa,600,240,0,0,,600,100',
      '8831ab,8831ab,300,120,0,0,,0,0',
      // 1,000 − 900 = 100 persons in no hexagon, 40 households.
      'outside,outside units 单元外,100,40,,,,,',
      // Households 240 + 120 + 40 = 400.
      'total,total 合计,1000,400,0,0,,600,60',
    ]);
  });

  it("keeps the districts' file name and writes the districts at the districts level", () => {
    const file = exportOf('geojson', 'districts');
    expect(file?.fileName).toBe('方案 1-各区结果-2026-01-05.geojson');
    const features = JSON.parse(file?.content as string).features;
    expect(features.map((feature: { id: string }) => feature.id)).toEqual(['d1']);
  });

  it("writes the hexagons' GeoJSON with their polygons, named in English", () => {
    const file = exportOf('geojson', 'h3-r8', EN);
    expect(file?.fileName).toBe('方案 1-results-hexagons-2026-01-05.geojson');
    const features = JSON.parse(file?.content as string).features;
    expect(
      features.map((feature: { properties: { population: number } }) => feature.properties.population),
    ).toEqual([600, 300]);
    expect(features[1].geometry.coordinates[0][0]).toEqual([114.5, 30]);
  });

  it('zips every level: the districts and the hexagons, CSV and GeoJSON each', () => {
    const file = exportOf('all-levels', 'h3-r8', EN);
    expect(file?.fileName).toBe('方案 1-results-all-levels-2026-01-05.zip');
    expect(file?.type).toBe('application/zip');
    expect(Object.keys(unzipSync(file?.content as Uint8Array))).toEqual([
      'districts.csv',
      'districts.geojson',
      'hexagons.csv',
      'hexagons.geojson',
    ]);
  });

  it('is null for a level the dataset lacks', () => {
    expect(exportOf('csv', 'communities')).toBeNull();
  });
});
