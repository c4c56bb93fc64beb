/**
 * What every objective shares: the population layer, what existing facilities of the type already cover, the
 * candidates with their catchments and districts, and the spacing rule. Built once per request.
 */
import { createCatchmentRanges, type DistanceProvider } from '../analysis/catchment';
import { createEuclideanDistanceProvider } from '../analysis/distance-provider';
import { createFacilityLocator } from '../analysis/facility-locator';
import type { Facility } from '../model/facility';
import { fail, ok, type Result } from '../model/result';
import { type CandidateCatchments, collectCandidateCatchments } from './candidate-catchments';
import {
  type CandidatesWithin,
  createCandidateIndex,
  createSpacingVisitor,
  type NeighbourVisitor,
} from './candidate-index';
import { buildCandidates, type CandidateSet } from './candidates';
import type { StopPoll } from './stop-poll';
import type { SuggestRequest } from './suggest-types';

/** The shared inputs of a search. */
export interface SuggestSetup {
  provider: DistanceProvider;
  /** Persons per cell of the layer, negatives as 0. */
  population: Float64Array;
  totalPopulation: number;
  /** Per cell, 1 when an existing facility of the type reaches it. */
  coveredByExisting: Uint8Array;
  coveredBefore: number;
  /** Per cell, the population not yet covered (0 where existing facilities reach). */
  uncoveredPopulation: Float64Array;
  /** Existing facilities of the type. */
  existing: Facility[];
  candidates: CandidateSet;
  catchments: CandidateCatchments;
  /** District index of each candidate, or −1. */
  districtOfCandidate: Int32Array;
  /** District index of each existing facility of the type, or −1. */
  districtOfExisting: Int32Array;
  /** Spatial index of the candidates. */
  within: CandidatesWithin;
  spacing: NeighbourVisitor | null;
}

/** The first bad figure of `request`, or null. */
export function validateRequest(request: SuggestRequest): Result<never> | null {
  const bad = (message: string) => fail('suggest-invalid-parameter', message);
  const layer = request.layer ?? request.dataset.residentLayer;
  if (!request.dataset.grid.layers[layer]) {
    return fail('suggest-missing-layer', `the grid has no population layer "${layer}"`);
  }
  if (!(request.radiusMeters > 0 && Number.isFinite(request.radiusMeters))) {
    return bad(`radius ${request.radiusMeters} m is not a number > 0`);
  }
  const spacing = request.minSpacingMeters ?? 0;
  if (!(spacing >= 0 && Number.isFinite(spacing))) return bad(`minimum spacing ${spacing} m is not ≥ 0`);
  const size = request.householdSize;
  if (size !== undefined && !(size > 0 && Number.isFinite(size)))
    return bad(`household size ${size} is not > 0`);
  const objective = request.objective;
  if (objective.kind === 'count' && !(Number.isInteger(objective.count) && objective.count >= 1)) {
    return bad(`site count ${objective.count} is not an integer ≥ 1`);
  }
  if (objective.kind === 'target-coverage' && !(objective.percent > 0 && objective.percent <= 100)) {
    return bad(`target coverage ${objective.percent}% is not in (0, 100]`);
  }
  if (objective.kind === 'floor-area') {
    const { squareMetersPer100Households: threshold, floorAreaSquareMeters: area } = objective;
    if (!(threshold > 0 && Number.isFinite(threshold))) return bad(`standard ${threshold} m² is not > 0`);
    if (!(area > 0 && Number.isFinite(area))) return bad(`floor area ${area} m² is not > 0`);
  }
  return null;
}

function existingCoverage(provider: DistanceProvider, existing: Facility[], cellCount: number): Uint8Array {
  const covered = new Uint8Array(cellCount);
  const ranges = createCatchmentRanges();
  for (const facility of existing) {
    const runs = provider.collectRanges(facility.lon, facility.lat, facility.radiusMeters, ranges);
    for (let k = 0; k < runs; k++) covered.fill(1, ranges.bounds[2 * k], ranges.bounds[2 * k + 1]);
  }
  return covered;
}

/** Builds the {@link SuggestSetup}; null when `poll` asked to stop. Assumes {@link validateRequest} passed. */
export function prepareSuggestion(
  request: SuggestRequest,
  poll: StopPoll,
  progress: (phase: 'candidates' | 'catchments', fraction: number) => void,
): Result<SuggestSetup> | null {
  const { dataset } = request;
  const grid = dataset.grid;
  const layer = grid.layers[request.layer ?? dataset.residentLayer] as Float32Array;
  const provider = request.provider ?? createEuclideanDistanceProvider(grid);
  const existing = (request.facilities ?? []).filter((facility) => facility.type === request.type);
  const coveredByExisting = existingCoverage(provider, existing, grid.cellCount);
  const population = new Float64Array(grid.cellCount);
  const uncoveredPopulation = new Float64Array(grid.cellCount);
  let totalPopulation = 0;
  let coveredBefore = 0;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const persons = Math.max(0, (layer[cell] as number) || 0);
    population[cell] = persons;
    totalPopulation += persons;
    if (coveredByExisting[cell] === 1) coveredBefore += persons;
    else uncoveredPopulation[cell] = persons;
  }
  progress('candidates', 0);
  const candidates = buildCandidates(grid, layer, request.candidates, request.exclusions ?? [], poll);
  if (!candidates) return null;
  if (candidates.count === 0) {
    return fail('suggest-no-candidates', 'no candidate site is left after the exclusions');
  }
  progress('catchments', 0);
  const catchments = collectCandidateCatchments(candidates, provider, request.radiusMeters, poll, (done) =>
    progress('catchments', done / candidates.count),
  );
  if (!catchments) return null;
  const locate = createFacilityLocator(dataset.districts, -1);
  const districtOfCandidate = new Int32Array(candidates.count);
  for (let c = 0; c < candidates.count; c++) {
    const cell = candidates.cell[c] as number;
    districtOfCandidate[c] =
      cell >= 0
        ? (dataset.districtOfCell[cell] as number)
        : locate(candidates.lon[c] as number, candidates.lat[c] as number);
  }
  const districtOfExisting = Int32Array.from(existing, (facility) => locate(facility.lon, facility.lat));
  const spacingMeters = request.minSpacingMeters ?? 0;
  const within = createCandidateIndex(candidates);
  return ok({
    provider,
    population,
    totalPopulation,
    coveredByExisting,
    coveredBefore,
    uncoveredPopulation,
    existing,
    candidates,
    catchments,
    districtOfCandidate,
    districtOfExisting,
    within,
    spacing: spacingMeters > 0 ? createSpacingVisitor(candidates, within, spacingMeters) : null,
  });
}
