import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import type { FeatureCollection, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { dbfFile, type Shape, shpFile } from '../../test/fixtures/import/shapefile-writer';
import type { DistrictResult, Results } from '../core/model/results';
import { runCli } from './main';

/*
 * Fixtures (test/fixtures/cli/make-fixtures.ts): a 4 × 3 raster of 100 m pixels in UTM 50N near Wuhan,
 *
 *   persons   col 0  1   2    3        district W = columns 0–1 (10+20+40+50+80+90 = 290)
 *   row 0     10     20  30   nodata   district E = column 2    (30+60+100 = 190)
 *   row 1     40     50  60   70       outside    = column 3    (70+110 = 180); total 660
 *   row 2     80     90  100  110
 *
 * Facilities at pixel centres: k1 kindergarten (row 1, col 1) 500 m², r 120 m; k2 kindergarten (row 0, col 0)
 * 300 m², r 50 m; n1 nursing home (row 1, col 3) 8000 m², r 120 m. Neighbouring centres are 99.8–100.3 m apart
 * (great circle), diagonals 141.4 m, so a 120 m catchment holds the cell and its 4 edge neighbours, 50 m only the cell.
 *
 * Household size 2.62 (default): H_W = 290 / 2.62 = 110.687, H_E = 190 / 2.62 = 72.519.
 * Kindergarten coverage: k1 reaches 50, 20, 90, 40 (W) and 60 (E); k2 reaches 10 (W) → W 210 = 72.4138 %,
 *   E 60 = 31.5789 %. Nursing home: n1 reaches 70, 110 (outside) and 60 (E) → E 60 = 31.5789 %, W 0.
 * Facility area: no rule set names area types, so the column counts none (issue 12: only the types a rule set's
 *   m² per 100 households indicator names): W = E = 0 m², 0 per 100 households.
 * 2SFCA kindergarten: R_k1 = 500 / (260 / 2.62), R_k2 = 300 / (10 / 2.62). Σ h_i A_i over W = 300 + 500 × 200/260
 *   = 684.615 → 100 × 684.615 / 110.687 = 618.5146; over E = 500 × 60/260 = 115.385 → 159.1093.
 *   Nursing home over E: 8000 × 60/240 = 2000 → 100 × 2000 / 72.519 = 2757.8947.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/cli/${name}`, import.meta.url));
const TIFF = fixture('grid-utm50n.tif');
const DISTRICTS = fixture('districts-wgs84.geojson');
const FACILITIES = fixture('facilities.geojson');

let workDirectory = '';
beforeAll(() => {
  workDirectory = mkdtempSync(join(tmpdir(), 'lifecircle-cli-'));
});

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

async function evaluate(extra: string[], inputs: Partial<Record<string, string>> = {}): Promise<Results> {
  const outPath = join(workDirectory, `results-${Math.random().toString(36).slice(2)}.json`);
  const argv = [
    'evaluate',
    ...['--grid', inputs.grid ?? TIFF, '--districts', inputs.districts ?? DISTRICTS],
    ...['--facilities', inputs.facilities ?? FACILITIES, '--out', outPath, ...extra],
  ];
  const result = await run(argv);
  expect(result.err.filter((line) => !line.startsWith('lifecircle: note:'))).toEqual([]);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(outPath, 'utf8')) as Results;
}

function district(results: Results, id: string): DistrictResult {
  const found = results.districts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no district ${id}`);
  return found;
}

function expectHandCountedFigures(results: Results): void {
  const west = district(results, 'W');
  const east = district(results, 'E');
  expect(west.name).toBe('西区');
  expect(west.population).toBeCloseTo(290, 4);
  expect(east.population).toBeCloseTo(190, 4);
  expect(results.totals.population).toBeCloseTo(660, 4);
  expect(results.totals.populationOutsideDistricts).toBeCloseTo(180, 4);
  expect(west.households).toBeCloseTo(290 / 2.62, 4);
  expect(west.coverage.kindergarten).toEqual({
    coveredPopulation: expect.closeTo(210, 4),
    percent: expect.closeTo(72.4138, 3),
  });
  expect(east.coverage.kindergarten?.coveredPopulation).toBeCloseTo(60, 4);
  expect(east.coverage.kindergarten?.percent).toBeCloseTo(31.5789, 3);
  expect(east.coverage.nursing_home?.coveredPopulation).toBeCloseTo(60, 4);
  expect(west.coverage.nursing_home?.coveredPopulation).toBe(0);
  expect(west.facilityAreaSquareMeters).toBe(0);
  expect(east.facilityAreaSquareMeters).toBe(0);
  expect(west.areaPer100Households).toBe(0);
  expect(west.sfcaPer100Households.kindergarten).toBeCloseTo(618.5146, 3);
  expect(east.sfcaPer100Households.kindergarten).toBeCloseTo(159.1093, 3);
  expect(east.sfcaPer100Households.nursing_home).toBeCloseTo(2757.8947, 3);
}

describe('lifecircle evaluate', () => {
  it('evaluates a UTM 50N GeoTIFF to the hand-counted figures', async () => {
    const results = await evaluate([]);
    expect(results.method).toMatchObject({ coverage: 'centroid', householdSize: 2.62, layer: 'total' });
    expectHandCountedFigures(results);
  });

  it('gives the same figures from CSV grids (UTM x/y with --grid-crs, and lon/lat with Chinese headers)', async () => {
    expectHandCountedFigures(
      await evaluate(['--grid-crs', 'EPSG:32650'], { grid: fixture('grid-utm50n.csv') }),
    );
    expectHandCountedFigures(await evaluate([], { grid: fixture('grid-lonlat.csv') }));
  });

  it('converts GCJ-02 districts to WGS 84 before use', async () => {
    // Read as WGS 84, the GCJ-02 polygons sit ~500 m east-south-east and miss the 400 × 300 m grid entirely.
    const gcj02 = fixture('districts-gcj02.geojson');
    const unconverted = await run([
      ...['evaluate', '--grid', TIFF, '--districts', gcj02, '--facilities', FACILITIES],
      ...['--out', join(workDirectory, 'unconverted.json')],
    ]);
    expect(unconverted.code).toBe(1);
    expect(unconverted.err[0]).toMatch(/\[no-overlap\]$/);
    expectHandCountedFigures(
      await evaluate(['--districts-crs', 'gcj02'], { districts: fixture('districts-gcj02.geojson') }),
    );
  });

  it('judges a rule set and honours --household-size, --layer and --precise', async () => {
    const results = await evaluate([
      ...['--rule-set', 'national-2021-2025', '--household-size', '2.5', '--layer', 'adults', '--precise'],
    ]);
    expect(results.method).toMatchObject({ coverage: 'area-weighted', householdSize: 2.5, layer: 'adults' });
    const west = district(results, 'W');
    expect(west.households).toBeCloseTo(116, 4);
    // The rule set counts community-service types only: none here, so 0 m² against ≥ 30, deficit 30 × 116 / 100.
    expect(west.indicators[0]).toMatchObject({ value: 0, threshold: 30, pass: false });
    expect(west.indicators[0]?.deficitSquareMeters).toBeCloseTo(34.8, 6);
  });

  it('reads districts from a zipped Shapefile through the import path: same hand-counted figures', async () => {
    const geojson = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as FeatureCollection<Polygon>;
    // Shapefile outer rings are clockwise.
    const shapes: Shape[] = geojson.features.map((feature) => ({
      type: 'polygon',
      rings: feature.geometry.coordinates.map((ring) => [...ring].reverse()),
    }));
    const zipPath = join(workDirectory, 'districts.zip');
    writeFileSync(
      zipPath,
      zipSync({
        'districts.shp': shpFile(shapes),
        'districts.dbf': dbfFile([
          { name: 'id', values: geojson.features.map((feature) => String(feature.id)) },
          { name: 'name', values: geojson.features.map((feature) => String(feature.properties?.name)) },
        ]),
        'districts.cpg': new TextEncoder().encode('UTF-8'),
      }),
    );
    expectHandCountedFigures(await evaluate(['--name-field', 'name'], { districts: zipPath }));
  });

  it('writes the district results as GeoJSON polygons through the app writer', async () => {
    const outPath = join(workDirectory, 'results.geojson');
    const result = await run([
      ...['evaluate', '--grid', TIFF, '--districts', DISTRICTS, '--facilities', FACILITIES, '--out', outPath],
    ]);
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(outPath, 'utf8'));
    expect(written.lifecircle.format).toBe('lifecircle-results');
    expect(written.features.map((feature: { id: string }) => feature.id)).toEqual(['W', 'E']);
    expect(written.features[0].properties.population).toBeCloseTo(290, 4);
    expect(written.features[1].properties.population).toBeCloseTo(190, 4);
    expect(written.features[0].geometry.type).toBe('Polygon');
  });

  it('writes CSV with a BOM and one row per district', async () => {
    const outPath = join(workDirectory, 'results.csv');
    const result = await run([
      ...['evaluate', '--grid', TIFF, '--districts', DISTRICTS, '--facilities', FACILITIES, '--out', outPath],
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      `wrote ${outPath}: 2 districts, population 660 (180 outside districts), centroid coverage`,
    ]);
    const lines = readFileSync(outPath, 'utf8').split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFdistrict_id,district_name,population,households,')).toBe(true);
    expect(lines[1]?.startsWith('W,西区,290,110.69,0,0,')).toBe(true);
    expect(lines[2]?.startsWith('E,东区,190,72.52,0,0,')).toBe(true);
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      '\uFEFFdistrict_id',
      'W',
      'E',
      'outside',
      'total',
      '',
    ]);
  });
});

describe('lifecircle evaluate on bad input', () => {
  function write(name: string, content: string): string {
    const path = join(workDirectory, name);
    writeFileSync(path, content);
    return path;
  }

  async function failure(extra: string[], inputs: Partial<Record<string, string>> = {}): Promise<Run> {
    const argv = [
      'evaluate',
      ...['--grid', inputs.grid ?? TIFF, '--districts', inputs.districts ?? DISTRICTS],
      ...[
        '--facilities',
        inputs.facilities ?? FACILITIES,
        '--out',
        inputs.out ?? join(workDirectory, 'x.json'),
      ],
      ...extra,
    ];
    const result = await run(argv);
    expect(result.err).toHaveLength(1);
    expect(result.out).toEqual([]);
    return result;
  }

  it('names a missing file', async () => {
    const missing = join(workDirectory, 'nope.geojson');
    const result = await failure([], { districts: missing });
    expect(result).toMatchObject({
      code: 1,
      err: [`lifecircle: ${missing}: file not found [file-not-found]`],
    });
  });

  it('names malformed JSON', async () => {
    const broken = write('broken.geojson', '{"type": "FeatureCollection", "features": [');
    const result = await failure([], { districts: broken });
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(
      new RegExp(
        `^lifecircle: ${broken}: The file is not valid JSON \\(.+\\); it may be truncated\\. \\[json-malformed\\]$`,
      ),
    );
  });

  it('names an unknown or unsupported CRS', async () => {
    const unknown = await failure(['--districts-crs', 'mars']);
    expect(unknown).toMatchObject({
      code: 1,
      err: [`lifecircle: ${DISTRICTS}: Unknown coordinate system "mars" [crs-unknown]`],
    });
    const unsupported = await failure(['--grid-crs', 'EPSG:2385']);
    expect(unsupported.err[0]).toMatch(
      new RegExp(`^lifecircle: ${TIFF}: Unsupported coordinate system EPSG:2385 .*\\[crs-unsupported\\]$`),
    );
  });

  it('refuses lon/lat districts declared as a projected CRS, and districts that miss the grid', async () => {
    const projected = await failure(['--districts-crs', 'EPSG:4547']);
    expect(projected.err[0]).toMatch(
      /outside the range of CGCS2000 \/ 3-degree Gauss-Kruger CM 114E; is the coordinate system right\? \[coordinates-out-of-range\]$/,
    );
    const saoPaulo = await failure([], { grid: fixture('spo_hexgrid.csv') });
    expect(saoPaulo.err[0]).toBe(
      `lifecircle: ${DISTRICTS}: no population of the grid lies inside any district (wrong --districts-crs or --grid-crs?) [no-overlap]`,
    );
  });

  it('names bad facilities and bad grid values', async () => {
    const facilities = JSON.parse(readFileSync(FACILITIES, 'utf8'));
    facilities.features[1].properties.area_m2 = -8000;
    const badFacilities = write('bad-facilities.geojson', JSON.stringify(facilities));
    const result = await failure([], { facilities: badFacilities });
    expect(result.err[0]).toBe(
      `lifecircle: ${badFacilities}: feature 2 ("养老院"): area_m2 must be a floor area in m² ≥ 0 [facilities-area]`,
    );
    const negative = write('negative.csv', 'lon,lat,population\n114.29,30.595,5\n114.291,30.595,-2\n');
    const grid = await failure([], { grid: negative });
    expect(grid.err[0]).toBe(
      `lifecircle: ${negative}: data row 2: negative value -2 in column population [csv-negative-value]`,
    );
    const notTiff = write('not-a.tif', 'hello');
    const tiff = await failure([], { grid: notTiff });
    expect(tiff.err[0]).toMatch(new RegExp(`^lifecircle: ${notTiff}: .*\\[geotiff-unreadable\\]$`));
  });

  it('names an unwritable output and bad usage (exit 2)', async () => {
    const out = join(workDirectory, 'no-such-folder', 'r.json');
    const unwritable = await failure([], { out });
    expect(unwritable.err[0]).toBe(
      `lifecircle: ${out}: cannot write the output file (ENOENT) [output-unwritable]`,
    );
    expect(await failure(['--rule-set', 'nope'])).toMatchObject({ code: 2 });
    expect(await run(['evaluate', '--grid', TIFF])).toMatchObject({
      code: 2,
      err: ['lifecircle: missing --districts [usage]'],
    });
    expect(await run(['frobnicate'])).toMatchObject({ code: 2 });
  });
});

describe('lifecircle as a process', () => {
  const execFileAsync = promisify(execFile);
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));

  it('exits 0 on success and non-zero with one stderr line on bad input', async () => {
    const outPath = join(workDirectory, 'process.json');
    const success = await execFileAsync(tsx, [
      main,
      'evaluate',
      '--grid',
      TIFF,
      '--districts',
      DISTRICTS,
      '--facilities',
      FACILITIES,
      '--out',
      outPath,
    ]);
    expect(success.stdout).toContain('wrote');
    expect(JSON.parse(readFileSync(outPath, 'utf8')).districts).toHaveLength(2);
    const missing = join(workDirectory, 'missing.tif');
    const failed = await execFileAsync(tsx, [
      main,
      'evaluate',
      '--grid',
      missing,
      '--districts',
      DISTRICTS,
      '--facilities',
      FACILITIES,
      '--out',
      outPath,
    ]).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(`lifecircle: ${missing}: file not found [file-not-found]\n`);
  });
});
