/**
 * Properties of the fast answer against an independent brute force (every k-subset of the candidates, written here
 * and sharing no code with the search), and of the exact solver (HiGHS) against the same brute force.
 */
import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fiveByFiveDataset } from '../analysis/five-by-five.fixture';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import { pointInPolygon } from '../geo/point-in-polygon';
import type { CoverageSolver } from './exact-coverage';
import { createHighsCoverageSolver } from './highs-coverage-solver';
import { coveredBy, setCoverInstance } from './set-cover.fixture';
import { suggestSites } from './suggest-sites';

/** The best weight any `k` of `reaches` cover, by enumerating all k-subsets. */
function bruteForceOptimum(weights: number[], reaches: number[][], k: number): number {
  let best = 0;
  const chosen: number[] = [];
  const visit = (from: number) => {
    if (chosen.length === k || from === reaches.length) {
      best = Math.max(best, coveredBy(weights, reaches, chosen));
      return;
    }
    for (let j = from; j < reaches.length; j++) {
      chosen.push(j);
      visit(j + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}

const instances = fc
  .record({
    cells: fc.integer({ min: 1, max: 9 }),
    candidates: fc.integer({ min: 1, max: 8 }),
    k: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 90, maxLength: 90 }),
  })
  .map(({ cells, candidates, k, seed }) => {
    const weights = Array.from({ length: cells }, (_, i) => (seed[i] as number) % 50);
    const reaches = Array.from({ length: candidates }, (_, j) =>
      Array.from({ length: cells }, (_, i) => i).filter(
        (i) => ((seed[(j * 9 + i + 10) % 90] as number) & 3) === 0,
      ),
    );
    return { weights, reaches, k };
  });

let solver: CoverageSolver;
beforeAll(async () => {
  solver = createHighsCoverageSolver(await loadHighs());
});

describe('suggestSites against a brute force', () => {
  it('fast answer ≤ optimum, greedy ≥ (1 − 1/e) optimum, fast ≥ greedy; HiGHS = brute force', () => {
    fc.assert(
      fc.property(instances, ({ weights, reaches, k }) => {
        const instance = setCoverInstance(weights, reaches);
        const result = suggestSites({
          ...instance,
          type: 'station',
          radiusMeters: 1,
          objective: { kind: 'count', count: k },
          exact: { solver },
        });
        if (!result.ok) throw new Error(result.error.message);
        const outcome = result.value;
        const optimum = bruteForceOptimum(weights, reaches, k);
        const chosen = outcome.sites.map((site) => site.point);
        expect(coveredBy(weights, reaches, chosen)).toBe(outcome.coveredAfter);
        expect(outcome.coveredAfter).toBeLessThanOrEqual(optimum);
        expect(outcome.greedyCovered ?? 0).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum - 1e-9);
        expect(outcome.coveredAfter).toBeGreaterThanOrEqual(outcome.greedyCovered ?? 0);
        if (outcome.upperBound !== undefined)
          expect(outcome.upperBound).toBeGreaterThanOrEqual(optimum - 1e-6);
        const exact = outcome.exact;
        if (optimum === 0) return;
        expect(exact?.status).toBe('optimal');
        if (exact?.status !== 'optimal') return;
        expect(exact.optimum).toBeCloseTo(optimum, 6);
        expect(coveredBy(weights, reaches, exact.chosen)).toBe(optimum);
        expect(exact.gap).toBeCloseTo((optimum - outcome.coveredAfter) / optimum, 9);
      }),
      { numRuns: 150 },
    );
  });
});

describe('suggestSites constraints on the 5 × 5 fixture', () => {
  const dataset = fiveByFiveDataset();
  const metersBetween = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => {
    const dx = (a.lon - b.lon) * METERS_PER_DEGREE_LATITUDE * Math.cos((a.lat * Math.PI) / 180);
    const dy = (a.lat - b.lat) * METERS_PER_DEGREE_LATITUDE;
    return Math.hypot(dx, dy);
  };

  it('respects the minimum spacing and the exclusion polygons', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 60, max: 250 }),
        fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })),
        (count, spacing, radius, [west, south]) => {
          const box = { w: west * 0.0001, s: -0.00225 + south * 0.0001 };
          const exclusion = {
            type: 'Polygon' as const,
            coordinates: [
              [
                [box.w, box.s],
                [box.w + 0.002, box.s],
                [box.w + 0.002, box.s + 0.002],
                [box.w, box.s + 0.002],
                [box.w, box.s],
              ],
            ],
          };
          const result = suggestSites({
            dataset,
            type: 'station',
            radiusMeters: radius,
            minSpacingMeters: spacing,
            exclusions: [exclusion],
            objective: { kind: 'count', count },
          });
          if (!result.ok) {
            expect(result.error.code).toBe('suggest-no-candidates');
            return;
          }
          const sites = result.value.sites;
          for (const site of sites) expect(pointInPolygon(site.lon, site.lat, exclusion)).toBe(false);
          for (let a = 0; a < sites.length; a++) {
            for (let b = a + 1; b < sites.length; b++) {
              expect(metersBetween(sites[a] as never, sites[b] as never)).toBeGreaterThanOrEqual(
                spacing - 1e-6,
              );
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('with spacing, HiGHS (pair rows) finds the best spaced set of a brute force, and the fast answer stays below it', () => {
    const population = dataset.grid.layers.total as Float32Array;
    const cells = Array.from({ length: dataset.grid.cellCount }, (_, cell) => cell);
    const at = (cell: number) => ({
      lon: dataset.grid.lon[cell] as number,
      lat: dataset.grid.lat[cell] as number,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 101, max: 350 }),
        fc.integer({ min: 60, max: 160 }),
        (count, spacing, radius) => {
          const reach = cells.map((candidate) =>
            cells.filter((cell) => metersBetween(at(candidate), at(cell)) <= radius),
          );
          let best = 0;
          const chosen: number[] = [];
          const visit = (from: number) => {
            const covered = new Set(chosen.flatMap((candidate) => reach[candidate] as number[]));
            best = Math.max(
              best,
              [...covered].reduce((sum, cell) => sum + (population[cell] as number), 0),
            );
            if (chosen.length === count) return;
            for (let next = from; next < cells.length; next++) {
              if (chosen.some((other) => metersBetween(at(other), at(next)) < spacing)) continue;
              chosen.push(next);
              visit(next + 1);
              chosen.pop();
            }
          };
          visit(0);
          const result = suggestSites({
            dataset,
            type: 'station',
            radiusMeters: radius,
            minSpacingMeters: spacing,
            objective: { kind: 'count', count },
            exact: { solver },
          });
          if (!result.ok) throw new Error(result.error.message);
          const exact = result.value.exact;
          expect(exact?.status).toBe('optimal');
          if (exact?.status === 'optimal') expect(exact.optimum).toBeCloseTo(best, 3);
          expect(result.value.coveredAfter).toBeLessThanOrEqual(best + 1e-6);
        },
      ),
      { numRuns: 25 },
    );
  });
});
