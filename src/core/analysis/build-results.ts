/**
 * Turns the engine state into the one Results shape (model/results.ts, issue 3 "Results JSON"). Figures follow
 * domain.md § Definitions; a ratio whose denominator is zero (a district without residents) is reported as 0.
 */
import type { District } from '../model/district';
import type {
  CoverageFigure,
  DistrictResult,
  FacilityFlag,
  FacilityResult,
  IndicatorResult,
  LevelResult,
  Results,
  ZoneCoverageFigure,
} from '../model/results';
import { stringKeyed } from '../model/string-keyed';
import { DISTRICT_LEVEL_ID } from '../model/unit-level';
import { PRESET_FACILITY_TYPE_IDS } from '../rules/facility-presets';
import type { IndicatorRule } from '../rules/rule-set';
import { AMOUNT_FLOOR_AREA, type EngineState } from './engine-state';
import { amountFromQuanta, PERSON_QUANTA } from './fixed-point';
import {
  countFacilities,
  coveredQuanta,
  evaluateIndicator,
  finestLevel,
  type Scope,
  scopeHouseholds,
  sumAmount,
  sumOverScope,
} from './indicators';
import { type ResultsFrame, resultsFrame, rollUp } from './roll-ups';

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

function coverageFigure(state: EngineState, typeId: string, scope: Scope): CoverageFigure {
  const layer = state.types.get(typeId)?.layer ?? null;
  const covered = coveredQuanta(layer, scope);
  const population = sumOverScope(state.context.resident.quantaOfBucket, scope);
  return {
    coveredPopulation: covered / PERSON_QUANTA,
    percent: population > 0 ? (100 * covered) / population : 0,
  };
}

function sfcaFigure(state: EngineState, typeId: string, scope: Scope, households: number): number {
  const type = state.types.get(typeId);
  if (!type || !(households > 0)) return 0;
  return (100 * amountFromQuanta(sumOverScope(type.sfcaQuanta, scope))) / households;
}

function indicatorsFor(state: EngineState, settings: ResultsSettings, scope: Scope): IndicatorResult[] {
  return (state.ruleSet?.indicators ?? []).map((rule) =>
    evaluateIndicator(state, rule, settings.thresholdOverrides[rule.id] ?? rule.threshold, scope),
  );
}

/** Figures shared by a unit and the totals. */
function scopeFigures(state: EngineState, settings: ResultsSettings, scope: Scope, types: string[]) {
  const households = scopeHouseholds(state, scope);
  const facilityAreaSquareMeters = sumAmount(state, areaTypes(state), AMOUNT_FLOOR_AREA, scope);
  const coverage = stringKeyed<CoverageFigure>();
  const sfcaPer100Households = stringKeyed<number>();
  for (const typeId of types) {
    coverage[typeId] = coverageFigure(state, typeId, scope);
    sfcaPer100Households[typeId] = sfcaFigure(state, typeId, scope, households);
  }
  const indicators = indicatorsFor(state, settings, scope);
  const areaIndicator = indicators.find((indicator) => indicator.kind === 'areaPer100Households');
  return {
    households,
    facilityAreaSquareMeters,
    areaPer100Households: households > 0 ? (100 * facilityAreaSquareMeters) / households : 0,
    deficitSquareMeters: areaIndicator?.deficitSquareMeters ?? 0,
    facilityCount: countFacilities(state, [...state.types.keys()], scope.level, scope.units),
    coverage,
    sfcaPer100Households,
    indicators,
  };
}

function layerPopulations(layers: [string, Float64Array][], scope: Scope): Record<string, number> {
  const out = stringKeyed<number>();
  for (const [layerId, quanta] of layers) out[layerId] = sumOverScope(quanta, scope) / PERSON_QUANTA;
  return out;
}

function facilityResults(state: EngineState, settings: ResultsSettings): FacilityResult[] {
  const minimumRules = (state.ruleSet?.indicators ?? []).filter((rule) => rule.kind === 'minimumSize');
  const { districtCount, dataset } = state.context;
  return [...state.records.values()].map((record) => {
    const { facility, share, units } = record;
    const flags: FacilityFlag[] = [];
    if (share.demandHouseholds === 0) flags.push('noDemandInRange');
    const below = minimumRules.some(
      (rule) =>
        rule.facilityTypes.includes(facility.type) &&
        facility.floorAreaSquareMeters < (settings.thresholdOverrides[rule.id] ?? rule.threshold),
    );
    if (below) flags.push('belowMinimumSize');
    const district = units[0] as number;
    return {
      id: facility.id,
      type: facility.type,
      districtId: district < districtCount ? (dataset.districts[district]?.id ?? null) : null,
      demandHouseholds: share.demandHouseholds,
      supplyPer100Households: 100 * (share.ratioInteger + share.ratioFraction),
      flags,
    };
  });
}

