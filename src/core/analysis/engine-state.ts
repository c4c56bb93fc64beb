/**
 * The engine's mutable state and the one operation that changes it: adding or removing one facility's contribution.
 * A full evaluation is "reset, then add every facility"; an edit is "remove the old record, add the new one". Both
 * go through {@link applyRecord}, and every sum it touches is an exact integer (fixed-point.ts), so any sequence of
 * edits leaves the state bit-identical to a full evaluation of the resulting facility list.
 */
import type { Facility } from '../model/facility';
import type { PopulationRole, RuleSet } from '../rules/rule-set';
import type { AnalysisContext, LayerQuanta } from './analysis-context';
import {
  type AreaWeightedCoverage,
  applyDiskToAreaWeighted,
  type CellExtents,
  createAreaWeightedCoverage,
} from './area-weighted-coverage';
import type { CatchmentRanges, DistanceProvider } from './catchment';
import {
  addCatchmentCollectingDemand,
  addCatchmentToCoverage,
  type CoverageLayer,
  coverageLayerKey,
  createCoverageLayer,
  removeCatchmentCollectingDemand,
  removeCatchmentFromCoverage,
} from './coverage-layer';
import type { FacilityLocator } from './facility-locator';
import { type FinestRows, forgetFinestRows, markBuckets, markRanges, markUnit } from './finest-rows';
import { quantizeAmount } from './fixed-point';
import {
  applyShareToBuckets,
  applyShareToSurface,
  type ShareScratch,
  type SupplyShare,
  type SupplySurface,
  shareFromDemand,
} from './supply-share';

/** Amounts summed per type and unit, in this order (index into `TypeState.amountQuanta`): floor area, m². */
export const AMOUNT_FLOOR_AREA = 0;
/** Beds (capacity.beds). */
export const AMOUNT_BEDS = 1;
/** Doctors (capacity.doctors). */
export const AMOUNT_DOCTORS = 2;
/** General practitioners (capacity.generalPractitioners). */
export const AMOUNT_GENERAL_PRACTITIONERS = 3;
/** Sports area: land area where given, else floor area (domain.md § Definitions, "Capacity ratios"). */
export const AMOUNT_SPORTS_AREA = 4;
/** Places (capacity.places): kindergarten or nursery places of every kind. */
const AMOUNT_PLACES = 5;
/** Public or 普惠 places (capacity.inclusivePlaces). */
export const AMOUNT_INCLUSIVE_PLACES = AMOUNT_PLACES + 1;
/** Number of amounts per type and unit. */
export const AMOUNT_KINDS = AMOUNT_INCLUSIVE_PLACES + 1;

/** Everything summed for one facility type. */
export interface TypeState {
  id: string;
  /** Coverage at each facility's own radius over the resident layer (the results' `coverage[type]`). */
  layer: CoverageLayer;
  /** Rule-set coverage layers (other radius, layer or type union) this type contributes to. */
  ruleLayers: CoverageLayer[];
  /**
   * Per level, unit × {@link AMOUNT_KINDS}, 10^−6 quanta, of facilities located in the unit (outside last). Located
   * amounts are kept per level, not per bucket: a facility's point may lie in a combination of units no cell has.
   */
  amountQuanta: Float64Array[];
  /** Per level, facilities of this type located in each unit (outside last). */
  facilityCountOfUnit: Int32Array[];
  /** Per bucket, Σ 2SFCA supply shares (Σ_{i∈bucket} h_i A_i), 10^−6 m² quanta. */
  sfcaQuanta: Float64Array;
  /** Per-cell A_i, kept only once the surface of this type has been asked for. */
  surface: SupplySurface | null;
  facilityCount: number;
  /** Facilities of this type that state their places by kind (`capacity.inclusivePlaces` given). */
  placesByKindCount: number;
}

/** One facility and what it contributed, so it can be taken out exactly. */
export interface FacilityRecord {
  facility: Facility;
  type: TypeState;
  /** Per level, the unit containing the point (level 0: the district), or the level's outside index. */
  units: number[];
  /** Aligned with the AMOUNT_* indices, 10^−6 quanta. */
  amounts: number[];
  share: SupplyShare;
}

