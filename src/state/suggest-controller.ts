/**
 * Site suggestion in the app (issue 14 "In the app"): runs the search in the engine worker on the active scenario,
 * with progress and Cancel; the answer becomes a new scenario (the source's facilities plus the suggested ones,
 * status proposed, ranked names) added in one undo step, then compared with the scenario it came from.
 */
import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Facility } from '../core/model/facility';
import type { Locale } from '../core/model/locale';
import { fail, ok, type Result, type ResultError } from '../core/model/result';
import type { Scenario } from '../core/model/scenario';
import { findFacilityPreset } from '../core/rules/facility-presets';
import { copyScenarioFacility } from '../core/scenarios/baseline';
import type { ScenarioContent } from '../core/scenarios/scenario-commands';
import type { CandidatePoint } from '../core/suggest/candidates';
import type { SuggestObjective, SuggestOutcome, SuggestProgress } from '../core/suggest/suggest-types';
import type { EngineClient } from '../engine/engine-client';
import type { ImportClient, ImportSourceFile } from '../engine/import-client';
import { facilityFromPreset } from './planner-controller';
import type { AppStore } from './store';

/** What the planner chose in the panel. */
export interface SuggestForm {
  type: string;
  /** Radius of the new sites, metres; default the type's preset radius. */
  radiusMeters?: number;
  objective: SuggestObjective;
  /** The planner's candidate points (an imported points file), or null for the populated cells. */
  candidates: CandidatePoint[] | null;
  exclusions: (Polygon | MultiPolygon)[];
  minSpacingMeters: number;
}

/** The last run: its state, progress, answer and the scenario made of it. */
export interface SuggestState {
  status: 'idle' | 'running' | 'done' | 'error';
  progress: SuggestProgress | null;
  outcome: SuggestOutcome | null;
  /** The new scenario and the one it came from. */
  scenarioId: string | null;
  sourceScenarioId: string | null;
  /** Facility type and radius of the last answer (for its chart). */
  type: string | null;
  error: ResultError | null;
  /** Wall-clock time of the worker's search, ms. */
  milliseconds: number | null;
}

export interface SuggestController {
  state: ReadonlySignal<SuggestState>;
  /** Runs the search; on success adds the new scenario (one undo step) and opens the comparison. */
  run(form: SuggestForm): Promise<void>;
  /** Cancels a run in flight: nothing changes (the worker is restarted, see engine-client.ts). */
  cancel(): void;
  /** The planner's candidate points from a points file, read by the import worker (CRS, CSV, Shapefile…). */
  readPoints(file: ImportSourceFile): Promise<Result<CandidatePoint[]>>;
  /** Exclusion polygons from a polygons file, read by the import worker as districts are. */
  readPolygons(file: ImportSourceFile): Promise<Result<(Polygon | MultiPolygon)[]>>;
}

/** What the new scenario needs from the rest of the app. */
export interface SuggestDependencies {
  addScenario(content: ScenarioContent): Promise<string>;
  /** Opens the compare view on `beforeId` → `afterId`. */
  compare(beforeId: string, afterId: string): Promise<void>;
  /** Reads candidate and exclusion files; absent where no import worker exists. */
  importer?: Pick<ImportClient, 'importBatch'>;
}

function typeLabel(type: string, locale: Locale): string {
  const preset = findFacilityPreset(type);
  if (!preset) return type;
  return locale === 'en' ? preset.nameEn : preset.nameZh;
}

/** The new scenario's name, after the objective: "20 × 社区服务站（最大覆盖）" / "20 × Community service station (max coverage)". */
export function suggestedScenarioName(
  locale: Locale,
  type: string,
  objective: SuggestObjective,
  sites: number,
): string {
  const label = typeLabel(type, locale);
  const zh = locale !== 'en';
  const goal =
    objective.kind === 'count'
      ? zh
        ? '最大覆盖'
        : 'max coverage'
      : objective.kind === 'target-coverage'
        ? zh
          ? `覆盖率 ${objective.percent}%`
          : `${objective.percent}% coverage`
        : objective.kind === 'floor-area'
          ? zh
            ? `每百户 ${objective.squareMetersPer100Households} m²`
            : `${objective.squareMetersPer100Households} m² per 100 households`
          : zh
            ? '每个单元一处'
            : 'one per unit';
  return zh ? `${sites} × ${label}（${goal}）` : `${sites} × ${label} (${goal})`;
}

/** Facility ids not used by `taken`: `suggested-1`, `suggested-2`, … skipping those in use. */
function freshIds(taken: readonly Facility[], count: number): string[] {
  const used = new Set(taken.map((facility) => facility.id));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!used.has(`suggested-${n}`)) ids.push(`suggested-${n}`);
  return ids;
}

