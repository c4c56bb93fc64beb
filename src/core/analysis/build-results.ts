/**
 * Turns the engine state into the one Results shape (model/results.ts, issue 3 "Results JSON"). Figures follow
 * domain.md § Definitions; a ratio whose denominator is zero (a district without residents) is reported as 0.
 */
import type {
  CoverageFigure,
  DistrictResult,
  FacilityFlag,
  FacilityResult,
  IndicatorResult,
  Results,
  ZoneCoverageFigure,
} from '../model/results';
import { PRESET_FACILITY_TYPE_IDS } from '../rules/facility-presets';
import type { IndicatorRule } from '../rules/rule-set';
import { AMOUNT_FLOOR_AREA, type EngineState, type FacilityRecord } from './engine-state';
import { amountFromQuanta, PERSON_QUANTA } from './fixed-point';
import {
  countFacilities,
  coveredQuanta,
  evaluateIndicator,
  type Scope,
  scopeHouseholds,
  sumAmount,
  sumOverScope,
} from './indicators';

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

/** Figures shared by a district and the totals. */
function scopeFigures(state: EngineState, settings: ResultsSettings, scope: Scope, types: string[]) {
  const households = scopeHouseholds(state, scope);
  const facilityAreaSquareMeters = sumAmount(state, areaTypes(state), AMOUNT_FLOOR_AREA, scope);
  const coverage: Record<string, CoverageFigure> = {};
  const sfcaPer100Households: Record<string, number> = {};
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
    facilityCount: countFacilities(state, [...state.types.keys()], scope.buckets),
    coverage,
    sfcaPer100Households,
    indicators,
  };
}

function layerPopulations(state: EngineState, bucket: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [layerId, quanta] of Object.entries(state.context.layerQuantaOfBucket)) {
    out[layerId] = (quanta[bucket] as number) / PERSON_QUANTA;
  }
  return out;
}

function facilityResults(state: EngineState, settings: ResultsSettings): FacilityResult[] {
  const minimumRules = (state.ruleSet?.indicators ?? []).filter((rule) => rule.kind === 'minimumSize');
  return [...state.records.values()].map((record) => {
    const { facility, share, bucket } = record;
    const flags: FacilityFlag[] = [];
    if (share.demandHouseholds === 0) flags.push('noDemandInRange');
    const below = minimumRules.some(
      (rule) =>
        rule.facilityTypes.includes(facility.type) &&
        facility.floorAreaSquareMeters < (settings.thresholdOverrides[rule.id] ?? rule.threshold),
    );
    if (below) flags.push('belowMinimumSize');
    return {
      id: facility.id,
      type: facility.type,
      districtId:
        bucket < state.context.districtCount ? (state.context.dataset.districts[bucket]?.id ?? null) : null,
      demandHouseholds: share.demandHouseholds,
      supplyPer100Households: 100 * (share.ratioInteger + share.ratioFraction),
      flags,
    };
  });
}

function zoneCoverage(state: EngineState, types: string[]): Record<string, ZoneCoverageFigure> {
  const zoneCount = state.context.districtCount;
  const out: Record<string, ZoneCoverageFigure> = {};
  for (const typeId of types) {
    let zonesWithFacility = 0;
    for (let bucket = 0; bucket < zoneCount; bucket++) {
      if (countFacilities(state, [typeId], [bucket]) > 0) zonesWithFacility++;
    }
    out[typeId] = {
      zonesWithFacility,
      zoneCount,
      percent: zoneCount > 0 ? (100 * zonesWithFacility) / zoneCount : 0,
    };
  }
  return out;
}

/** The results of the current state. Pure: calling it twice gives equal objects. */
export function buildResults(state: EngineState, settings: ResultsSettings): Results {
  const { context } = state;
  const types = listedTypes(state);
  const records = [...state.records.values()];
  const recordsOfBucket: FacilityRecord[][] = Array.from({ length: context.bucketCount }, () => []);
  for (const record of records) recordsOfBucket[record.bucket]?.push(record);
  const districts: DistrictResult[] = context.dataset.districts.map((district, bucket) => {
    const scope: Scope = { buckets: [bucket], records: recordsOfBucket[bucket] ?? [] };
    const figures = scopeFigures(state, settings, scope, types);
    const result: DistrictResult = {
      id: district.id,
      name: district.name,
      population: (context.resident.quantaOfBucket[bucket] as number) / PERSON_QUANTA,
      ...figures,
      populationByLayer: layerPopulations(state, bucket),
    };
    if (context.elderly)
      result.elderlyPopulation = (context.elderly.quantaOfBucket[bucket] as number) / PERSON_QUANTA;
    return result;
  });
  const all: Scope = {
    buckets: Array.from({ length: context.bucketCount }, (_, bucket) => bucket),
    records,
  };
  const totals = scopeFigures(state, settings, all, types);
  const method: Results['method'] = {
    coverage: settings.coverageMethod,
    householdSize: context.householdSize,
    distance: state.provider.distance,
    layer: context.resident.id,
    ruleSetId: state.ruleSet?.id ?? null,
    areaTypes: [...areaTypes(state)],
  };
  if (state.areaWeighted) method.samplesPerSide = state.areaWeighted.samplesPerSide;
  return {
    method,
    districts,
    totals: {
      population: sumOverScope(context.resident.quantaOfBucket, all) / PERSON_QUANTA,
      populationOutsideDistricts:
        (context.resident.quantaOfBucket[context.outsideBucket] as number) / PERSON_QUANTA,
      ...totals,
      zoneCoverage: zoneCoverage(state, types),
    },
    facilities: facilityResults(state, settings),
  };
}