function zoneCoverage(state: EngineState, types: string[], zones: readonly number[]) {
  const finest = finestLevel(state);
  const out = stringKeyed<ZoneCoverageFigure>();
  for (const typeId of types) {
    const zonesWithFacility = zones.filter(
      (unit) => countFacilities(state, [typeId], finest, [unit]) > 0,
    ).length;
    out[typeId] = {
      zonesWithFacility,
      zoneCount: zones.length,
      percent: zones.length > 0 ? (100 * zonesWithFacility) / zones.length : 0,
    };
  }
  return out;
}

/** One row per unit of `level` (shaped as `districts[]`), each unit a scope of its buckets and facilities. */
function unitRows(
  state: EngineState,
  settings: ResultsSettings,
  level: number,
  units: readonly District[],
  types: string[],
  frame: ResultsFrame,
): DistrictResult[] {
  const { context } = state;
  const layers = Object.entries(context.layerQuantaOfBucket);
  return units.map((unit, index) => {
    const scope: Scope = {
      level,
      units: [index],
      buckets: context.bucketsOfUnit[level]?.[index] ?? [],
      records: frame.recordsOfUnit[level]?.[index] ?? [],
      zones: frame.zonesOfUnit[level]?.[index] ?? [],
    };
    const row: DistrictResult = {
      id: unit.id,
      name: unit.name,
      population: sumOverScope(context.resident.quantaOfBucket, scope) / PERSON_QUANTA,
      ...scopeFigures(state, settings, scope, types),
      populationByLayer: layerPopulations(layers, scope),
    };
    if (context.elderly)
      row.elderlyPopulation = sumOverScope(context.elderly.quantaOfBucket, scope) / PERSON_QUANTA;
    return row;
  });
}

/** The results of the current state. Pure: calling it twice gives equal objects. */
export function buildResults(state: EngineState, settings: ResultsSettings): Results {
  const { context } = state;
  const { dataset } = context;
  const types = listedTypes(state);
  const records = [...state.records.values()];
  const frame = resultsFrame(state, records);
  const finest = finestLevel(state);
  const finestRows: DistrictResult[][] = [];
  const districts = unitRows(state, settings, 0, dataset.districts, types, frame);
  const finerLevels = dataset.levels ?? [];
  const levelRows = finerLevels.map((level, k) =>
    unitRows(state, settings, k + 1, level.units, types, frame),
  );
  finestRows.push(finest === 0 ? districts : (levelRows[finest - 1] as DistrictResult[]));
  const finestLevelId = finest === 0 ? DISTRICT_LEVEL_ID : (finerLevels[finest - 1]?.id ?? DISTRICT_LEVEL_ID);
  const rollUpOf = (zones: readonly number[]) =>
    rollUp(state, finestLevelId, finestRows[0] as DistrictResult[], zones, types);
  [districts, ...levelRows].forEach((rows, level) => {
    if (level === finest) return;
    rows.forEach((row, index) => {
      row.rollUp = rollUpOf(frame.zonesOfUnit[level]?.[index] ?? []);
    });
  });
  const allZones = Array.from({ length: context.unitCounts[finest] as number }, (_, unit) => unit);
  const all: Scope = {
    level: 0,
    units: Array.from({ length: context.districtCount + 1 }, (_, unit) => unit),
    buckets: Array.from({ length: context.bucketCount }, (_, bucket) => bucket),
    records,
    zones: allZones,
  };
  const totals = scopeFigures(state, settings, all, types);
  const outside: Scope = {
    ...all,
    units: [context.districtCount],
    buckets: context.bucketsOfUnit[0]?.[context.districtCount] ?? [],
  };
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
      population: sumOverScope(context.resident.quantaOfBucket, all) / PERSON_QUANTA,
      populationOutsideDistricts: sumOverScope(context.resident.quantaOfBucket, outside) / PERSON_QUANTA,
      ...totals,
      zoneCoverage: zoneCoverage(state, types, allZones),
      rollUp: rollUpOf(allZones),
    },
    facilities: facilityResults(state, settings),
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
