/**
 * The k-sites objective (maximal covering, domain.md § Site suggestion): lazy greedy, then the Teitz–Bart swap pass;
 * on instances small enough, more swap passes from the Lagrangian relaxation's sets, which also give an upper bound;
 * and, when asked, the exact integer programme through a solver.
 */
import { addSite, coveredWeight, createCoverSearch, isFree } from './cover-search';
import { buildCoverageProgram, measureCoverageProgram } from './coverage-program';
import {
  DEFAULT_EXACT_TIME_LIMIT_SECONDS,
  type ExactReport,
  RELAXATION_MAX_NONZEROS,
  solveCoverageProgram,
} from './exact-coverage';
import { type LagrangianOutcome, runLagrangianSearch } from './lagrangian-search';
import { type GreedyEnd, runLazyGreedy } from './lazy-greedy';
import type { ObjectiveRun, PhaseProgress } from './objectives';
import type { StopPoll } from './stop-poll';
import type { SuggestSetup } from './suggest-setup';
import type { SuggestRequest } from './suggest-types';
import { catchmentExtents, runSwapPass } from './swap-pass';

/** A set of sites found by one start, the weight it newly covers, and the swaps that led to it. */
interface Found {
  sites: number[];
  covered: number;
  swaps: number;
}

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
): Found | null {
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

/** Greedy then the swap pass from it; null when cancelled. */
function greedyThenSwap(
  setup: SuggestSetup,
  count: number,
  extents: Float64Array,
  spacingMeters: number,
  poll: StopPoll,
  progress: PhaseProgress,
): (Found & { greedyCovered: number; end: GreedyEnd }) | null {
  const { candidates, catchments, uncoveredPopulation } = setup;
  const search = createCoverSearch(uncoveredPopulation, catchments, candidates.count, setup.spacing);
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
  const swap = runSwapPass(
    search,
    sites,
    candidates,
    setup.within,
    extents,
    poll,
    greedy.heap,
    spacingMeters,
  );
  if (!swap) return null;
  return { sites, covered: coveredWeight(search), swaps: swap.swaps, greedyCovered, end: greedy.end };
}

/** The exact report for the ranked fast answer; null when cancelled. */
function exactReport(
  request: SuggestRequest,
  setup: SuggestSetup,
  ranked: number[],
  count: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ExactReport | null {
  const exact = request.exact;
  if (!exact) return null;
  progress('exact', 0);
  if (poll.stopped) return null;
  const { candidates, catchments, uncoveredPopulation } = setup;
  const check = createCoverSearch(uncoveredPopulation, catchments, candidates.count, null);
  let fast = 0;
  for (const site of ranked) fast += addSite(check, site);
  const size = measureCoverageProgram(catchments, candidates.count, uncoveredPopulation);
  // Too large for the integer programme and its relaxation alike: say so without building it.
  if (size.nonZeros > RELAXATION_MAX_NONZEROS) {
    const { columns, rows } = size;
    return { status: 'no-bound', reason: 'too-large', fast, milliseconds: 0, columns, rows };
  }
  const program = buildCoverageProgram(
    catchments,
    candidates.count,
    uncoveredPopulation,
    count,
    setup.spacing,
  );
  const limit = exact.timeLimitSeconds ?? DEFAULT_EXACT_TIME_LIMIT_SECONDS;
  const report = solveCoverageProgram(
    program,
    exact.solver,
    ranked,
    fast,
    limit,
    Date.now,
    request.shouldStop,
  );
  return poll.now() ? null : report;
}

/**
 * k sites maximising the newly covered population: greedy and swap, then swaps from the Lagrangian's sets when the
 * instance is small enough, the best kept; with `request.exact`, the optimum or a bound too. Null when cancelled.
 */
export function runCountObjective(
  request: SuggestRequest,
  setup: SuggestSetup,
  count: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  // The straight-line provider reaches nothing beyond the radius; any other provider's extents are measured.
  const extents = request.provider
    ? catchmentExtents(setup.candidates, setup.catchments, request.dataset.grid.lon, request.dataset.grid.lat)
    : new Float64Array(setup.candidates.count).fill(request.radiusMeters * 1.000001 + 1);
  const spacingMeters = request.minSpacingMeters ?? 0;
  const first = greedyThenSwap(setup, count, extents, spacingMeters, poll, progress);
  if (!first) return null;
  let best: Found = first;
  const lagrangian = secondStart(setup, count, first.covered, poll);
  if (lagrangian === null) return null;
  for (const start of lagrangian ? lagrangian.starts : []) {
    const other = searchFrom(setup, start, count, extents, spacingMeters, poll);
    if (!other) return null;
    if (other.covered > best.covered) best = other;
  }
  const ranked = rankSites(setup, best.sites, poll);
  if (!ranked) return null;
  const run: ObjectiveRun = {
    picks: ranked,
    end: first.end,
    reached: ranked.length === count,
    unreachableDistricts: [],
    greedyCovered: first.greedyCovered,
    swaps: best.swaps,
  };
  if (lagrangian) run.upperBound = Math.max(lagrangian.upperBound, best.covered) + setup.coveredBefore;
  if (request.exact) {
    const report = exactReport(request, setup, ranked, count, poll, progress);
    if (!report) return null;
    run.exact = report;
  }
  return run;
}
