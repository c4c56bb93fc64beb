/**
 * The analysis engine (issue 3): coverage, m² per 100 households, 2SFCA and rule-set indicators over one dataset,
 * with incremental edits. Pure core: runs in Node, in a worker and in tests. Definitions: domain.md § Definitions.
 *
 * Cost model: `setFacilities` is a full evaluation (time ∝ total catchment cells); `addFacility`, `moveFacility`,
 * `updateFacility` and `removeFacility` cost time ∝ the cells of the old and new catchments; `results()` costs
 * O((buckets + units of every level) × types + facilities) and reads no per-cell array. After any sequence of edits, `results()` equals that
 * of a fresh engine given the same facility list, to the last digit (fixed-point.ts explains how).
 */
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { fail, ok, type Result } from '../model/result';
import type { CoverageMethod, Results } from '../model/results';
import type { RuleSet } from '../rules/rule-set';
import { DEFAULT_RULE_SET_ID, findRuleSet } from '../rules/rule-sets';
import { validateRuleSet } from '../rules/validate-rule-set';
import { createAnalysisContext } from './analysis-context';
import { computeCellExtents, DEFAULT_SAMPLES_PER_SIDE } from './area-weighted-coverage';
import { buildResults } from './build-results';
import { createCatchmentRanges, type DistanceProvider } from './catchment';
import { MAX_FACILITIES_PER_LAYER } from './coverage-layer';
import { createEuclideanDistanceProvider } from './distance-provider';
import { engineMemoryBytes, resetEngineState, trackSurface } from './engine-lifecycle';
import {
  addFacilityRecord,
  createRuleLayers,
  type EngineState,
  type FacilityRecord,
  removeFacilityRecord,
  typeStateOf,
} from './engine-state';
import { createFacilityLocator } from './facility-locator';
import { createFinestRows } from './finest-rows';
import { spatialOrder } from './spatial-order';
import { createShareScratch, surfacePer100Households } from './supply-share';
import { copyFacility, validateFacility } from './validate-facility';

/** Engine settings. Every field is optional; see {@link createEngine} for defaults. */
export interface EngineOptions {
  /** `centroid` (default) or `area-weighted` (domain.md § Definitions, "Coverage"). */
  coverageMethod?: CoverageMethod;
  /** A preset rule set id (default `national-2021-2025`), or null for none. */
  ruleSetId?: string | null;
  /** An edited rule set; wins over `ruleSetId`. */
  ruleSet?: RuleSet;
  /** Persons per household replacing the dataset's default; districts with their own keep theirs. */
  householdSize?: number;
  /** Thresholds by indicator id, replacing the rule set's. */
  thresholdOverrides?: Record<string, number>;
  /** Area-weighted mode: samples per cell side, 1–15 (default 4, i.e. 16 samples per cell). */
  samplesPerSide?: number;
}

/** Fields of a facility an update may change (everything but the id). */
export type FacilityPatch = Partial<Omit<Facility, 'id'>>;

/** A live engine over one dataset. Every mutator returns a Result and leaves the state unchanged on failure. */
export interface Engine {
  /** Replaces all facilities: a full evaluation. Fails on a duplicate id or an invalid facility. */
  setFacilities(facilities: readonly Facility[]): Result<void>;
  /** Adds one facility (ids must be unique). */
  addFacility(facility: Facility): Result<void>;
  /** Moves a facility to (lon, lat), WGS 84 degrees. */
  moveFacility(id: string, lon: number, lat: number): Result<void>;
  /** Changes any fields but the id. A change of name or status only recomputes nothing. */
  updateFacility(id: string, patch: FacilityPatch): Result<void>;
  removeFacility(id: string): Result<void>;
  /** Copies of the current facilities, in engine order (insertion order; an update keeps the position). */
  facilities(): Facility[];
  /** The results of the current facilities (model/results.ts). */
  results(): Results;
  /** Per cell, 1 when some facility of `type` reaches the centroid at its own radius, else 0. A new array. */
  coverageMask(type: string): Uint8Array;
  /**
   * Per cell, 100 × A_i of `type`: m² per 100 households reachable (2SFCA). A new array. The first call for a type
   * costs a pass over its facilities; later edits keep it up to date incrementally.
   */
  sfcaSurface(type: string): Float32Array;
  /** Changes options and re-evaluates everything. */
  setOptions(options: EngineOptions): Result<void>;
  /** Current options, resolved (rule set id null when none). */
  options(): Required<Omit<EngineOptions, 'ruleSet'>> & { ruleSet: RuleSet | null };
  /** Bytes held by the engine's typed arrays (not counting the dataset's own arrays). */
  memoryBytes(): number;
}

