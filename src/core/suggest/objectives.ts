/**
 * The covering objectives of domain.md § Site suggestion on a prepared {@link SuggestSetup}: k sites (MCLP: lazy
 * greedy, then the swap pass), a coverage target (greedy until reached), and one facility in every district.
 */
import { addSite, coveredWeight, createCoverSearch, isFree } from './cover-search';
import {
  buildCoverageProgram,
  DEFAULT_EXACT_TIME_LIMIT_SECONDS,
  type ExactReport,
  solveCoverageProgram,
} from './exact-coverage';
import { type LagrangianOutcome, runLagrangianSearch } from './lagrangian-search';
import { type GreedyEnd, runLazyGreedy } from './lazy-greedy';
import type { StopPoll } from './stop-poll';
import type { SuggestSetup } from './suggest-setup';
import type { SuggestPhase, SuggestRequest } from './suggest-types';
import { catchmentExtents, runSwapPass } from './swap-pass';

/** What an objective decided: candidate indices in rank order, and how it ended. */
export interface ObjectiveRun {
  picks: number[];
  end: GreedyEnd;
  reached: boolean;
  unreachableDistricts: number[];
  greedyCovered?: number;
  swaps?: number;
  upperBound?: number;
  exact?: ExactReport;
}

/** Reports progress of one phase, 0–1. */
export type PhaseProgress = (phase: SuggestPhase, fraction: number) => void;

/** The sites ranked by greedy order among themselves: each adds the most given those ranked before it. */
function rankSites(setup: SuggestSetup, sites: readonly number[], poll: StopPoll): number[] | null {
  const search = createCoverSearch(setup.uncoveredPopulation, setup.catchments, setup.candidates.count, null);
  const ranked = runLazyGreedy(search, {
    maxSites: sites.length,
    allowZeroGain: true,
    subset: Int32Array.from(sites),
    poll,
  });
  return ranked ? ranked.picks : null;
}

/** Work of one Lagrangian step (cells over all catchments) above which the second start is skipped. */
const LAGRANGIAN_MAX_CATCHMENT_CELLS = 400_000;
const LAGRANGIAN_ITERATIONS = 300;

/**
 * The Lagrangian start for the swap pass, on instances small enough for {@link LAGRANGIAN_ITERATIONS} steps to be
 * cheap; undefined when skipped, null when cancelled. The relaxation ignores the spacing (its bound stays an upper
 * bound); {@link searchFrom} repairs its sets.
 */
function secondStart(
  setup: SuggestSetup,
  count: number,
  lowerBound: number,
  poll: StopPoll,
): LagrangianOutcome | null | undefined {
  const { runStart, runs } = setup.catchments;
  let cells = 0;
  for (let k = 0; k < (runStart[setup.candidates.count] as number); k++) {
    cells += (runs[2 * k + 1] as number) - (runs[2 * k] as number);
  }
  if (cells > LAGRANGIAN_MAX_CATCHMENT_CELLS) return undefined;
  const outcome = runLagrangianSearch(
    setup.catchments,
    setup.candidates.count,
    setup.uncoveredPopulation,
    count,
    LAGRANGIAN_ITERATIONS,
    lowerBound,
    poll,
  );
  return outcome;
}

/**
 * A swap pass from `start`: its sites in order while the spacing allows, the rest filled greedily (whose heap the
 * swap pass takes over). Null when cancelled.
 */