/**
 * The new scenario: the source's rule set, assumptions and facilities, then one proposed facility per suggested site
 * (the type's preset radius and typical capacity, ranked names "建议社区服务站 1" / "Suggested Community service
 * station 1", the population each adds).
 */
export function suggestedScenario(
  source: Scenario,
  outcome: SuggestOutcome,
  type: string,
  radiusMeters: number,
  locale: Locale,
): ScenarioContent {
  const label = typeLabel(type, locale);
  const ids = freshIds(source.facilities, outcome.sites.length);
  const added = outcome.sites.map((site, index) => {
    const rank = index + 1;
    const facility = facilityFromPreset(type, ids[index] as string, site.lon, site.lat, locale, rank);
    facility.name = locale === 'en' ? `Suggested ${label} ${rank}` : `建议${label} ${rank}`;
    facility.radiusMeters = radiusMeters;
    facility.addedPopulation = Math.round(site.addedPopulation);
    return facility;
  });
  return {
    name: suggestedScenarioName(locale, type, outcome.objective, outcome.sites.length),
    datasetId: source.datasetId,
    ruleSetId: source.ruleSetId,
    parameters: { ...source.parameters, thresholdOverrides: { ...source.parameters.thresholdOverrides } },
    facilities: [...source.facilities.map(copyScenarioFacility), ...added],
  };
}

function idleState(): SuggestState {
  return {
    status: 'idle',
    progress: null,
    outcome: null,
    scenarioId: null,
    sourceScenarioId: null,
    type: null,
    error: null,
    milliseconds: null,
  };
}

export function createSuggestController(
  store: AppStore,
  engine: EngineClient,
  dependencies: SuggestDependencies,
): SuggestController {
  const state: Signal<SuggestState> = signal(idleState());
  let generation = 0;

  return {
    state,
    async run(form) {
      const mine = ++generation;
      const source = store.activeScenario.peek();
      const radiusMeters = form.radiusMeters ?? findFacilityPreset(form.type)?.radiusMeters ?? 300;
      const previous = state.peek();
      state.value = { ...idleState(), status: 'running', progress: { phase: 'candidates', fraction: 0 } };
      const started = performance.now();
      const answer = await engine.suggestSites(
        {
          type: form.type,
          radiusMeters,
          objective: form.objective,
          facilities: source.facilities,
          distance: source.parameters.distance ?? 'great-circle',
          ...(form.candidates ? { candidates: form.candidates } : {}),
          ...(form.exclusions.length > 0 ? { exclusions: form.exclusions } : {}),
          minSpacingMeters: form.minSpacingMeters,
          exact: form.objective.kind === 'count',
        },
        (progress) => {
          if (mine === generation && state.peek().status === 'running')
            state.value = { ...state.peek(), progress };
        },
      );
      if (mine !== generation) return;
      const milliseconds = performance.now() - started;
      if (!answer.ok) {
        // A cancelled run leaves the panel as it was before.
        state.value =
          answer.error.code === 'suggest-cancelled'
            ? previous
            : { ...idleState(), status: 'error', error: answer.error };
        return;
      }
      const outcome = answer.value;
      if (outcome.sites.length === 0) {
        state.value = { ...idleState(), status: 'done', outcome, type: form.type, milliseconds };
        return;
      }
      const content = suggestedScenario(source, outcome, form.type, radiusMeters, store.locale.peek());
      const scenarioId = await dependencies.addScenario(content);
      state.value = {
        status: 'done',
        progress: null,
        outcome,
        scenarioId,
        sourceScenarioId: source.id,
        type: form.type,
        error: null,
        milliseconds,
      };
      await dependencies.compare(source.id, scenarioId);
    },
    cancel() {
      if (state.peek().status !== 'running') return;
      engine.cancelSuggestion();
    },
    async readPoints(file) {
      if (!dependencies.importer) return fail('import-failed', 'No import worker');
      const outcome = await dependencies.importer.importBatch([
        {
          file,
          options: {
            kind: 'facilities',
            defaultFacilityType: 'community_service_station',
            defaultFloorAreaSquareMeters: 0,
          },
        },
      ]);
      if (!outcome.ok) return { ok: false, error: outcome.failure.error };
      const points = outcome.value.facilities.flatMap((read) =>
        read.facilities.map((facility) => ({ lon: facility.lon, lat: facility.lat })),
      );
      return ok(points);
    },
    async readPolygons(file) {
      if (!dependencies.importer) return fail('import-failed', 'No import worker');
      const outcome = await dependencies.importer.importBatch([{ file, options: { kind: 'districts' } }]);
      if (!outcome.ok) return { ok: false, error: outcome.failure.error };
      return ok(outcome.value.districts?.districts.map((district) => district.geometry) ?? []);
    },
  };
}
