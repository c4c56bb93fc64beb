/**
 * Turns the engine state into the one Results shape (model/results.ts, issue 3 "Results JSON"). Figures follow
 * domain.md § Definitions; a ratio whose denominator is zero (a district without residents) is reported as 0.
 */
import type { District } from '../model/district';
import type {
  CoverageFigure,
  DistrictResult,
  IndicatorResult,
  LevelResult,
  Results,
  ZoneCoverageFigure,
} from '../model/results';
import { stringKeyed } from '../model/string-keyed';
import { DISTRICT_LEVEL_ID } from '../model/unit-level';
import { PRESET_FACILITY_TYPE_IDS } from '../rules/facility-presets';
import type { IndicatorRule } from '../rules/rule-set';
import { AMOUNT_FLOOR_AREA, type EngineState, type FacilityRecord, type TypeState } from './engine-state';
import { facilityResults } from './facility-results';
import type { FinestRows } from './finest-rows';
import { amountFromQuanta, PERSON_QUANTA } from './fixed-point';
import {
  countFacilities,
  evaluateIndicator,
  finestLevel,
  type IndicatorPlan,
  planIndicators,
  type Scope,
  scopeHouseholds,
  sumAmount,
  sumOverScope,
  zonesWithFacility,
} from './indicators';
import { type ResultsFrame, resultsFrame, rollUp } from './roll-ups';
import { unitPopulations } from './unit-populations';
import { CoverageOfUnit, type ScopeFigures, UnitRow } from './unit-row';

/** Options that shape the results but not the state. */
export interface ResultsSettings {
  coverageMethod: 'centroid' | 'area-weighted';
  thresholdOverrides: Record<string, number>;
}

/** Types listed under `coverage`: every preset (0 when absent), then other types that have facilities, by id. */
function listedTypes(state: EngineState): string[] {
  const custom = [...state.types.values()]
    .filter((type) => type.facilityCount > 0 && !PRESET_FACILITY_TYPE_IDS.includes(type.id))
    .map((type) => type.id)
    .sort();
  return [...PRESET_FACILITY_TYPE_IDS, ...custom];
}

/**
 * Types whose floor area is "facility area": only those the rule set's area indicator names (domain.md § Readings
 * of the plans: the column counts community-service facilities, whatever the rule set); none without one.
 */
function areaTypes(state: EngineState): string[] {
  return areaRule(state)?.facilityTypes ?? [];
}

function areaRule(state: EngineState): IndicatorRule | undefined {
  return state.ruleSet?.indicators.find((rule) => rule.kind === 'areaPer100Households');
}

/** What every figure of one results() call reads, looked up once per call rather than once per row. */
interface RowPlan {
  /** The listed types (`coverage` keys), their states (null: no facility of the type yet) and covered quanta. */
  types: string[];
  typeStates: (TypeState | null)[];
  coveredOfType: (Float64Array | null)[];
  /** Every type with a state, for the facility count. */
  stateTypes: string[];
  areaTypes: string[];
  indicators: IndicatorPlan[];
  /** Index of the first area indicator (its deficit is the row's), or −1. */
  areaIndicator: number;
  /** Every listed type with the figures of a type that has no facility, in listed order: each row copies them. */
  coverageTemplate: Record<string, CoverageFigure>;
  sfcaTemplate: Record<string, number>;
}

function rowPlan(state: EngineState, settings: ResultsSettings, types: string[]): RowPlan {
  const typeStates = types.map((typeId) => state.types.get(typeId) ?? null);
  const indicators = planIndicators(state, settings.thresholdOverrides);
  const coverageTemplate = stringKeyed<CoverageFigure>();
  const sfcaTemplate = stringKeyed<number>();
  for (const typeId of types) {
    coverageTemplate[typeId] = NO_COVERAGE;
    sfcaTemplate[typeId] = 0;
  }
  return {
    types,
    typeStates,
    coveredOfType: typeStates.map((type) =>
      type === null ? null : (type.layer.areaWeighted?.coveredQuanta ?? type.layer.coveredQuanta),
    ),
    stateTypes: [...state.types.keys()],
    areaTypes: areaTypes(state),
    indicators,
    areaIndicator: indicators.findIndex((indicator) => indicator.rule.kind === 'areaPer100Households'),
    coverageTemplate,
    sfcaTemplate,
  };
}

/**
 * The figure of a type reaching nobody in a unit (most pairs of type and hexagon), shared by every such pair and
 * frozen so that no reader can change it for all of them: equal to the figure computed, 0 and 0 %, and each shared
 * figure saves ~80 bytes that outlive the call (2,890 hexagons × 13 types: 3 MB, whose copying by the garbage
 * collector was most of results()' time).
 */
