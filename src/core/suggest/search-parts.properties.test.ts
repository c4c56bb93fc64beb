/**
 * Properties of the hand-written parts of the search, each against a brute force written here: the candidate index
 * (bucket grid) lists exactly the candidates within a distance, and the swap pass ends at a set no single
 * replacement improves (the lazy bounds and the greedy heap it takes over must not hide a better swap).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import { createCandidateIndex } from './candidate-index';
import type { CandidateSet } from './candidates';
import { addSite, coveredWeight, createCoverSearch } from './cover-search';
import { runLazyGreedy } from './lazy-greedy';
import { createStopPoll } from './stop-poll';
import { runSwapPass } from './swap-pass';

function candidateSet(points: [number, number][]): CandidateSet {
  return {
    count: points.length,
    lon: Float64Array.from(points, (point) => point[0]),
    lat: Float64Array.from(points, (point) => point[1]),
    cell: new Int32Array(points.length).fill(-1),
    point: Int32Array.from(points, (_, k) => k),
  };
}

describe('createCandidateIndex', () => {
  it('lists exactly the candidates strictly closer than the distance (local plane at the query)', () => {
    const point = fc.tuple(
      fc.double({ min: 114, max: 114.05, noNaN: true }),
      fc.double({ min: 30, max: 30.05, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 200 }),
        point,
        fc.double({ min: 0, max: 4000, noNaN: true }),
        (points, [x, y], meters) => {
          const within = createCandidateIndex(candidateSet(points));
          const found: number[] = [];
          within(x, y, meters, (c) => found.push(c));
          const metersPerDegreeLon = METERS_PER_DEGREE_LATITUDE * Math.cos((y * Math.PI) / 180);
          const expected = points.flatMap(([lon, lat], c) => {
            const dx = (lon - x) * metersPerDegreeLon;
            const dy = (lat - y) * METERS_PER_DEGREE_LATITUDE;
            return dx * dx + dy * dy < meters * meters ? [c] : [];
          });
          expect(found.sort((a, b) => a - b)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('runSwapPass', () => {
  it('ends where no single replacement covers more (checked over every site × candidate pair)', () => {
    const instance = fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 24 }),
      candidates: fc.integer({ min: 2, max: 14 }),
      count: fc.integer({ min: 1, max: 4 }),
      seed: fc.array(fc.integer({ min: 0, max: 1 << 20 }), { minLength: 14, maxLength: 14 }),
    });
    fc.assert(
      fc.property(instance, ({ weights, candidates, count, seed }) => {
        const cells = weights.length;
        // Candidate j reaches a window of cells [start, start + length) on a line of cells.
        const windows = Array.from({ length: candidates }, (_, j) => {
          const value = seed[j] as number;
          const start = value % cells;
          return [start, Math.min(cells, start + 1 + ((value >> 8) % 5))] as [number, number];
        });
        const runStart = Int32Array.from({ length: candidates + 1 }, (_, j) => j);
        const runs = Int32Array.from(windows.flat());
        const weight = Float64Array.from(weights);
        const search = createCoverSearch(weight, { runStart, runs }, candidates, null);
        const poll = createStopPoll(undefined);
        const greedy = runLazyGreedy(search, { maxSites: count, allowZeroGain: true, poll });
        if (!greedy) throw new Error('stopped');
        const sites = [...greedy.picks];
        // Candidates on a line 0.001° apart; extents large enough that every catchment may overlap every other.
        const set = candidateSet(windows.map((_, j) => [114 + 0.001 * j, 30]));
        const extents = new Float64Array(candidates).fill(1e6);
        const swap = runSwapPass(search, sites, set, createCandidateIndex(set), extents, poll, greedy.heap);
        expect(swap).not.toBeNull();
        const value = (chosen: number[]) => {
          const covered = new Set<number>();
          for (const j of chosen)
            for (let cell = windows[j]?.[0] ?? 0; cell < (windows[j]?.[1] ?? 0); cell++) covered.add(cell);
          let total = 0;
          for (const cell of covered) total += weights[cell] as number;
          return total;
        };
        const final = value(sites);
        expect(coveredWeight(search)).toBe(final);
        for (let index = 0; index < sites.length; index++) {
          for (let c = 0; c < candidates; c++) {
            if (sites.includes(c)) continue;
            const replaced = sites.map((site, k) => (k === index ? c : site));
            expect(value(replaced)).toBeLessThanOrEqual(final);
          }
        }
        // The search state matches a fresh search of the final sites.
        const fresh = createCoverSearch(weight, { runStart, runs }, candidates, null);
        for (const site of sites) addSite(fresh, site);
        expect(Array.from(search.residual)).toEqual(Array.from(fresh.residual));
      }),
      { numRuns: 300 },
    );
  });
});
