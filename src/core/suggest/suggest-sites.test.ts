import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityAt, fiveByFiveDataset, pixelCentre } from '../analysis/five-by-five.fixture';
import { setCoverInstance } from './set-cover.fixture';
import { suggestSites } from './suggest-sites';
import type { SuggestOutcome, SuggestRequest } from './suggest-types';
import { suggestedFacilities } from './suggested-facilities';

/**
 * Greedy is suboptimal here (worked by hand). Cells: L1 = 3, L2 = 3, R1 = 3, R2 = 3, E = 1 (cells 0–4).
 * Candidates: A reaches {L1, L2} = 6, B reaches {R1, R2} = 6, C reaches {L1, R1, E} = 7.
 * Greedy for k = 2 takes C (7), then A or B (+3: L2 or R2) = 10. The optimum is A + B = 12.
 * Swap pass: take C out; with A kept, C gives back R1 + E = 4 while B would gain R1 + R2 = 6 > 4: swap → 12.
 */
const WEIGHTS = [3, 3, 3, 3, 1];
const REACHES = [
  [0, 1],
  [2, 3],
  [0, 2, 4],
];

function suggest(
  request: Omit<SuggestRequest, 'type' | 'radiusMeters'> & Partial<SuggestRequest>,
): SuggestOutcome {
  const result = suggestSites({ type: 'station', radiusMeters: 1, ...request });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('suggestSites, count objective on a hand-worked instance', () => {
  const instance = setCoverInstance(WEIGHTS, REACHES);

  it('fixes the greedy answer with the swap pass (10 → 12)', () => {
    const outcome = suggest({ ...instance, objective: { kind: 'count', count: 2 } });
    expect(outcome.greedyCovered).toBe(10);
    expect(outcome.swaps).toBe(1);
    expect(outcome.coveredAfter).toBe(12);
    expect(outcome.sites.map((site) => site.point).sort()).toEqual([0, 1]);
    expect(outcome.sites.map((site) => site.addedPopulation)).toEqual([6, 6]);
    expect(outcome.curve).toEqual([0, 6, 12]);
    expect(outcome.distance).toBe('great-circle');
    expect(outcome.totalPopulation).toBe(13);
    expect(outcome.reached).toBe(true);
  });

  it('keeps existing facilities fixed: with A existing, one site is B (+6), not C (+4)', () => {
    const withExisting = setCoverInstance(WEIGHTS, REACHES, [[0, 1]]);
    const outcome = suggest({ ...withExisting, objective: { kind: 'count', count: 1 } });
    expect(outcome.coveredBefore).toBe(6);
    expect(outcome.sites.map((site) => [site.point, site.addedPopulation])).toEqual([[1, 6]]);
    expect(outcome.coveredAfter).toBe(12);
  });

  it('ignores existing facilities of other types', () => {
    const withExisting = setCoverInstance(WEIGHTS, REACHES, [[0, 1]]);
    const outcome = suggest({ ...withExisting, type: 'other', objective: { kind: 'count', count: 1 } });
    expect(outcome.coveredBefore).toBe(0);
  });

  it('stops short when the candidates run out or add nothing, and says why', () => {
    const outcome = suggest({ ...instance, objective: { kind: 'count', count: 4 } });
    expect(outcome.sites).toHaveLength(3);
    expect(outcome.coveredAfter).toBe(13);
    expect(outcome.reached).toBe(false);
    expect(outcome.shortfall).toBe('no-candidates-left');
    const useless = setCoverInstance(WEIGHTS, [...REACHES, [], [4]]);
    const short = suggest({ ...useless, objective: { kind: 'count', count: 5 } });
    expect(short.sites).toHaveLength(3);
    expect(short.shortfall).toBe('no-gain');
  });

  it('drops candidates inside an exclusion polygon (C excluded: A + B directly, no swap)', () => {
    const [lon, lat] = [0.02, 0.05];
    const square = [
      [lon - 0.001, lat - 0.001],
      [lon + 0.001, lat - 0.001],
      [lon + 0.001, lat + 0.001],
      [lon - 0.001, lat + 0.001],
      [lon - 0.001, lat - 0.001],
    ];
    const outcome = suggest({
      ...instance,
      exclusions: [{ type: 'Polygon', coordinates: [square] }],
      objective: { kind: 'count', count: 2 },
    });
    expect(outcome.candidateCount).toBe(2);
    expect(outcome.greedyCovered).toBe(12);
    expect(outcome.swaps).toBe(0);
  });

  it('reaches a coverage target with the fewest greedy sites: 50% of 13 → C alone (7)', () => {
    const outcome = suggest({ ...instance, objective: { kind: 'target-coverage', percent: 50 } });
    expect(outcome.sites.map((site) => site.point)).toEqual([2]);
    expect(outcome.reached).toBe(true);
    const all = suggest({ ...instance, objective: { kind: 'target-coverage', percent: 100 } });
    expect(all.sites).toHaveLength(3);
    expect(all.coveredAfter).toBe(13);
    expect(all.reached).toBe(true);
  });

  it('reports progress by phase and cancels on shouldStop', () => {
    const phases: string[] = [];
    suggest({
      ...instance,
      objective: { kind: 'count', count: 2 },
      onProgress: (progress) => {
        if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
      },
    });
    expect(phases).toEqual(['candidates', 'catchments', 'search', 'swap']);
    const cancelled = suggestSites({
      ...instance,
      type: 'station',
      radiusMeters: 1,
      objective: { kind: 'count', count: 2 },
      shouldStop: () => true,
    });
    expect(cancelled.ok ? null : cancelled.error.code).toBe('suggest-cancelled');
  });

  it('cancels in the middle of any phase: nothing is returned', () => {
    const phases = ['candidates', 'catchments', 'search', 'swap', 'exact'] as const;
    for (const stopIn of phases) {
      let phase = '';
      const result = suggestSites({
        ...instance,
        type: 'station',
        radiusMeters: 1,
        objective: { kind: 'count', count: 2 },
        exact: { solver: { solve: () => ({ status: 'failed', objective: null, bound: null, x: null }) } },
        onProgress: (progress) => {
          phase = progress.phase;
        },
        shouldStop: () => phase === stopIn,
      });
      expect(result.ok ? `finished despite a stop in ${stopIn}` : result.error.code).toBe(
        'suggest-cancelled',
      );
    }
  });

  it('refuses bad figures with a code', () => {
    const codeOf = (request: Partial<SuggestRequest>) => {
      const result = suggestSites({
        ...instance,
        type: 'station',
        radiusMeters: 1,
        objective: { kind: 'count', count: 2 },
        ...request,
      });
      return result.ok ? 'ok' : result.error.code;
    };
    expect(codeOf({ objective: { kind: 'count', count: 0 } })).toBe('suggest-invalid-parameter');
    expect(codeOf({ objective: { kind: 'count', count: 1.5 } })).toBe('suggest-invalid-parameter');
    expect(codeOf({ objective: { kind: 'target-coverage', percent: 120 } })).toBe(
      'suggest-invalid-parameter',
    );
    expect(codeOf({ radiusMeters: -1 })).toBe('suggest-invalid-parameter');
    expect(codeOf({ minSpacingMeters: Number.NaN })).toBe('suggest-invalid-parameter');
    expect(codeOf({ layer: 'children' })).toBe('suggest-missing-layer');
    expect(codeOf({ candidates: [] })).toBe('suggest-no-candidates');
  });
});

/**
 * The 5 × 5 fixture (five-by-five.fixture.ts) at radius 120 m: a site reaches its cell and the four neighbours
 * (100.08 m), not the diagonals (141.5 m). Plus-shaped sums worked by hand from the fixture's table.
 */
describe('suggestSites on the 5 × 5 fixture (straight-line catchments)', () => {
  const dataset = fiveByFiveDataset();
  const base = { dataset, type: 'station', radiusMeters: 120 };
  const at = (row: number, column: number) => pixelCentre(row, column);

  it('every district gets one: East (r3,c3) +718 first, then West (r3,c0) +445, not (r3,c1) (515 − 180 shared)', () => {
    const outcome = suggest({ ...base, objective: { kind: 'every-unit' } });
    expect(outcome.sites.map((site) => [site.lon, site.lat])).toEqual([at(3, 3), at(3, 0)]);
    expect(outcome.sites.map((site) => site.addedPopulation)).toEqual([718, 445]);
    expect(outcome.sites.map((site) => site.district)).toEqual([1, 0]);
    expect(outcome.reached).toBe(true);
  });

  it('every district: a district with an existing facility of the type gets none', () => {
    const existing = facilityAt('e', 'station', 0, 0, 120, 100);
    const outcome = suggest({ ...base, facilities: [existing], objective: { kind: 'every-unit' } });
    expect(outcome.sites.map((site) => site.district)).toEqual([1]);
  });

  /**
   * 30 m² per 100 households, 100 m² per site. West: 610 persons / 2.0 = 305 households → 91.5 m² (1 site). East:
   * 1380 / 2.5 = 552 households → 165.6 m² (2 sites). Unmet households in a catchment (row 4 of columns 2–4 is in no
   * district and counts 0): East (r3,c2) 130/2.5 + 170/2 (a West cell) + 190/2.5 + 180/2.5 = 285 beats (r3,c3) 284
   * and West's best (r3,c1) 2.5 + 80 + 85 + 72 = 239.5. East is still 65.6 m² short: next (r2,c4) (100 + 200 + 140
   * + 150) / 2.5 = 236 beats West's best, now (r2,c0) (60 + 110 + 160) / 2 = 165 ((r3,c1) is reached). East is met;
   * then West (r2,c0). Persons added: 677, 590, 330.
   */
  it('floor-area standard: 1 site in West, 2 in East, each where most unmet households are', () => {
    const outcome = suggest({
      ...base,
      objective: { kind: 'floor-area', squareMetersPer100Households: 30, floorAreaSquareMeters: 100 },
    });
    expect(outcome.sites.map((site) => [site.lon, site.lat])).toEqual([at(3, 2), at(2, 4), at(2, 0)]);
    expect(outcome.sites.map((site) => site.addedPopulation)).toEqual([677, 590, 330]);
    expect(outcome.reached).toBe(true);
  });

  it('floor-area standard: a larger household size means fewer households and fewer sites', () => {
    // With 4 persons per household for East (West keeps its own 2.0): 1380 / 4 = 345 households → 103.5 m², 2 sites;
    // with 10: 138 households → 41.4 m², 1 site.
    const objective = {
      kind: 'floor-area',
      squareMetersPer100Households: 30,
      floorAreaSquareMeters: 100,
    } as const;
    const districtsOf = (householdSize: number) =>
      suggest({ ...base, householdSize, objective }).sites.map((site) => site.district);
    expect(districtsOf(4).sort()).toEqual([0, 1, 1]);
    expect(districtsOf(10).sort()).toEqual([0, 1]);
  });

  it('floor-area standard: existing floor area counts in its district (West met by a 100 m² station)', () => {
    const existing = facilityAt('e', 'station', 0, 0, 120, 100);
    const outcome = suggest({
      ...base,
      facilities: [existing],
      objective: { kind: 'floor-area', squareMetersPer100Households: 30, floorAreaSquareMeters: 100 },
    });
    expect(outcome.sites.map((site) => site.district)).toEqual([1, 1]);
  });

  /**
   * Two sites. Greedy takes (r3,c3) 718, then (r3,c0) +445 = 1163; the best pair is (r3,c2) 677 + (r2,c4) 590 =
   * 1267 (disjoint pluses, 224 m apart), which the search finds. With 350 m spacing that pair is refused, and so is
   * greedy's (r3,c0) (300 m from (r3,c3)): greedy takes (r3,c3) 718, then the best site ≥ 350 m away, (r1,c0) 10 +
   * 110 + 70 + 60 = 250, total 968, where no single swap helps (without (r3,c3) the best spaced site gains 590 < 718;
   * without (r1,c0), 250 is the best ≥ 350 m from (r3,c3)). The best spaced pair changes both: (r2,c4) 590 + (r3,c0)
   * 445 = 1035, 413 m apart (checked over all pairs); the Lagrangian start, repaired to the spacing, finds it.
   */
  it('minimum spacing: 350 m refuses the best pair (224 m apart) and gives the best spaced pair', () => {
    const free = suggest({ ...base, objective: { kind: 'count', count: 2 } });
    expect(free.sites.map((site) => [site.lon, site.lat])).toEqual([at(3, 2), at(2, 4)]);
    expect(free.coveredAfter).toBe(1267);
    const spaced = suggest({ ...base, minSpacingMeters: 350, objective: { kind: 'count', count: 2 } });
    expect(spaced.greedyCovered).toBe(968);
    expect(spaced.sites.map((site) => [site.lon, site.lat])).toEqual([at(2, 4), at(3, 0)]);
    expect(spaced.coveredAfter).toBe(1035);
  });

  it('as facilities, the sites give the engine the coverage the suggestion reports (existing one kept)', () => {
    const existing = facilityAt('e', 'kindergarten', 0, 0, 120, 100);
    const outcome = suggest({
      ...base,
      type: 'kindergarten',
      facilities: [existing],
      objective: { kind: 'count', count: 3 },
    });
    const facilities = suggestedFacilities(outcome, {
      type: 'kindergarten',
      radiusMeters: 120,
      name: (rank) => `建议幼儿园 ${rank}`,
    });
    expect(facilities.map((facility) => [facility.id, facility.name, facility.status])).toEqual([
      ['suggested-1', '建议幼儿园 1', 'proposed'],
      ['suggested-2', '建议幼儿园 2', 'proposed'],
      ['suggested-3', '建议幼儿园 3', 'proposed'],
    ]);
    expect(facilities[0]?.floorAreaSquareMeters).toBe(3150);
    const engine = createEngine(dataset);
    if (!engine.ok) throw new Error(engine.error.message);
    engine.value.setFacilities([existing, ...facilities]);
    const covered = engine.value.results().totals.coverage.kindergarten?.coveredPopulation;
    expect(covered).toBeCloseTo(outcome.coveredAfter, 6);
    expect(outcome.coveredBefore).toBe(10 + 20 + 60);
  });
});
