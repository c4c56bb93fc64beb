/**
 * Evaluates a rule set's indicators over a scope (one district, or the whole dataset for the totals), with the
 * formulas of domain.md § Definitions. Every input is an exact fixed-point sum (fixed-point.ts), so a figure depends
 * only on the facility list, never on the order of edits.
 */
import type { IndicatorResult } from '../model/results';
import type { IndicatorRule } from '../rules/rule-set';
import { type CoverageLayer, coverageLayerKey } from './coverage-layer';
import {
  AMOUNT_BEDS,
  AMOUNT_DOCTORS,
  AMOUNT_FLOOR_AREA,
  AMOUNT_GENERAL_PRACTITIONERS,
  AMOUNT_INCLUSIVE_PLACES,
  AMOUNT_KINDS,
  AMOUNT_SPORTS_AREA,
  type EngineState,
  type FacilityRecord,
  ownLayerKey,
  populationOfRole,
} from './engine-state';
import { amountFromQuanta, PERSON_QUANTA } from './fixed-point';

/**
 * What the figures are summed over: some units of one level (one unit, or all of them for the city), their cells'
 * buckets, and the finest-level units judged as its zones (domain.md § Planning units).
 */
export interface Scope {
  /** Level of `units` (0: the districts). */
  level: number;
  /** Unit indices at that level (the level's outside index allowed), ascending. */
  units: number[];
  /** Buckets of those units, ascending. */
  buckets: number[];
  /** The facilities located in those units, in engine order. */
  records: readonly FacilityRecord[];
  /** Finest-level units (never the outside) that count as this scope's zones for zone coverage. */
  zones: readonly number[];
}

/** Σ of an amount (AMOUNT_* index) over `types` and the scope's units, in its unit. */
export function sumAmount(state: EngineState, types: readonly string[], kind: number, scope: Scope): number {
  let quanta = 0;
  for (const typeId of types) {
    const sums = state.types.get(typeId)?.amountQuanta[scope.level];
    if (!sums) continue;
    for (const unit of scope.units) quanta += sums[unit * AMOUNT_KINDS + kind] as number;
  }
  return amountFromQuanta(quanta);
}

/** Facilities of `types` located in `units` of `level`. */
export function countFacilities(
  state: EngineState,
  types: readonly string[],
  level: number,
  units: readonly number[],
): number {
  let count = 0;
  for (const typeId of types) {
    const counts = state.types.get(typeId)?.facilityCountOfUnit[level];
    if (!counts) continue;
    for (const unit of units) count += counts[unit] as number;
  }
  return count;
}

/** The finest level: where per-community standards are judged (domain.md § Planning units). */
export function finestLevel(state: EngineState): number {
  return state.context.levelCount - 1;
}

/** Σ of per-bucket quanta over the scope (exact). */
export function sumOverScope(values: Float64Array, scope: Scope): number {
  let total = 0;
  for (const bucket of scope.buckets) total += values[bucket] as number;
  return total;
}

/** The layer holding coverage for these types, radius and population layer, or null if none exists yet. */
function findCoverageLayer(
  state: EngineState,
  types: readonly string[],
  radiusMeters: number | null,
  layerId: string,
): CoverageLayer | null {
  const key = coverageLayerKey(types, radiusMeters, layerId);
  const ruleLayer = state.ruleLayers.get(key);
  if (ruleLayer) return ruleLayer;
  const single = types.length === 1 ? (types[0] as string) : null;
  if (single !== null && key === ownLayerKey(state, single)) return state.types.get(single)?.layer ?? null;
  return null;
}

/** Covered population quanta of `layer` over the scope, by the engine's coverage method. */
export function coveredQuanta(layer: CoverageLayer | null, scope: Scope): number {
  if (layer === null) return 0;
  return sumOverScope(layer.areaWeighted ? layer.areaWeighted.coveredQuanta : layer.coveredQuanta, scope);
}

/** Households of the scope: Σ over its buckets of persons / household size, in bucket order. */
export function scopeHouseholds(state: EngineState, scope: Scope): number {
  let households = 0;
  for (const bucket of scope.buckets) {
    const persons = (state.context.resident.quantaOfBucket[bucket] as number) / PERSON_QUANTA;
    households += persons / (state.context.householdSizeOfBucket[bucket] as number);
  }
  return households;
}

function ratio(numerator: number, denominator: number, scale: number): { value: number; available: boolean } {
  return denominator > 0
    ? { value: (scale * numerator) / denominator, available: true }
    : { value: 0, available: false };
}

