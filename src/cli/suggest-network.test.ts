/**
 * `suggest --network` on the 4 × 3 UTM 50N fixture grid with a street along the centres of row 0 (as in
 * evaluate-network.test.ts): a site's catchment is walked along the street, so the search runs on the network
 * provider without a second optimiser.
 *
 *   persons   col 0  1   2    3          One kindergarten at 250 m. A site at a row-0 centre snaps 0 m; a cell in row r
 *   row 0     10     20  30   nodata     is 100 r m off the street, so cell (r, c') is 100·|c − c'| + 100·r m away.
 *   row 1     40     50  60   70         From (r0,c2): row 0 columns 0–2 (10, 20, 30), row 1 columns 1–3 (50, 60,
 *   row 2     80     90  100  110        70), row 2 column 2 (100) = 340, the best (from (r0,c1): 300; a row-1 site
 *                                        snaps 100 m: (r1,c1) 10 + 20 + 30 + 50 = 110). In a straight line (r1,c1)
 * reaches every cell (the farthest, (r2,c3), is 224 m away): 660.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './main';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/cli/${name}`, import.meta.url));
const WEST = 240000;
const NORTH = 3388000;
const centre = (row: number, column: number): [number, number] => [
  WEST + column * 100 + 50,
  NORTH - row * 100 - 50,
];

async function suggest(extra: string[]) {
  const directory = mkdtempSync(join(tmpdir(), 'lifecircle-suggest-network-'));
  const street = join(directory, 'street-utm50n.geojson');
  const out = join(directory, 'suggested.geojson');
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
  const lines: string[] = [];
  const argv = [
    'suggest',
    '--grid',
    fixture('grid-utm50n.tif'),
    '--districts',
    fixture('districts-wgs84.geojson'),
  ];
  argv.push('--type', 'kindergarten', '--radius-m', '250', '--count', '1', '--out', out);
  argv.push(...extra.map((arg) => (arg === 'STREET' ? street : arg)));
  const code = await runCli(argv, { out: (line) => lines.push(line), err: () => {} });
  const features = code === 0 ? (JSON.parse(readFileSync(out, 'utf8')).features as unknown[]) : [];
  return { code, summary: lines[0] ?? '', features };
}

describe('suggest --network', () => {
  it('places the site where the walked catchment holds most people (340, not 660 as the crow flies)', async () => {
    const walked = await suggest(['--network', 'STREET', '--network-crs', 'EPSG:32650']);
    expect(walked.code).toBe(0);
    expect(walked.summary).toMatch(
      /1 sites added \(walking-network catchments\); covered population 0 → 340 of 660/,
    );
    const straight = await suggest([]);
    expect(straight.summary).toMatch(/1 sites added; covered population 0 → 660 of 660/);
  });
});
