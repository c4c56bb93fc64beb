/**
 * Site suggestion (issue 14, domain.md § Site suggestion): where to add facilities of one type so that the planner's
 * objective is met, existing facilities fixed. One entry point for the worker, the CLI and tests; plain data in and
 * out, progress and cancellation as parameters.
 */
import { fail, ok, type Result } from '../model/result';
import { runCountObjective } from './count-objective';
import { addSite, createCoverSearch } from './cover-search';
import { runFloorAreaStandard } from './floor-area-objective';
import { type ObjectiveRun, type PhaseProgress, runEveryUnit, runTargetCoverage } from './objectives';
import { createStopPoll, type StopPoll } from './stop-poll';
import { prepareSuggestion, type SuggestSetup, validateRequest } from './suggest-setup';
import type { SuggestedSite, SuggestOutcome, SuggestRequest } from './suggest-types';

function runObjective(
  request: SuggestRequest,
  setup: SuggestSetup,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  const objective = request.objective;
  progress('search', 0);
  switch (objective.kind) {
    case 'count':
      return runCountObjective(request, setup, objective.count, poll, progress);
    case 'target-coverage':
      return runTargetCoverage(request, setup, objective.percent, poll, progress);
    case 'every-unit':
      return runEveryUnit(request, setup, poll);
    case 'floor-area':
      return runFloorAreaStandard(
        request,
        setup,
        objective.squareMetersPer100Households,
        objective.floorAreaSquareMeters,
        poll,
        progress,
      );
  }
}

/** Sites in rank order with the population each adds after those before it, and the coverage curve. */
function describeOutcome(request: SuggestRequest, setup: SuggestSetup, run: ObjectiveRun): SuggestOutcome {
  const search = createCoverSearch(setup.uncoveredPopulation, setup.catchments, setup.candidates.count, null);
  const { candidates } = setup;
  const curve = [setup.coveredBefore];
  let covered = setup.coveredBefore;
  const sites: SuggestedSite[] = run.picks.map((c) => {
    const addedPopulation = addSite(search, c);
    covered += addedPopulation;
    curve.push(covered);
    return {
      lon: candidates.lon[c] as number,
      lat: candidates.lat[c] as number,
      addedPopulation,
      cell: candidates.cell[c] as number,
      point: candidates.point[c] as number,
      district: setup.districtOfCandidate[c] as number,
    };
  });
  const outcome: SuggestOutcome = {
    objective: request.objective,
    distance: setup.provider.distance,
    sites,
    curve,
    totalPopulation: setup.totalPopulation,
    coveredBefore: setup.coveredBefore,
    coveredAfter: covered,
    reached: run.reached,
    unreachableDistricts: run.unreachableDistricts,
    candidateCount: candidates.count,
  };
  if (!run.reached && run.end !== 'done') outcome.shortfall = run.end === 'max-sites' ? 'max-sites' : run.end;
  if (run.greedyCovered !== undefined) outcome.greedyCovered = run.greedyCovered;
  if (run.swaps !== undefined) outcome.swaps = run.swaps;
  if (run.upperBound !== undefined) outcome.upperBound = run.upperBound;
  if (run.exact) outcome.exact = run.exact;
  return outcome;
}

/**
 * Suggests sites for `request` (see {@link SuggestRequest}). Fails with `suggest-missing-layer`,
 * `suggest-invalid-parameter`, `suggest-no-candidates` or `suggest-cancelled` (when `shouldStop()` answered true;
 * nothing is returned then). Coverage is the centroid rule of domain.md § Definitions through the request's
 * distance provider.
 */
export function suggestSites(request: SuggestRequest): Result<SuggestOutcome> {
  const invalid = validateRequest(request);
  if (invalid) return invalid;
  const poll = createStopPoll(request.shouldStop);
  let currentPhase = '';
  const progress: PhaseProgress = (phase, fraction) => {
    request.onProgress?.({ phase, fraction });
    // A new phase also asks shouldStop(), however little work the last one did.
    if (phase !== currentPhase) {
      currentPhase = phase;
      poll.now();
    }
  };
  const cancelled = () => fail('suggest-cancelled', 'the suggestion was cancelled');
  const setup = prepareSuggestion(request, poll, progress);
  if (!setup || poll.stopped) return cancelled();
  if (!setup.ok) return setup;
  const run = runObjective(request, setup.value, poll, progress);
  if (!run || poll.stopped) return cancelled();
  return ok(describeOutcome(request, setup.value, run));
}