const NO_COVERAGE: CoverageFigure = Object.freeze({ coveredPopulation: 0, percent: 0 });

/** A scope of `buckets`, with its households computed once. */
function scopeOf(
  state: EngineState,
  level: number,
  units: number[],
  buckets: number[],
  records: readonly FacilityRecord[],
  zones: readonly number[],
): Scope {
  return { level, units, buckets, records, zones, households: scopeHouseholds(state, buckets) };
}

/** An empty {@link ScopeFigures}, its keys in the row's order (the totals spread it). */
function emptyFigures(): ScopeFigures {
  return {
    households: 0,
    facilityAreaSquareMeters: 0,
    areaPer100Households: 0,
    deficitSquareMeters: 0,
    facilityCount: 0,
    coverage: NO_RECORD,
    sfcaPer100Households: NO_RECORD,
    indicators: [],
  };
}

const NO_RECORD: Record<string, never> = Object.freeze(stringKeyed<never>());

/**
 * Fills `out` with the figures of `scope` (`residentQuanta`: its resident population, quanta). One `out` serves every
 * row of a level: a row copies the figures, so 2,890 hexagon rows allocate no intermediate object.
 */
function scopeFigures(
  state: EngineState,
  plan: RowPlan,
  scope: Scope,
  residentQuanta: number,
  out: ScopeFigures,
): ScopeFigures {
  const { households } = scope;
  const facilityAreaSquareMeters = sumAmount(state, plan.areaTypes, AMOUNT_FLOOR_AREA, scope);
  // Copies of the templates (one step each, where 13 keys set one by one cost ~0.9 ms over 2,890 hexagon rows): only
  // the types with facilities are then set. A copy has Object.prototype, as every row has after a structured clone;
  // the keys are still all own, `__proto__` and `constructor` too (copying defines them, then setting finds them).
  const coverage = { ...plan.coverageTemplate };
  const sfcaPer100Households = { ...plan.sfcaTemplate };
  for (let k = 0; k < plan.types.length; k++) {
    const type = plan.typeStates[k];
    if (!type) continue;
    const typeId = plan.types[k] as string;
    const coveredQuanta = sumOverScope(plan.coveredOfType[k] as Float64Array, scope);
    if (coveredQuanta !== 0) {
      coverage[typeId] = new CoverageOfUnit(
        coveredQuanta / PERSON_QUANTA,
        residentQuanta > 0 ? (100 * coveredQuanta) / residentQuanta : 0,
      );
    }
    sfcaPer100Households[typeId] =
      households > 0 ? (100 * amountFromQuanta(sumOverScope(type.sfcaQuanta, scope))) / households : 0;
  }
  const indicators: IndicatorResult[] = new Array(plan.indicators.length);
  for (let k = 0; k < indicators.length; k++) {
    indicators[k] = evaluateIndicator(state, plan.indicators[k] as IndicatorPlan, scope);
  }
  const deficitSquareMeters =
    plan.areaIndicator < 0
      ? 0
      : ((indicators[plan.areaIndicator] as IndicatorResult).deficitSquareMeters ?? 0);
  out.households = households;
  out.facilityAreaSquareMeters = facilityAreaSquareMeters;
  out.areaPer100Households = households > 0 ? (100 * facilityAreaSquareMeters) / households : 0;
  out.deficitSquareMeters = deficitSquareMeters;
  out.facilityCount = countFacilities(state, plan.stateTypes, scope.level, scope.units);
  out.coverage = coverage;
  out.sfcaPer100Households = sfcaPer100Households;
  out.indicators = indicators;
  return out;
}

function zoneCoverage(state: EngineState, types: string[], zones: readonly number[]) {
  const out = stringKeyed<ZoneCoverageFigure>();
  for (const typeId of types) {
    const withFacility = zonesWithFacility(state, [typeId], zones);
    out[typeId] = {
      zonesWithFacility: withFacility,
      zoneCount: zones.length,
      percent: zones.length > 0 ? (100 * withFacility) / zones.length : 0,
    };
  }
  return out;
}

/**
 * One row per unit of `level` (shaped as `districts[]`), each unit a scope of its buckets and facilities. With `kept`
 * (the finest level), the rows of units no edit changed since the last call are handed on as they are, and the new
 * rows are kept for the next call (finest-rows.ts).
 */