/** The whole mutable state of an engine. */
export interface EngineState {
  context: AnalysisContext;
  provider: DistanceProvider;
  /** Per level, the unit containing a point (same rule as the cells). */
  locators: FacilityLocator[];
  ruleSet: RuleSet | null;
  /** Null in the centroid mode. */
  areaWeighted: { samplesPerSide: number; extents: CellExtents } | null;
  records: Map<string, FacilityRecord>;
  types: Map<string, TypeState>;
  /** Rule-set coverage layers by key, except those identical to a type's own layer. */
  ruleLayers: Map<string, CoverageLayer>;
  /** Scratch: the catchment of the facility being applied, and of a rule layer's other radius. */
  ranges: CatchmentRanges;
  otherRanges: CatchmentRanges;
  scratch: ShareScratch;
  /** The finest level's rows of the last results() and the units an edit changed since (finest-rows.ts). */
  finestRows: FinestRows;
}

/** The population layer of a rule's role, or null when the dataset has none. */
export function populationOfRole(state: EngineState, role: PopulationRole): LayerQuanta | null {
  if (role === 'elderly') return state.context.elderly;
  if (role === 'child') return state.context.child;
  return state.context.resident;
}

function newLayer(
  state: EngineState,
  types: readonly string[],
  radius: number | null,
  role: PopulationRole,
): CoverageLayer | null {
  const population = populationOfRole(state, role);
  if (population === null) return null;
  const layer = createCoverageLayer(types, radius, population, state.context.bucketCount);
  if (state.areaWeighted) {
    layer.areaWeighted = createAreaWeightedCoverage(
      state.areaWeighted.samplesPerSide,
      state.context.bucketCount,
    );
  }
  return layer;
}

/** Key of the layer a type's own coverage is kept in. */
export function ownLayerKey(state: EngineState, typeId: string): string {
  return coverageLayerKey([typeId], null, state.context.resident.id);
}

/** Creates the rule set's coverage layers (deduplicated; a layer equal to a type's own layer is not repeated). */
export function createRuleLayers(state: EngineState): void {
  state.ruleLayers.clear();
  for (const rule of state.ruleSet?.indicators ?? []) {
    if (rule.kind !== 'coveragePercent') continue;
    const layer = newLayer(state, rule.facilityTypes, rule.radiusMeters ?? null, rule.populationLayer);
    if (layer === null || state.ruleLayers.has(layer.key)) continue;
    const single = rule.facilityTypes.length === 1 ? (rule.facilityTypes[0] as string) : null;
    if (single !== null && layer.key === ownLayerKey(state, single)) continue;
    state.ruleLayers.set(layer.key, layer);
  }
}

/** The state for `typeId`, created on first use. */
export function typeStateOf(state: EngineState, typeId: string): TypeState {
  let type = state.types.get(typeId);
  if (type) return type;
  const { bucketCount, unitCounts } = state.context;
  type = {
    id: typeId,
    layer: newLayer(state, [typeId], null, 'resident') as CoverageLayer,
    ruleLayers: [...state.ruleLayers.values()].filter((layer) => layer.facilityTypes.includes(typeId)),
    amountQuanta: unitCounts.map((count) => new Float64Array((count + 1) * AMOUNT_KINDS)),
    facilityCountOfUnit: unitCounts.map((count) => new Int32Array(count + 1)),
    sfcaQuanta: new Float64Array(bucketCount),
    surface: null,
    facilityCount: 0,
    placesByKindCount: 0,
  };
  state.types.set(typeId, type);
  return type;
}

function amountsOf(facility: Facility): number[] {
  const capacity = facility.capacity;
  // Order: the AMOUNT_* indices.
  return [
    quantizeAmount(facility.floorAreaSquareMeters),
    quantizeAmount(capacity?.beds ?? 0),
    quantizeAmount(capacity?.doctors ?? 0),
    quantizeAmount(capacity?.generalPractitioners ?? 0),
    quantizeAmount(facility.landAreaSquareMeters ?? facility.floorAreaSquareMeters),
    quantizeAmount(capacity?.places ?? 0),
    quantizeAmount(capacity?.inclusivePlaces ?? 0),
  ];
}

/** Computes a facility's record and adds its contribution to the state. */
export function addFacilityRecord(state: EngineState, facility: Facility): FacilityRecord {
  const type = typeStateOf(state, facility.type);
  state.provider.collectRanges(facility.lon, facility.lat, facility.radiusMeters, state.ranges);
  // The type's own layer is counted here, in the same pass that measures the 2SFCA demand.
  type.layer.facilityCount++;
  addCatchmentCollectingDemand(type.layer, state.context, state.ranges, state.scratch);
  const share = shareFromDemand(state.context, state.scratch, facility.floorAreaSquareMeters);
  const record: FacilityRecord = {
    facility,
    type,
    units: state.locators.map((locate) => locate(facility.lon, facility.lat)),
    amounts: amountsOf(facility),
    share,
  };
  markRecord(state, record);
  applyRecord(state, record, 1);
  return record;
}

