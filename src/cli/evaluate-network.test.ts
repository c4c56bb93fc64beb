/**
 * `evaluate --network` (issue 13) on the 4 × 3 UTM 50N fixture grid (main.test.ts explains it):
 *
 *   persons   col 0  1   2    3          a street along the centres of row 0, drawn in UTM 50N (EPSG:32650);
 *   row 0     10     20  30   nodata     one kindergarten at the centre of row 1, column 1, radius 250 m;
 *   row 1     40     50  60   70         one more 1.65 km east, off the network.
 *   row 2     80     90  100  110
 *
 * The kindergarten snaps 100 m north to the street; a cell in row 0 is then 100 + 100 × |Δcolumn| m away, a cell in
 * row 1 100 + 100 × |Δcolumn| + 100 and a cell in row 2 100 + 100 × |Δcolumn| + 200 (pixel centres are 99.8–100.3 m
 * apart). Within 250 m: row 0 columns 0–2 (10, 20, 30) and row 1 column 1 (50). District W (columns 0–1, 290
 * persons) has 10 + 20 + 50 = 80 covered = 27.5862%; E (column 2, 190) has 30 = 15.7895%. In a straight line the
 * same kindergarten reaches every cell within 250 m, among them row 1 columns 0 and 2 and row 2 column 1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createToWgs84, resolveCrs } from '../core/geo/crs';
import type { Results } from '../core/model/results';
import { runCli } from './main';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/cli/${name}`, import.meta.url));
const WEST = 240000;
const NORTH = 3388000;
const utm = resolveCrs('EPSG:32650');
if (!utm.ok) throw new Error('EPSG:32650');
const toWgs84 = createToWgs84(utm.value);
const centre = (row: number, column: number): [number, number] => [
  WEST + column * 100 + 50,
  NORTH - row * 100 - 50,
];

function kindergarten(id: string, [lon, lat]: [number, number]) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name: id, type: 'kindergarten', status: 'existing', area_m2: 500, radius_m: 250 },
  };
}

async function evaluate(
  extra: string[],
  outName = 'results.json',
): Promise<{ code: number; err: string[]; results: Results; out: string }> {
  const directory = mkdtempSync(join(tmpdir(), 'lifecircle-network-'));
  const facilities = join(directory, 'facilities.geojson');
  const street = join(directory, 'street-utm50n.geojson');
  const out = join(directory, outName);
  writeFileSync(
    facilities,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        kindergarten('k', toWgs84(...centre(1, 1))),
        kindergarten('far', toWgs84(WEST + 1650 + 50, NORTH - 150)),
      ],
    }),
  );
  writeFileSync(
    street,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { highway: 'residential' },
          geometry: { type: 'LineString', coordinates: [0, 1, 2, 3].map((column) => centre(0, column)) },
        },
      ],
    }),
  );
  const err: string[] = [];
  const argv = [
    'evaluate',
    '--grid',
    fixture('grid-utm50n.tif'),
    '--districts',
    fixture('districts-wgs84.geojson'),
  ];
  argv.push(
    '--facilities',
    facilities,
    '--out',
    out,
    ...extra.map((arg) => (arg === 'STREET' ? street : arg)),
  );
  const code = await runCli(argv, { out: () => {}, err: (line) => err.push(line) });
  const json = code === 0 && outName.endsWith('.json');
  return {
    code,
    err,
    out,
    results: json ? (JSON.parse(readFileSync(out, 'utf8')) as Results) : ({} as Results),
  };
}

describe('evaluate --network', () => {
  it('gives network coverage with the same outputs, reprojecting the network from --network-crs', async () => {
    const { code, err, results } = await evaluate(['--network', 'STREET', '--network-crs', 'EPSG:32650']);
    expect(code).toBe(0);
    expect(results.method.distance).toBe('network');
    const coverage = Object.fromEntries(
      results.districts.map((district) => [district.id, district.coverage.kindergarten]),
    );
    expect(coverage.W?.coveredPopulation).toBeCloseTo(80, 4);
    expect(coverage.W?.percent).toBeCloseTo(27.5862, 3);
    expect(coverage.E?.coveredPopulation).toBeCloseTo(30, 4);
    expect(coverage.E?.percent).toBeCloseTo(15.7895, 3);
    expect(err).toContain(
      'lifecircle: note: 1 facilities are more than 300 m from the network and cover nothing: far',
    );
    // Every cell is within 200 m of the street: all of W and E on the network; the far kindergarten is flagged.
    expect(results.districts.map((district) => district.populationOnNetworkPercent)).toEqual([100, 100]);
    expect(results.totals.populationOnNetwork).toBeCloseTo(660, 4);
    expect(results.facilities?.map((facility) => [facility.id, facility.offNetwork ?? false])).toEqual([
      ['k', false],
      ['far', true],
    ]);

    const straight = await evaluate([]);
    expect(straight.results.method.distance).toBe('great-circle');
    expect(
      straight.results.districts.find((district) => district.id === 'W')?.coverage.kindergarten
        ?.coveredPopulation,
    ).toBeGreaterThan(80);
  });

  it('appends the population on the network to the CSV', async () => {
    const { code, out } = await evaluate(
      ['--network', 'STREET', '--network-crs', 'EPSG:32650'],
      'results.csv',
    );
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]?.endsWith(',population_on_network,population_on_network_percent')).toBe(true);
    expect(lines.map((line) => line.split(',').slice(-2).join(','))).toEqual([
      'population_on_network,population_on_network_percent',
      '290,100',
      '190,100',
      '180,100',
      '660,100',
    ]);
  });

  it('refuses a network that misses the grid (a wrong --network-crs) and --network-crs alone', async () => {
    const wrong = await evaluate(['--network', 'STREET']);
    expect(wrong.code).toBe(1);
    expect(wrong.err.join('\n')).toMatch(/coordinates-out-of-range|network-no-overlap/);
    expect((await evaluate(['--network-crs', 'EPSG:32650'])).code).toBe(2);
  });
});