function searchFrom(
  setup: SuggestSetup,
  start: readonly number[],
  count: number,
  extents: Float64Array,
  spacingMeters: number,
  poll: StopPoll,
): { sites: number[]; covered: number; swaps: number } | null {
  const search = createCoverSearch(
    setup.uncoveredPopulation,
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
  const sites: number[] = [];
  for (const site of start) {
    if (!isFree(search, site)) continue;
    addSite(search, site);
    sites.push(site);
  }
  const fill = runLazyGreedy(search, { maxSites: count - sites.length, poll });
  if (!fill) return null;
  sites.push(...fill.picks);
  const swap = runSwapPass(
    search,
    sites,
    setup.candidates,
    setup.within,
    extents,
    poll,
    fill.heap,
    spacingMeters,
  );
  if (!swap) return null;
  return { sites, covered: coveredWeight(search), swaps: swap.swaps };
}

/** k sites maximising the newly covered population; with `request.exact`, the optimum or a bound too. */
export function runCountObjective(
  request: SuggestRequest,
  setup: SuggestSetup,
  count: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  const search = createCoverSearch(
    setup.uncoveredPopulation,
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
  let greedyCovered = setup.coveredBefore;
  let picked = 0;
  const greedy = runLazyGreedy(search, {
    maxSites: count,
    onPick: (_c, gain) => {
      greedyCovered += gain;
      progress('search', ++picked / count);
    },
    poll,
  });
  if (!greedy) return null;
  progress('swap', 0);
  const sites = [...greedy.picks];
  // The straight-line provider reaches nothing beyond the radius; any other provider's extents are measured.
  const extents = request.provider
    ? catchmentExtents(setup.candidates, search, request.dataset.grid.lon, request.dataset.grid.lat)
    : new Float64Array(setup.candidates.count).fill(request.radiusMeters * 1.000001 + 1);
  const spacingMeters = request.minSpacingMeters ?? 0;
  const swap = runSwapPass(
    search,
    sites,
    setup.candidates,
    setup.within,
    extents,
    poll,
    greedy.heap,
    spacingMeters,
  );
  if (!swap) return null;
  let swaps = swap.swaps;
  let best = sites;
  let bestCovered = coveredWeight(search);
  const lagrangian = secondStart(setup, count, bestCovered, poll);
  if (lagrangian === null) return null;
  for (const start of lagrangian ? lagrangian.starts : []) {
    const other = searchFrom(setup, start, count, extents, spacingMeters, poll);
    if (!other) return null;
    if (other.covered > bestCovered) {
      best = other.sites;
      bestCovered = other.covered;
      swaps = other.swaps;
    }
  }
  const ranked = rankSites(setup, best, poll);
  if (!ranked) return null;
  const run: ObjectiveRun = {
    picks: ranked,
    end: greedy.end,
    reached: ranked.length === count,
    unreachableDistricts: [],
    greedyCovered,
    swaps,
  };
  if (lagrangian) run.upperBound = Math.max(lagrangian.upperBound, bestCovered) + setup.coveredBefore;
  if (request.exact) {
    progress('exact', 0);
    if (poll.stopped) return null;
    let fast = 0;
    const check = createCoverSearch(
      setup.uncoveredPopulation,
      setup.catchments,
      setup.candidates.count,
      null,
    );
    for (const site of ranked) fast += addSite(check, site);
    const program = buildCoverageProgram(
      setup.catchments,
      setup.candidates.count,
      setup.uncoveredPopulation,
      count,
      setup.spacing,
    );
    const limit = request.exact.timeLimitSeconds ?? DEFAULT_EXACT_TIME_LIMIT_SECONDS;
    run.exact = solveCoverageProgram(
      program,
      request.exact.solver,
      ranked,
      fast,
      limit,
      Date.now,
      request.shouldStop,
    );
    if (poll.now()) return null;
  }
  return run;
}

/** Sites until `percent` % of the layer's population is covered (existing facilities count). */
export function runTargetCoverage(
  request: SuggestRequest,
  setup: SuggestSetup,
  percent: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  const target = (percent / 100) * setup.totalPopulation;
  // A relative tolerance, so that a target of 100% is met when every person is covered despite rounding.
  const reachedTarget = () => covered >= target * (1 - 1e-12);
  const search = createCoverSearch(
    setup.uncoveredPopulation,
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
  let covered = setup.coveredBefore;
  const run = runLazyGreedy(search, {
    maxSites: request.maxSites ?? DEFAULT_MAX_SITES,
    done: reachedTarget,
    onPick: (_c, gain) => {
      covered += gain;
      progress('search', Math.min(1, covered / target));
    },
    poll,
  });
  if (!run) return null;
  return { picks: run.picks, end: run.end, reached: reachedTarget(), unreachableDistricts: [] };
}

/** Default cap on sites for the target objectives. */
export const DEFAULT_MAX_SITES = 10_000;

/** One site in every district lacking a facility of the type, each where it covers the most. */
export function runEveryUnit(
  request: SuggestRequest,
  setup: SuggestSetup,
  poll: StopPoll,
): ObjectiveRun | null {
  const districtCount = request.dataset.districts.length;
  const served = new Uint8Array(districtCount);
  for (const district of setup.districtOfExisting) if (district >= 0) served[district] = 1;
  const hasCandidate = new Uint8Array(districtCount);
  for (const district of setup.districtOfCandidate) if (district >= 0) hasCandidate[district] = 1;
  const unreachableDistricts: number[] = [];
  let lacking = 0;
  for (let district = 0; district < districtCount; district++) {
    if (served[district] === 1) continue;
    if (hasCandidate[district] === 1) lacking++;
    else unreachableDistricts.push(district);
  }
  const search = createCoverSearch(
    setup.uncoveredPopulation,
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
  const run = runLazyGreedy(search, {
    maxSites: Math.min(lacking, request.maxSites ?? DEFAULT_MAX_SITES),
    allowZeroGain: true,
    eligible: (c) => {
      const district = setup.districtOfCandidate[c] as number;
      return district >= 0 && served[district] === 0;
    },
    onPick: (c) => {
      served[setup.districtOfCandidate[c] as number] = 1;
    },
    poll,
  });
  if (!run) return null;
  const reached = unreachableDistricts.length === 0 && served.every((flag) => flag === 1);
  return { picks: run.picks, end: run.end, reached, unreachableDistricts };
}