/** Evaluates `rule` over `scope` with `threshold` (the rule's own unless overridden). */
export function evaluateIndicator(
  state: EngineState,
  rule: IndicatorRule,
  threshold: number,
  scope: Scope,
): IndicatorResult {
  const { context } = state;
  const types = rule.facilityTypes;
  const residentQuanta = sumOverScope(context.resident.quantaOfBucket, scope);
  const elderlyQuanta = context.elderly ? sumOverScope(context.elderly.quantaOfBucket, scope) : 0;
  const residents = residentQuanta / PERSON_QUANTA;
  let figure: { value: number; available: boolean };
  const extra: Partial<IndicatorResult> = {};
  switch (rule.kind) {
    case 'areaPer100Households': {
      const households = scopeHouseholds(state, scope);
      const area = sumAmount(state, types, AMOUNT_FLOOR_AREA, scope);
      figure = ratio(area, households, 100);
      extra.deficitSquareMeters = Math.max(0, (threshold * households) / 100 - area);
      break;
    }
    case 'coveragePercent': {
      const population = populationOfRole(state, rule.populationLayer);
      if (population === null) {
        figure = { value: 0, available: false };
        break;
      }
      const layer = findCoverageLayer(state, types, rule.radiusMeters ?? null, population.id);
      figure = ratio(coveredQuanta(layer, scope), sumOverScope(population.quantaOfBucket, scope), 100);
      break;
    }
    case 'inclusiveKindergartenPercent':
      return evaluateInclusiveShare(state, rule, threshold, scope);
    case 'zoneCoveragePercent': {
      // Share of the scope's finest units holding a counted facility: 100 or 0 for a finest unit itself.
      const finest = finestLevel(state);
      const withFacility = scope.zones.filter((unit) => countFacilities(state, types, finest, [unit]) > 0);
      figure = ratio(withFacility.length, scope.zones.length, 100);
      break;
    }
    case 'bedsPer1000Elderly':
      figure = context.elderly
        ? ratio(sumAmount(state, types, AMOUNT_BEDS, scope), elderlyQuanta / PERSON_QUANTA, 1000)
        : { value: 0, available: false };
      break;
    case 'doctorsPer1000':
      figure = ratio(sumAmount(state, types, AMOUNT_DOCTORS, scope), residents, 1000);
      break;
    case 'gpsPer10000':
      figure = ratio(sumAmount(state, types, AMOUNT_GENERAL_PRACTITIONERS, scope), residents, 10_000);
      break;
    case 'sportsAreaPerPerson':
      figure = ratio(sumAmount(state, types, AMOUNT_SPORTS_AREA, scope), residents, 1);
      break;
    case 'minimumSize':
      return evaluateMinimumSize(rule, threshold, scope);
  }
  const pass = figure.available && compare(figure.value, threshold, rule.comparison);
  if (isPartial(state, rule)) extra.partial = true;
  return { ...baseResult(rule, threshold), value: figure.value, available: figure.available, pass, ...extra };
}

/** Whether none of the rule's `partialWithout` types has a facility anywhere in the dataset. */
function isPartial(state: EngineState, rule: IndicatorRule): boolean {
  const missing = rule.partialWithout;
  if (!missing || missing.length === 0) return false;
  return missing.every((typeId) => (state.types.get(typeId)?.facilityCount ?? 0) === 0);
}

/**
 * 普惠 kindergarten coverage (rule-set.ts `inclusiveKindergartenPercent`): 100 × min(Σ 普惠 places, children) /
 * children. "Not evaluable" without a child layer, or when no counted facility anywhere states its places by kind.
 */
function evaluateInclusiveShare(
  state: EngineState,
  rule: IndicatorRule,
  threshold: number,
  scope: Scope,
): IndicatorResult {
  const child = state.context.child;
  const placesByKind = rule.facilityTypes.some(
    (typeId) => (state.types.get(typeId)?.placesByKindCount ?? 0) > 0,
  );
  if (child === null || !placesByKind) return { ...baseResult(rule, threshold), outcome: 'notEvaluable' };
  const children = sumOverScope(child.quantaOfBucket, scope) / PERSON_QUANTA;
  const inclusive = sumAmount(state, rule.facilityTypes, AMOUNT_INCLUSIVE_PLACES, scope);
  const figure = ratio(Math.min(inclusive, children), children, 100);
  return {
    ...baseResult(rule, threshold),
    value: figure.value,
    available: figure.available,
    pass: figure.available && compare(figure.value, threshold, rule.comparison),
  };
}

function compare(value: number, threshold: number, comparison: IndicatorRule['comparison']): boolean {
  return comparison === 'atLeast' ? value >= threshold : value <= threshold;
}

function baseResult(rule: IndicatorRule, threshold: number): IndicatorResult {
  return {
    id: rule.id,
    kind: rule.kind,
    comparison: rule.comparison,
    value: 0,
    threshold,
    unit: rule.unit,
    pass: false,
    available: false,
  };
}

/**
 * Minimum size: value = smallest floor area among counted facilities located in the scope (m²); every facility
 * below the threshold is listed. The rule judges facilities, not units: with no counted facility the unit neither
 * passes nor fails, it is "none" (available false, pass false, outcome `none`; domain.md § Planning units).
 */
function evaluateMinimumSize(rule: IndicatorRule, threshold: number, scope: Scope): IndicatorResult {
  let smallest = Number.POSITIVE_INFINITY;
  const facilityIds: string[] = [];
  for (const record of scope.records) {
    if (!rule.facilityTypes.includes(record.facility.type)) continue;
    const area = record.facility.floorAreaSquareMeters;
    if (area < smallest) smallest = area;
    if (area < threshold) facilityIds.push(record.facility.id);
  }
  const available = smallest < Number.POSITIVE_INFINITY;
  if (!available) return { ...baseResult(rule, threshold), facilityIds, outcome: 'none' };
  return {
    ...baseResult(rule, threshold),
    value: smallest,
    available,
    pass: facilityIds.length === 0,
    facilityIds,
  };
}