/** Takes a record's contribution out of the state (the exact inverse of {@link addFacilityRecord}). */
export function removeFacilityRecord(state: EngineState, record: FacilityRecord): void {
  const { lon, lat, radiusMeters, floorAreaSquareMeters } = record.facility;
  state.provider.collectRanges(lon, lat, radiusMeters, state.ranges);
  // The same pass as adding, backwards: the catchment's demand per bucket gives again the share to take out.
  record.type.layer.facilityCount--;
  removeCatchmentCollectingDemand(record.type.layer, state.context, state.ranges, state.scratch);
  shareFromDemand(state.context, state.scratch, floorAreaSquareMeters);
  markRecord(state, record);
  applyRecord(state, record, -1);
}

/** Marks the finest units a record's catchment (as left in `state.scratch`) and point reach (finest-rows.ts). */
function markRecord(state: EngineState, record: FacilityRecord): void {
  const { context, scratch, finestRows } = state;
  markBuckets(finestRows, context, scratch.touched, scratch.touchedCount);
  markUnit(finestRows, record.units[context.levelCount - 1] as number);
}

/**
 * Adds (`sign` = 1) or removes (−1) everything of `record` but its type's own coverage layer (done by the callers);
 * `state.ranges` must hold its own catchment and `state.scratch` its demand per bucket (as left by
 * {@link shareFromDemand}).
 */
function applyRecord(state: EngineState, record: FacilityRecord, sign: 1 | -1): void {
  const { ranges } = state;
  const { type, units, amounts, share, facility } = record;
  // A type's first or last facility changes the listed types and the "partial" marks of every row, as places by kind
  // change every unit's kindergarten judgement; the area-weighted samples reach past the catchment.
  const countBefore = type.facilityCount;
  type.facilityCount += sign;
  if (countBefore === 0 || type.facilityCount === 0 || state.areaWeighted) forgetFinestRows(state.finestRows);
  if (facility.capacity?.inclusivePlaces !== undefined) {
    type.placesByKindCount += sign;
    forgetFinestRows(state.finestRows);
  }
  for (let level = 0; level < units.length; level++) {
    const unit = units[level] as number;
    const counts = type.facilityCountOfUnit[level] as Int32Array;
    counts[unit] = (counts[unit] as number) + sign;
    const sums = type.amountQuanta[level] as Float64Array;
    const amountBase = unit * AMOUNT_KINDS;
    for (let kind = 0; kind < AMOUNT_KINDS; kind++) {
      const index = amountBase + kind;
      sums[index] = (sums[index] as number) + sign * (amounts[kind] as number);
    }
  }
  applyShareToBuckets(type.sfcaQuanta, state.scratch, share, facility.floorAreaSquareMeters, sign);
  if (type.surface) applyShareToSurface(type.surface, share, ranges, sign);
  for (const layer of type.ruleLayers) {
    const radius = layer.radiusMeters ?? facility.radiusMeters;
    if (radius === facility.radiusMeters) {
      applyCatchment(state, layer, ranges, sign);
    } else {
      state.provider.collectRanges(facility.lon, facility.lat, radius, state.otherRanges);
      markRanges(state.finestRows, state.context, state.otherRanges);
      applyCatchment(state, layer, state.otherRanges, sign);
    }
  }
  if (state.areaWeighted) applyAreaWeighted(state, record, sign);
}

function applyAreaWeighted(state: EngineState, record: FacilityRecord, sign: 1 | -1): void {
  const areaWeighted = state.areaWeighted;
  if (!areaWeighted) return;
  const { lon, lat, radiusMeters } = record.facility;
  for (const layer of [record.type.layer, ...record.type.ruleLayers]) {
    applyDiskToAreaWeighted(
      layer.areaWeighted as AreaWeightedCoverage,
      state.context,
      areaWeighted.extents,
      state.provider,
      layer.population,
      { lon, lat, radiusMeters: layer.radiusMeters ?? radiusMeters },
      sign,
      state.otherRanges,
    );
  }
}

function applyCatchment(
  state: EngineState,
  layer: CoverageLayer,
  ranges: CatchmentRanges,
  sign: 1 | -1,
): void {
  layer.facilityCount += sign;
  if (sign === 1) addCatchmentToCoverage(layer, state.context.bucketOfCell, ranges);
  else removeCatchmentFromCoverage(layer, state.context.bucketOfCell, ranges);
}