interface Settings {
  coverageMethod: CoverageMethod;
  ruleSet: RuleSet | null;
  householdSize: number | undefined;
  thresholdOverrides: Record<string, number>;
  samplesPerSide: number;
}

function resolveSettings(options: EngineOptions, previous: Settings | null): Result<Settings> {
  let ruleSet = previous?.ruleSet ?? findRuleSet(DEFAULT_RULE_SET_ID) ?? null;
  if (options.ruleSet) {
    const valid = validateRuleSet(options.ruleSet);
    if (!valid.ok) return valid;
    ruleSet = valid.value;
  } else if (options.ruleSetId === null) ruleSet = null;
  else if (options.ruleSetId !== undefined) {
    const found = findRuleSet(options.ruleSetId);
    if (!found)
      return fail('unknown-rule-set', `rule set "${options.ruleSetId}" does not exist`, {
        ruleSet: options.ruleSetId,
      });
    ruleSet = found;
  }
  const samplesPerSide = options.samplesPerSide ?? previous?.samplesPerSide ?? DEFAULT_SAMPLES_PER_SIDE;
  if (!(Number.isInteger(samplesPerSide) && samplesPerSide >= 1 && samplesPerSide <= 15)) {
    return fail('invalid-option', `samplesPerSide ${samplesPerSide} is not an integer in 1…15`);
  }
  return ok({
    coverageMethod: options.coverageMethod ?? previous?.coverageMethod ?? 'centroid',
    ruleSet,
    householdSize: 'householdSize' in options ? options.householdSize : previous?.householdSize,
    thresholdOverrides: { ...(options.thresholdOverrides ?? previous?.thresholdOverrides ?? {}) },
    samplesPerSide,
  });
}

function buildState(dataset: Dataset, settings: Settings, provider: DistanceProvider): Result<EngineState> {
  // Area-weighted sampling measures straight-line distances inside cells: with a walking network it would mix the two.
  if (settings.coverageMethod === 'area-weighted' && provider.distance !== 'great-circle') {
    return fail(
      'invalid-option',
      `area-weighted coverage is straight-line only, not with ${provider.distance} distance`,
    );
  }
  const context = createAnalysisContext(dataset, settings.householdSize);
  if (!context.ok) return context;
  const state: EngineState = {
    context: context.value,
    provider,
    locators: [dataset.districts, ...(dataset.levels ?? []).map((level) => level.units)].map((units) =>
      createFacilityLocator(units, units.length),
    ),
    ruleSet: settings.ruleSet,
    areaWeighted:
      settings.coverageMethod === 'area-weighted'
        ? { samplesPerSide: settings.samplesPerSide, extents: computeCellExtents(dataset.grid) }
        : null,
    records: new Map(),
    types: new Map(),
    ruleLayers: new Map(),
    ranges: createCatchmentRanges(),
    otherRanges: createCatchmentRanges(),
    scratch: createShareScratch(context.value.bucketCount),
    finestRows: createFinestRows(context.value),
  };
  createRuleLayers(state);
  return ok(state);
}

/** Whether one more facility of `typeId` keeps every coverage count within Uint16. */
function hasRoom(state: EngineState, typeId: string, extra: number): boolean {
  const type = state.types.get(typeId);
  if (!type) return extra <= MAX_FACILITIES_PER_LAYER;
  return [type.layer, ...type.ruleLayers].every(
    (layer) => layer.facilityCount + extra <= MAX_FACILITIES_PER_LAYER,
  );
}

/** The first problem of a facility list (invalid facility, repeated id, too many of a type), or null. */
function validateList(facilities: readonly Facility[]): Result<never> | null {
  const seen = new Set<string>();
  const perType = new Map<string, number>();
  for (const facility of facilities) {
    const invalid = validateFacility(facility);
    if (invalid) return invalid;
    if (seen.has(facility.id))
      return fail('duplicate-facility-id', `facility id "${facility.id}" is repeated`, { id: facility.id });
    seen.add(facility.id);
    perType.set(facility.type, (perType.get(facility.type) ?? 0) + 1);
  }
  for (const [typeId, count] of perType) if (count > MAX_FACILITIES_PER_LAYER) return tooMany(typeId);
  return null;
}

function tooMany(typeId: string): Result<never> {
  return fail('too-many-facilities', `more than ${MAX_FACILITIES_PER_LAYER} facilities of type "${typeId}"`, {
    type: typeId,
    max: MAX_FACILITIES_PER_LAYER,
  });
}

/**
 * Creates an engine over `dataset`. Defaults: centroid coverage, rule set `national-2021-2025`, the dataset's
 * household size, straight-line distance ({@link createEuclideanDistanceProvider}). `provider` replaces the distance
 * model (e.g. a walking network); the area-weighted mode samples cells by straight-line distance, so it is refused
 * with any other provider. Fails with `missing-layer`, `invalid-household-size`, `unknown-rule-set`,
 * `invalid-rule-set` or `invalid-option`.
 */
