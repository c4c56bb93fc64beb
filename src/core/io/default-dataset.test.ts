import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { WUHAN_ADULTS_BY_OSM_DISTRICT } from '../../../test/wuhan-reference';
import { assignCellsToDistricts } from '../geo/assign-districts';
import type { Dataset } from '../model/dataset';
import {
  buildDefaultDataset,
  WUHAN_CENSUS_2020_TOTAL_PERSONS,
  WUHAN_TOTAL_POPULATION_SCALE,
  WUHAN_WORLDPOP_ADULTS_20PLUS_PERSONS,
} from './default-dataset';

function bytes(path: string): ArrayBuffer {
  const buffer = readFileSync(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

function sumsByDistrict(dataset: Dataset, layer: string): { byDistrict: number[]; outside: number } {
  const values = dataset.grid.layers[layer] as Float32Array;
  const byDistrict = new Array<number>(dataset.districts.length).fill(0);
  let outside = 0;
  dataset.districtOfCell.forEach((index, cell) => {
    if (index < 0) outside += values[cell] as number;
    else byDistrict[index] = (byDistrict[index] as number) + (values[cell] as number);
  });
  return { byDistrict, outside };
}

describe('buildDefaultDataset on the Wuhan files in data/', () => {
  let dataset: Dataset;
  const progress: [number, string][] = [];

  beforeAll(async () => {
    const result = await buildDefaultDataset(
      {
        adultsTiff: bytes('data/wuhan_worldpop_age20plus_100m.tif'),
        elderlyTiff: bytes('data/wuhan_worldpop_age60plus_100m.tif'),
        districtsGeoJson: readFileSync('data/wuhan_districts_osm_mapchina.geojson', 'utf8'),
      },
      (fraction, stage) => progress.push([fraction, stage]),
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    dataset = result.value;
  });

  it('has the 494,676 valid cells of data/README.md and its layer totals', () => {
    expect(dataset.grid.cellCount).toBe(494_676);
    const total = (layer: string) => (dataset.grid.layers[layer] as Float32Array).reduce((s, v) => s + v, 0);
    expect(total('adults20plus')).toBeCloseTo(9_491_334.4, -1);
    expect(total('elderly60plus')).toBeCloseTo(1_942_653.4, -1);
    // total = adults × 12,326,518 / 9,491,334, so it sums to the census figure (+0.4 × 1.2987).
    expect(total('total')).toBeCloseTo(12_326_518.5, -1);
    expect(dataset.grid.raster?.width).toBe(1662);
  });

  it('puts 9,484,851 adults (± 0.1%) inside the districts and counts the rest as outside', () => {
    const { byDistrict, outside } = sumsByDistrict(dataset, 'adults20plus');
    const inside = byDistrict.reduce((s, v) => s + v, 0);
    expect(Math.abs(inside - 9_484_851) / 9_484_851).toBeLessThan(0.001);
    // 9,491,334 − 9,484,851 = 6,483 persons on cells whose centre lies in no district.
    expect(outside).toBeGreaterThan(6_000);
    expect(outside).toBeLessThan(7_000);
    expect(inside + outside).toBeCloseTo(9_491_334.4, -1);
    expect(Array.from(dataset.districtOfCell).filter((index) => index === -1).length).toBeGreaterThan(0);
  });

  it('matches every district of data/README.md within 0.1% (in fact to the person)', () => {
    const { byDistrict } = sumsByDistrict(dataset, 'adults20plus');
    for (const [name, expected] of Object.entries(WUHAN_ADULTS_BY_OSM_DISTRICT)) {
      const index = dataset.districts.findIndex((d) => d.name === name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      expect(Math.abs((byDistrict[index] as number) - expected) / expected, name).toBeLessThan(0.001);
      expect(Math.abs((byDistrict[index] as number) - expected), name).toBeLessThan(1);
    }
  });

  it('assigns exactly as the point-in-polygon path does on the same cells', () => {
    const { raster: _raster, ...irregular } = dataset.grid;
    const pointInPolygonAnswer = assignCellsToDistricts(irregular, dataset.districts);
    // A counted loop: deep equality over 494,676 elements is needlessly slow in the test runner.
    let differences = 0;
    pointInPolygonAnswer.forEach((index, cell) => {
      if (index !== dataset.districtOfCell[cell]) differences++;
    });
    expect(differences).toBe(0);
  });

  it('carries the metadata of domain.md § Default dataset', () => {
    expect(dataset).toMatchObject({
      name: '武汉 Wuhan',
      residentLayer: 'total',
      elderlyLayer: 'elderly60plus',
      sourceCrs: 'EPSG:4326',
      estimate: { layer: 'total', sourceLayer: 'adults20plus', scale: WUHAN_TOTAL_POPULATION_SCALE },
    });
    // Independent facts from domain.md § Default dataset: 2020 census total 12,326,518; WorldPop 20+ 9,491,334.
    expect(WUHAN_CENSUS_2020_TOTAL_PERSONS).toBe(12_326_518);
    expect(WUHAN_WORLDPOP_ADULTS_20PLUS_PERSONS).toBe(9_491_334);
    expect(WUHAN_TOTAL_POPULATION_SCALE).toBeCloseTo(1.298713, 6);
    // The estimated residents layer adds up to the census total (to within a few persons of float32 rounding).
    const { byDistrict, outside } = sumsByDistrict(dataset, 'total');
    const residents = byDistrict.reduce((sum, value) => sum + value, outside);
    expect(Math.abs(residents - 12_326_518)).toBeLessThan(5);
    // Households (domain.md § Households): the census's 4,082,533 family households, i.e. residents ÷ 3.019, not
    // ÷ 2.47 (the family-household size, which would give 4.99 M, 22% too many).
    expect(dataset.householdSize).toBeCloseTo(12_326_518 / 4_082_533, 12);
    expect(dataset.householdBasis).toEqual({ residents: 12_326_518, familyHouseholds: 4_082_533 });
    const households = residents / dataset.householdSize;
    expect(Math.abs(households - 4_082_533) / 4_082_533).toBeLessThan(0.001);
    const hongshan = dataset.districts.find((d) => d.name === '洪山区');
    expect([hongshan?.id, hongshan?.nameEn]).toEqual(['420111', 'Hóngshān Qū']);
  });

  it('reports progress from 0 to 1, decoding before assigning', () => {
    expect(progress[0]).toEqual([0, 'decode']);
    expect(progress.at(-1)).toEqual([1, 'assign']);
    expect(progress.every(([f], i) => i === 0 || f >= (progress[i - 1]?.[0] as number))).toBe(true);
    const stages = progress.map(([, stage]) => stage);
    expect(stages.lastIndexOf('decode')).toBeLessThan(stages.indexOf('assign'));
  });

  it('fails with a coded error when a file is not a GeoTIFF', async () => {
    const result = await buildDefaultDataset({
      adultsTiff: new ArrayBuffer(8),
      elderlyTiff: new ArrayBuffer(8),
      districtsGeoJson: '{}',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('geotiff-unreadable');
  });
});
