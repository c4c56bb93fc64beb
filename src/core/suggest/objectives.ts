/**
 * The covering objectives of domain.md § Site suggestion on a prepared {@link SuggestSetup}: k sites (MCLP: lazy
 * greedy, then the swap pass), a coverage target (greedy until reached), and one facility in every district.
 */
import { createCoverSearch } from './cover-search';
import type { ExactReport } from './exact-coverage';
import { type GreedyEnd, runLazyGreedy } from './lazy-greedy';
import type { StopPoll } from './stop-poll';
import type { SuggestSetup } from './suggest-setup';
import type { SuggestPhase, SuggestRequest } from './suggest-types';

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

/** Sites until `percent` % of the layer's population is covered (existing facilities count). */
export function runTargetCoverage(
  request: SuggestRequest,
  setup: SuggestSetup,
  percent: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  const target = (percent / 100) * setup.totalPopulation;
  let covered = setup.coveredBefore;
  // A relative tolerance, so that a target of 100% is met when every person is covered despite rounding.
  const reachedTarget = () => covered >= target * (1 - 1e-12);
  const search = createCoverSearch(
    setup.uncoveredPopulation,
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
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
