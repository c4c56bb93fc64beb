import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../core/model/results';
import { runCli } from './main';

/*
 * The CLI fixture (test/fixtures/cli, see main.test.ts): a 4 × 3 raster of 100 m pixels near Wuhan,
 *
 *   persons   col 0  1   2    3        district W = columns 0–1, E = column 2, column 3 outside; total 660
 *   row 0     10     20  30   nodata
 *   row 1     40     50  60   70
 *   row 2     80     90  100  110
 *
 * Existing kindergartens: k1 (row 1, col 1) r 120 m reaches 50, 20, 90, 40, 60; k2 (row 0, col 0) r 50 m reaches 10:
 * 270 covered. New kindergartens at 120 m reach a cell and its 4 edge neighbours. Uncovered: 30, 70, 80, 100, 110.
 * Gains of one site: (r2,c3) 110 + 70 + 100 = 280; (r1,c2) 30 + 100 + 70 = 200; (r2,c2) 100 + 110 = 210;
 * (r1,c3) 70 + 110 = 180 → (r2,c3), 550 covered. A second: (r2,c0) +80 (30 is only worth 30) → 630.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/cli/${name}`, import.meta.url));
const TIFF = fixture('grid-utm50n.tif');
const DISTRICTS = fixture('districts-wgs84.geojson');
const FACILITIES = fixture('facilities.geojson');

let workDirectory = '';
beforeAll(() => {
  workDirectory = mkdtempSync(join(tmpdir(), 'lifecircle-suggest-'));
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

function outPath(name: string): string {
  return join(workDirectory, `${name}-${Math.random().toString(36).slice(2)}.geojson`);
}

const base = [
  'suggest',
  '--grid',
  TIFF,
  '--districts',
  DISTRICTS,
  '--type',
  'kindergarten',
  '--radius-m',
  '120',
];

interface OutFeature {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { name: string; type: string; status: string; rank?: number; added_population?: number };
}

function features(path: string): OutFeature[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { features: OutFeature[] }).features;
}

describe('lifecircle suggest', () => {
  it('adds the hand-worked site to the existing facilities and prints one summary line', async () => {
    const out = outPath('one');
    const result = await run([...base, '--facilities', FACILITIES, '--count', '1', '--out', out]);
    expect(result.err.filter((line) => !line.startsWith('lifecircle: note:'))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).toMatch(/1 sites added; covered population 270 → 550 of 660 \(40\.9% → 83\.3%\)/);
    expect(result.out[0]).toMatch(/\d+\.\d\d s$/);
    const written = features(out);
    expect(written.map((feature) => feature.id)).toEqual(['k1', 'n1', 'k2', 'suggested-1']);
    const added = written[3] as OutFeature;
    expect(added.properties).toMatchObject({
      name: 'Suggested Kindergarten 1',
      type: 'kindergarten',
      status: 'proposed',
      rank: 1,
      added_population: 280,
    });
  });

  it('round trip: evaluate --facilities reads the output and counts the new coverage', async () => {
    const out = outPath('two');
    const result = await run([...base, '--facilities', FACILITIES, '--count', '2', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/2 sites added; covered population 270 → 630 of 660/);
    expect(features(out).map((feature) => feature.properties.added_population)).toEqual([
      undefined,
      undefined,
      undefined,
      280,
      80,
    ]);
    const resultsPath = join(workDirectory, 'round-trip.json');
    const evaluated = await run([
      ...['evaluate', '--grid', TIFF, '--districts', DISTRICTS, '--facilities', out, '--out', resultsPath],
    ]);
    expect(evaluated.code).toBe(0);
    const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as Results;
    const coverage = (id: string) =>
      results.districts.find((district) => district.id === id)?.coverage.kindergarten;
    // W: every cell (290); E: 60 (k1) + 100 (new (r2,c3)) = 160, 30 stays uncovered.
    expect(coverage('W')?.coveredPopulation).toBeCloseTo(290, 4);
    expect(coverage('E')?.coveredPopulation).toBeCloseTo(160, 4);
  });

  it('reaches a coverage target: 90% of 660 = 594 needs two sites (550 < 594 ≤ 630)', async () => {
    const out = outPath('target');
    const result = await run([...base, '--facilities', FACILITIES, '--target-coverage', '90', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/2 sites added; covered population 270 → 630/);
  });

  it('with --exact, reports the optimum and the gap; without facilities, starts from nothing', async () => {
    const out = outPath('exact');
    const result = await run([...base, '--facilities', FACILITIES, '--count', '2', '--exact', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/optimum 630, gap 0\.00%/);
    const bare = await run([...base, '--count', '1', '--out', outPath('bare')]);
    expect(bare.code).toBe(0);
    expect(bare.out[0]).toMatch(/covered population 0 → /);
  });

  it('takes candidate points and exclusion polygons from files', async () => {
    const candidates = join(workDirectory, 'candidates.geojson');
    // Two planner's points at the centres of (r2,c0) and (r1,c2), from the fixture's lon/lat copy (row-major).
    const centres = readFileSync(fixture('grid-lonlat.csv'), 'utf8').trim().split('\n').slice(1);
    const centre = (row: number, column: number) =>
      (centres[row * 4 + column] as string).split(',').slice(0, 2).map(Number) as [number, number];
    const points = [centre(2, 0), centre(1, 2)];
    writeFileSync(
      candidates,
      JSON.stringify({
        type: 'FeatureCollection',
        features: points.map((coordinates) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates },
          properties: {},
        })),
      }),
    );
    const out = outPath('points');
    const result = await run([
      ...base,
      '--facilities',
      FACILITIES,
      '--count',
      '1',
      '--candidates',
      candidates,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    // (r1,c2) gains 30 + 100 + 70 = 200 over (r2,c0) 80.
    expect(features(out)[3]?.geometry.coordinates).toEqual(points[1]);
    const [lon, lat] = points[1] as [number, number];
    const exclude = join(workDirectory, 'exclude.geojson');
    const square = [
      [lon - 0.0002, lat - 0.0002],
      [lon + 0.0002, lat - 0.0002],
      [lon + 0.0002, lat + 0.0002],
      [lon - 0.0002, lat + 0.0002],
      [lon - 0.0002, lat - 0.0002],
    ];
    writeFileSync(
      exclude,
      JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] } }),
    );
    const excluded = outPath('excluded');
    const second = await run([
      ...[
        ...base,
        '--facilities',
        FACILITIES,
        '--count',
        '1',
        '--candidates',
        candidates,
        '--exclude',
        exclude,
      ],
      ...['--out', excluded],
    ]);
    expect(second.code).toBe(0);
    expect(features(excluded)[3]?.geometry.coordinates).toEqual(points[0]);
  });

  it('fails on bad input with one coded line (exit 1) and on bad usage (exit 2)', async () => {
    const missing = await run([
      ...base,
      '--facilities',
      'nowhere.geojson',
      '--count',
      '1',
      '--out',
      outPath('x'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toHaveLength(1);
    expect(missing.err[0]).toMatch(/^lifecircle: nowhere\.geojson: file not found \[file-not-found\]$/);
    const notPoints = await run([...base, '--candidates', DISTRICTS, '--count', '1', '--out', outPath('x')]);
    expect(notPoints.code).toBe(1);
    expect(notPoints.err[0]).toMatch(/expected a Point or MultiPoint \[geometry-type\]$/);
    const both = await run([...base, '--count', '1', '--target-coverage', '50', '--out', outPath('x')]);
    expect(both.code).toBe(2);
    expect(both.err[0]).toMatch(/exactly one of --count K and --target-coverage/);
    const noRadius = await run([
      'suggest',
      '--grid',
      TIFF,
      '--districts',
      DISTRICTS,
      '--type',
      'kiosk',
      '--count',
      '1',
      '--out',
      outPath('x'),
    ]);
    expect(noRadius.code).toBe(2);
    expect(noRadius.err[0]).toMatch(/--type kiosk is not a preset: give --radius-m \[usage\]$/);
    const badOut = await run([...base, '--count', '1', '--out', join(workDirectory, 'out.json')]);
    expect(badOut.code).toBe(2);
  });
});
