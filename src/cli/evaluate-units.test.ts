/**
 * `evaluate --units` (issue 12) on the CLI fixture grid (test/fixtures/cli, main.test.ts has the table):
 *
 *   persons   col 0  1   2    3
 *   row 0     10     20  30   nodata     unit "north" = row 0, all columns: 60 persons
 *   row 1     40     50  60   70         unit "south" = rows 1–2, columns 0–2: 420 persons
 *   row 2     80     90  100  110        column 3 of rows 1–2 (180 persons) lies in no unit
 *
 * k1 kindergarten (row 1, col 1, 120 m) reaches 20 (north) and 50 + 90 + 40 + 60 = 240 (south); k2 (row 0, col 0,
 * 50 m) reaches 10 (north). n1 nursing home (row 1, col 3, 120 m) reaches 60 of south; it lies in no unit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../core/analysis/engine';
import { assignCellsToDistricts } from '../core/geo/assign-districts';
import { parseFacilitiesGeoJson } from '../core/io/facilities-geojson';
import { importFile } from '../core/io/import/import-file';
import type { Dataset } from '../core/model/dataset';
import type { District } from '../core/model/district';
import type { Results } from '../core/model/results';
import { facilityTypeIdOf } from '../core/rules/facility-presets';
import { levelOutPath } from './evaluate';
import { runCli } from './main';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/cli/${name}`, import.meta.url));
const TIFF = fixture('grid-utm50n.tif');
const DISTRICTS = fixture('districts-wgs84.geojson');
const FACILITIES = fixture('facilities.geojson');

function box(name: string, west: number, south: number, east: number, north: number) {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Feature', properties: { 名称: name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

let directory = '';
let unitsPath = '';
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'lifecircle-units-'));
  unitsPath = join(directory, 'rows.geojson');
  // Row centres lie near 30.5959, 30.5950 and 30.5941; column 2's centre near 114.2910, column 3's near 114.2921.
  const units = {
    type: 'FeatureCollection',
    features: [
      box('north', 114.288, 30.59545, 114.293, 30.597),
      box('south', 114.288, 30.593, 114.2915, 30.59545),
    ],
  };
  writeFileSync(unitsPath, JSON.stringify(units));
});

async function cli(extra: string[], out: string): Promise<number> {
  const argv = ['evaluate', '--grid', TIFF, '--districts', DISTRICTS, '--facilities', FACILITIES];
  return runCli([...argv, '--units', unitsPath, '--units-name-field', '名称', ...extra, '--out', out], {
    out: () => {},
    err: () => {},
  });
}

/** The app's path on the same files: the import path for each file, the engine, no CLI code. */
async function appResults(): Promise<Results> {
  const read = async (path: string, options: Parameters<typeof importFile>[1]) => {
    const imported = await importFile({ name: path, bytes: new Uint8Array(readFileSync(path)) }, options);
    if (!imported.ok) throw new Error(imported.error.message);
    return imported.value;
  };
  const grid = await read(TIFF, { kind: 'grid', layerId: 'total' });
  const districts = await read(DISTRICTS, { kind: 'districts' });
  const units = await read(unitsPath, { kind: 'districts', nameField: '名称' });
  if (grid.kind !== 'grid' || districts.kind !== 'districts' || units.kind !== 'districts')
    throw new Error('kind');
  const unitList: District[] = units.districts;
  const dataset: Dataset = {
    id: 'app',
    name: 'app',
    grid: grid.grid,
    districts: districts.districts,
    districtOfCell: assignCellsToDistricts(grid.grid, districts.districts),
    householdSize: 2.62,
    residentLayer: 'total',
    sourceCrs: grid.crsId,
    levels: [
      {
        id: 'rows',
        name: 'rows.geojson',
        units: unitList,
        unitOfCell: assignCellsToDistricts(grid.grid, unitList),
      },
    ],
  };
  const engine = createEngine(dataset, { ruleSetId: null, householdSize: 2.62 });
  if (!engine.ok) throw new Error(engine.error.message);
  const facilities = parseFacilitiesGeoJson(JSON.parse(readFileSync(FACILITIES, 'utf8')), {
    typeIdOf: facilityTypeIdOf,
  });
  if (!facilities.ok) throw new Error(facilities.error.message);
  engine.value.setFacilities(facilities.value);
  return engine.value.results();
}

describe('lifecircle evaluate --units', () => {
  it('writes levels with the hand-counted figures, equal to the app engine on the same files', async () => {
    const out = join(directory, 'results.json');
    expect(await cli([], out)).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    const level = results.levels?.[0];
    expect([level?.id, level?.name]).toEqual(['rows', 'rows.geojson']);
    const [north, south] = level?.units ?? [];
    expect([north?.name, north?.population, south?.name, south?.population]).toEqual([
      'north',
      60,
      'south',
      420,
    ]);
    expect(north?.coverage.kindergarten?.coveredPopulation).toBe(30);
    expect(south?.coverage.kindergarten?.coveredPopulation).toBe(240);
    expect(south?.coverage.kindergarten?.percent).toBeCloseTo((100 * 240) / 420, 9);
    expect(south?.coverage.nursing_home?.coveredPopulation).toBe(60);
    expect([north?.facilityCount, south?.facilityCount]).toEqual([1, 1]);
    // The same numbers as the app's engine, field for field.
    expect(results.levels).toEqual((await appResults()).levels);
  });

  it('writes one CSV per level beside --out, and refuses a units option without --units', async () => {
    const out = join(directory, 'results.csv');
    expect(await cli([], out)).toBe(0);
    const lines = readFileSync(levelOutPath(out, 'rows'), 'utf8').split('\r\n');
    expect(lines[1]?.startsWith('north,north,60,')).toBe(true);
    expect(lines[2]?.startsWith('south,south,420,')).toBe(true);
    const code = await runCli(
      [
        'evaluate',
        '--grid',
        TIFF,
        '--districts',
        DISTRICTS,
        '--facilities',
        FACILITIES,
        '--units-crs',
        'gcj02',
      ],
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(2);
  });
});
