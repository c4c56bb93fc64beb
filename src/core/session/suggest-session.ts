/**
 * Site suggestion in the engine worker (issue 14, "In the app"): the core search (core/suggest) on the session's
 * dataset, with the scenario's facilities fixed and the scenario's catchment model (straight-line, or the walking
 * network's provider). Progress is throttled for the worker boundary; the exact solver is loaded on first use through
 * an injected loader (HiGHS wasm in the browser worker, a test double in Node).
 *
 * Cancellation: the search is synchronous and a worker handles no message while it runs, so a flag set by a later
 * call could never be read. The client cancels by terminating the worker and starting a new one
 * (engine-client.ts `cancelSuggestion`); `shouldStop` here serves the time limit of the exact part and tests.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistanceProvider } from '../analysis/catchment';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { fail, type Result } from '../model/result';
import type { DistanceMode } from '../model/scenario';
import type { CandidatePoint } from '../suggest/candidates';
import type { CoverageSolver } from '../suggest/exact-coverage';
import { suggestSites } from '../suggest/suggest-sites';
import type { SuggestObjective, SuggestOutcome, SuggestProgress } from '../suggest/suggest-types';

/** What the app asks: plain data (the dataset and the provider are the session's). */
export interface SuggestSitesInput {
  type: string;
  radiusMeters: number;
  objective: SuggestObjective;
  /** The active scenario's facilities (those of `type` stay fixed and count as covering). */
  facilities: Facility[];
  /** The scenario's distance mode; `network` searches on the walking network's catchments. */
  distance?: DistanceMode;
  /** Population layer; default the dataset's resident layer (the engine's). */
  layer?: string;
  candidates?: CandidatePoint[];
  exclusions?: (Polygon | MultiPolygon)[];
  minSpacingMeters?: number;
  /** `count` objective: also solve exactly (or bound) with the loaded solver, within `exactTimeLimitSeconds`. */
  exact?: boolean;
  exactTimeLimitSeconds?: number;
}

/** Loads the exact solver (HiGHS) once; rejects when it cannot load. */
export type LoadCoverageSolver = () => Promise<CoverageSolver>;

/** Default time limit of the exact part in the app, seconds: a planner waits this long at most for the bound. */
export const APP_EXACT_TIME_LIMIT_SECONDS = 20;

/** Progress reported at most this often, ms (each report is a message to the main thread). */
const PROGRESS_INTERVAL_MS = 100;

/** The session's suggestion entry; `dataset()` and `networkProvider()` read the session's current state. */
export function createSuggestRunner(
  dataset: () => Dataset | undefined,
  networkProvider: () => DistanceProvider | undefined,
  loadSolver: LoadCoverageSolver | undefined,
  now: () => number = () => Date.now(),
) {
  let solver: Promise<CoverageSolver | undefined> | undefined;
  const solverOnce = () => {
    solver ??= loadSolver
      ? loadSolver().then(
          (loaded) => loaded,
          () => undefined,
        )
      : Promise.resolve(undefined);
    return solver;
  };

  return async (
    input: SuggestSitesInput,
    onProgress?: (progress: SuggestProgress) => void,
  ): Promise<Result<SuggestOutcome>> => {
    const current = dataset();
    if (!current) return fail('no-dataset', 'No dataset is loaded');
    let provider: DistanceProvider | undefined;
    if (input.distance === 'network') {
      provider = networkProvider();
      if (!provider) return fail('network-not-ready', 'The walking network is not loaded yet');
    }
    const exactSolver = input.exact && input.objective.kind === 'count' ? await solverOnce() : undefined;
    let lastPhase = '';
    let lastReport = Number.NEGATIVE_INFINITY;
    return suggestSites({
      dataset: current,
      ...(provider ? { provider } : {}),
      type: input.type,
      radiusMeters: input.radiusMeters,
      objective: input.objective,
      facilities: input.facilities,
      ...(input.layer !== undefined ? { layer: input.layer } : {}),
      ...(input.candidates ? { candidates: input.candidates } : {}),
      ...(input.exclusions ? { exclusions: input.exclusions } : {}),
      ...(input.minSpacingMeters !== undefined ? { minSpacingMeters: input.minSpacingMeters } : {}),
      ...(exactSolver
        ? {
            exact: {
              solver: exactSolver,
              timeLimitSeconds: input.exactTimeLimitSeconds ?? APP_EXACT_TIME_LIMIT_SECONDS,
            },
          }
        : {}),
      onProgress: (progress) => {
        if (!onProgress) return;
        const time = now();
        if (progress.phase === lastPhase && time - lastReport < PROGRESS_INTERVAL_MS) return;
        lastPhase = progress.phase;
        lastReport = time;
        onProgress(progress);
      },
    });
  };
}