function unitRows(
  state: EngineState,
  plan: RowPlan,
  level: number,
  units: readonly District[],
  frame: ResultsFrame,
  kept: FinestRows | null,
): DistrictResult[] {
  const { context } = state;
  const bucketsOfUnit = context.bucketsOfUnit[level] ?? [];
  const recordsOfUnit = frame.recordsOfUnit[level] ?? [];
  const zonesOfUnit = frame.zonesOfUnit[level] ?? [];
  const sums = unitPopulations(context, level);
  // One scope object for every row, refilled: nothing keeps it past its row.
  const scope: Scope = { level, units: [0], buckets: [], records: NO_RECORDS, zones: [], households: 0 };
  const rows: DistrictResult[] = new Array(units.length);
  const figures = emptyFigures();
  const previous = kept?.rows ?? null;
  for (let index = 0; index < units.length; index++) {
    if (previous && kept?.changed[index] === 0) {
      rows[index] = previous[index] as DistrictResult;
      continue;
    }
    const unit = units[index] as District;
    scope.units[0] = index;
    scope.buckets = bucketsOfUnit[index] ?? [];
    scope.records = recordsOfUnit[index] ?? NO_RECORDS;
    scope.zones = zonesOfUnit[index] ?? [];
    scope.households = sums.households[index] as number;
    const residentQuanta = sums.residentQuanta[index] as number;
    scopeFigures(state, plan, scope, residentQuanta, figures);
    const row = new UnitRow(
      unit,
      residentQuanta / PERSON_QUANTA,
      figures,
      sums.populationByLayer[index] as Record<string, number>,
    );
    if (sums.elderlyQuanta) row.elderlyPopulation = (sums.elderlyQuanta[index] as number) / PERSON_QUANTA;
    rows[index] = row;
  }
  if (kept) {
    kept.rows = rows;
    kept.changed.fill(0);
  }
  return rows;
}

/** The facilities of a unit holding none (most hexagons): one shared empty list. */
const NO_RECORDS: readonly FacilityRecord[] = Object.freeze([]);

/** The results of the current state. Pure: calling it twice gives equal objects. */
export function buildResults(state: EngineState, settings: ResultsSettings): Results {
  const { context } = state;
  const { dataset } = context;
  const types = listedTypes(state);
  const plan = rowPlan(state, settings, types);
  const records = [...state.records.values()];
  const frame = resultsFrame(state, records);
  const finest = finestLevel(state);
  const keptAt = (level: number) => (level === finest ? state.finestRows : null);
  const districts = unitRows(state, plan, 0, dataset.districts, frame, keptAt(0));
  const finerLevels = dataset.levels ?? [];
  const levelRows = finerLevels.map((level, k) =>
    unitRows(state, plan, k + 1, level.units, frame, keptAt(k + 1)),
  );
  const finestRows = finest === 0 ? districts : (levelRows[finest - 1] as DistrictResult[]);
  const finestLevelId = finest === 0 ? DISTRICT_LEVEL_ID : (finerLevels[finest - 1]?.id ?? DISTRICT_LEVEL_ID);
  const rollUpOf = (zones: readonly number[]) => rollUp(state, finestLevelId, finestRows, zones, types);
  [districts, ...levelRows].forEach((rows, level) => {
    if (level === finest) return;
    rows.forEach((row, index) => {
      row.rollUp = rollUpOf(frame.zonesOfUnit[level]?.[index] ?? []);
    });
  });
  const allZones = Array.from({ length: context.unitCounts[finest] as number }, (_, unit) => unit);
  const all = scopeOf(
    state,
    0,
    Array.from({ length: context.districtCount + 1 }, (_, unit) => unit),
    Array.from({ length: context.bucketCount }, (_, bucket) => bucket),
    records,
    allZones,
  );
  const residentQuanta = sumOverScope(context.resident.quantaOfBucket, all);
  const totals = scopeFigures(state, plan, all, residentQuanta, emptyFigures());
  const outsideBuckets = context.bucketsOfUnit[0]?.[context.districtCount] ?? [];
  let outsideQuanta = 0;
  for (const bucket of outsideBuckets) outsideQuanta += context.resident.quantaOfBucket[bucket] as number;
  const method: Results['method'] = {
    coverage: settings.coverageMethod,
    householdSize: context.householdSize,
    distance: state.provider.distance,
    layer: context.resident.id,
    ruleSetId: state.ruleSet?.id ?? null,
    areaTypes: [...areaTypes(state)],
  };
  if (state.areaWeighted) method.samplesPerSide = state.areaWeighted.samplesPerSide;
  const results: Results = {
    method,
    districts,
    totals: {
      population: residentQuanta / PERSON_QUANTA,
      populationOutsideDistricts: outsideQuanta / PERSON_QUANTA,
      ...totals,
      zoneCoverage: zoneCoverage(state, types, allZones),
      rollUp: rollUpOf(allZones),
    },
    facilities: facilityResults(state, settings.thresholdOverrides),
  };
  if (finerLevels.length > 0) {
    results.levels = finerLevels.map((level, k) => {
      const out: LevelResult = { id: level.id, name: level.name, units: levelRows[k] as DistrictResult[] };
      if (level.generated) out.generated = true;
      return out;
    });
  }
  return results;
}
