/**
 * The floor-area standard (domain.md § Site suggestion, "Floor-area target"): add facilities of a preset floor area
 * until every district has the standard's m² per 100 households of the type (a facility counts in the district that
 * contains it, domain.md § Definitions), each placed where its catchment holds the most unmet households.
 *
 * Unmet households: the households (persons / the district's household size) of the cells in districts still short
 * of the standard that no facility of the type reaches yet, existing or new. Once every such cell is reached and a
 * district is still short, a new round starts on all of its households (a second facility in the same place serves
 * the same people, so the next goes where most households are). A site must lie inside a district that is short.
 * Scores only fall within a round, so the lazy greedy's bounds stay valid.
 */
import { type CoverSearch, createCoverSearch } from './cover-search';
import { runLazyGreedy } from './lazy-greedy';
import { DEFAULT_MAX_SITES, type ObjectiveRun, type PhaseProgress } from './objectives';
import type { StopPoll } from './stop-poll';
import type { SuggestSetup } from './suggest-setup';
import type { SuggestRequest } from './suggest-types';

/** Persons per household of each district: its own, else the request's override, else the dataset's. */
function householdSizes(request: SuggestRequest): number[] {
  const fallback = request.householdSize ?? request.dataset.householdSize;
  return request.dataset.districts.map((district) => district.householdSize ?? fallback);
}

interface DistrictNeeds {
  /** m² still missing per district (≤ 0 once met). */
  missingSquareMeters: Float64Array;
  households: Float64Array;
}

function districtNeeds(request: SuggestRequest, setup: SuggestSetup, standard: number): DistrictNeeds {
  const { dataset } = request;
  const count = dataset.districts.length;
  const households = new Float64Array(count);
  const size = householdSizes(request);
  for (let cell = 0; cell < setup.population.length; cell++) {
    const district = dataset.districtOfCell[cell] as number;
    if (district >= 0) {
      households[district] =
        (households[district] as number) + (setup.population[cell] as number) / (size[district] as number);
    }
  }
  const missingSquareMeters = Float64Array.from(households, (value) => (standard * value) / 100);
  setup.existing.forEach((facility, index) => {
    const district = setup.districtOfExisting[index] as number;
    if (district >= 0)
      missingSquareMeters[district] =
        (missingSquareMeters[district] as number) - facility.floorAreaSquareMeters;
  });
  return { missingSquareMeters, households };
}

/** Households per cell in districts still short of the standard and not reached by an existing facility. */
function unmetHouseholds(request: SuggestRequest, setup: SuggestSetup, needs: DistrictNeeds): Float64Array {
  const { dataset } = request;
  const size = householdSizes(request);
  const weight = new Float64Array(setup.population.length);
  for (let cell = 0; cell < weight.length; cell++) {
    const district = dataset.districtOfCell[cell] as number;
    if (district < 0 || !((needs.missingSquareMeters[district] as number) > 0)) continue;
    weight[cell] = (setup.uncoveredPopulation[cell] as number) / (size[district] as number);
  }
  return weight;
}

/** Drops the weight of every cell of `district` (its standard is met). */
function dropDistrict(search: CoverSearch, districtOfCell: Int32Array, district: number): void {
  for (let cell = 0; cell < districtOfCell.length; cell++) {
    if (districtOfCell[cell] !== district) continue;
    search.weight[cell] = 0;
    search.residual[cell] = 0;
  }
}

/** Facilities of `area` m² until every district meets `standard` m² per 100 households. */
export function runFloorAreaStandard(
  request: SuggestRequest,
  setup: SuggestSetup,
  standard: number,
  area: number,
  poll: StopPoll,
  progress: PhaseProgress,
): ObjectiveRun | null {
  const needs = districtNeeds(request, setup, standard);
  const size = householdSizes(request);
  const { districtOfCell } = request.dataset;
  const short = (district: number) => district >= 0 && (needs.missingSquareMeters[district] as number) > 1e-9;
  const hasCandidate = new Uint8Array(needs.households.length);
  for (const district of setup.districtOfCandidate) if (district >= 0) hasCandidate[district] = 1;
  const unreachableDistricts: number[] = [];
  let totalMissing = 0;
  needs.missingSquareMeters.forEach((missing, district) => {
    if (!(missing > 1e-9)) return;
    if (hasCandidate[district] === 1) totalMissing += missing;
    else unreachableDistricts.push(district);
  });
  const open = () =>
    needs.missingSquareMeters.some((missing, district) => missing > 1e-9 && hasCandidate[district] === 1);
  const search = createCoverSearch(
    unmetHouseholds(request, setup, needs),
    setup.catchments,
    setup.candidates.count,
    setup.spacing,
  );
  const picks: number[] = [];
  const maxSites = request.maxSites ?? DEFAULT_MAX_SITES;
  let placed = 0;
  let lastRoundPicked = true;
  let end: ObjectiveRun['end'] = 'done';
  while (open() && picks.length < maxSites) {
    const run = runLazyGreedy(search, {
      maxSites: maxSites - picks.length,
      allowZeroGain: !lastRoundPicked,
      eligible: (c) => short(setup.districtOfCandidate[c] as number),
      done: () => !open(),
      onPick: (c) => {
        const district = setup.districtOfCandidate[c] as number;
        needs.missingSquareMeters[district] = (needs.missingSquareMeters[district] as number) - area;
        placed += area;
        progress('search', totalMissing > 0 ? Math.min(1, placed / totalMissing) : 1);
        if (!short(district)) dropDistrict(search, districtOfCell, district);
      },
      poll,
    });
    if (!run) return null;
    picks.push(...run.picks);
    end = run.end;
    if (run.end !== 'no-gain' && run.end !== 'no-candidates-left') break;
    if (run.picks.length === 0 && !lastRoundPicked) break;
    lastRoundPicked = run.picks.length > 0;
    // A new round: every household of a short district counts again; chosen sites stay chosen.
    search.residual.set(search.weight);
    for (let cell = 0; cell < districtOfCell.length; cell++) {
      const district = districtOfCell[cell] as number;
      if (short(district))
        search.residual[cell] = (setup.population[cell] as number) / (size[district] as number);
    }
    search.weight.set(search.residual);
  }
  if (picks.length >= maxSites && open()) end = 'max-sites';
  return { picks, end, reached: !open() && unreachableDistricts.length === 0, unreachableDistricts };
}