export function createEngine(
  dataset: Dataset,
  options: EngineOptions = {},
  provider?: DistanceProvider,
): Result<Engine> {
  const distanceProvider = provider ?? createEuclideanDistanceProvider(dataset.grid);
  const initialSettings = resolveSettings(options, null);
  if (!initialSettings.ok) return initialSettings;
  let settings = initialSettings.value;
  const initialState = buildState(dataset, settings, distanceProvider);
  if (!initialState.ok) return initialState;
  let state = initialState.value;

  const addRecord = (facility: Facility): void => {
    state.records.set(facility.id, addFacilityRecord(state, copyFacility(facility)));
  };

  const replaceRecord = (record: FacilityRecord, next: Facility): Result<void> => {
    const invalid = validateFacility(next);
    if (invalid) return invalid;
    if (next.type !== record.facility.type && !hasRoom(state, next.type, 1)) return tooMany(next.type);
    removeFacilityRecord(state, record);
    addRecord(next);
    return ok(undefined);
  };

  const engine: Engine = {
    setFacilities(facilities) {
      const invalid = validateList(facilities);
      if (invalid) return invalid;
      resetEngineState(state);
      // Compute in spatial order (faster), keep the caller's order for the facility list.
      const records: FacilityRecord[] = [];
      for (const index of spatialOrder(facilities)) {
        records[index] = addFacilityRecord(state, copyFacility(facilities[index] as Facility));
      }
      for (const record of records) state.records.set(record.facility.id, record);
      return ok(undefined);
    },
    addFacility(facility) {
      const invalid = validateFacility(facility);
      if (invalid) return invalid;
      if (state.records.has(facility.id))
        return fail('duplicate-facility-id', `facility id "${facility.id}" exists`, { id: facility.id });
      if (!hasRoom(state, facility.type, 1)) return tooMany(facility.type);
      addRecord(facility);
      return ok(undefined);
    },
    moveFacility(id, lon, lat) {
      const record = state.records.get(id);
      if (!record) return fail('unknown-facility', `no facility with id "${id}"`, { id });
      return replaceRecord(record, { ...record.facility, lon, lat });
    },
    updateFacility(id, patch) {
      const record = state.records.get(id);
      if (!record) return fail('unknown-facility', `no facility with id "${id}"`, { id });
      const next = copyFacility({ ...record.facility, ...patch, id });
      const numericKeys = Object.keys(patch).filter((key) => key !== 'name' && key !== 'status');
      if (numericKeys.length === 0) {
        const invalid = validateFacility(next);
        if (invalid) return invalid;
        record.facility = next;
        return ok(undefined);
      }
      return replaceRecord(record, next);
    },
    removeFacility(id) {
      const record = state.records.get(id);
      if (!record) return fail('unknown-facility', `no facility with id "${id}"`, { id });
      removeFacilityRecord(state, record);
      state.records.delete(id);
      return ok(undefined);
    },
    facilities: () => [...state.records.values()].map((record) => copyFacility(record.facility)),
    results: () => buildResults(state, settings),
    coverageMask(type) {
      const mask = new Uint8Array(state.context.cellCount);
      const counts = state.types.get(type)?.layer.counts;
      if (counts)
        for (let cell = 0; cell < mask.length; cell++) mask[cell] = (counts[cell] as number) > 0 ? 1 : 0;
      return mask;
    },
    sfcaSurface(type) {
      const typeState = typeStateOf(state, type);
      return surfacePer100Households(trackSurface(state, typeState));
    },
    setOptions(options) {
      const next = resolveSettings(options, settings);
      if (!next.ok) return next;
      const rebuilt = buildState(dataset, next.value, distanceProvider);
      if (!rebuilt.ok) return rebuilt;
      const previous = state;
      settings = next.value;
      state = rebuilt.value;
      for (const record of previous.records.values()) addRecord(record.facility);
      for (const type of previous.types.values()) {
        if (type.surface) trackSurface(state, typeStateOf(state, type.id));
      }
      return ok(undefined);
    },
    options: () => ({
      coverageMethod: settings.coverageMethod,
      ruleSetId: settings.ruleSet?.id ?? null,
      ruleSet: settings.ruleSet,
      householdSize: settings.householdSize ?? state.context.householdSize,
      thresholdOverrides: { ...settings.thresholdOverrides },
      samplesPerSide: settings.samplesPerSide,
    }),
    memoryBytes: () => engineMemoryBytes(state),
  };
  return ok(engine);
}
