/**
 * Two-step floating catchment (2SFCA) per facility (domain.md § Definitions, "Catchment supply"):
 * R_j = S_j / Σ_{i: d_ij ≤ r_j} h_i, and A_i = Σ_{j: d_ij ≤ r_j} R_j.
 *
 * Households are fixed data, so a facility's R_j depends on its own catchment only: moving one facility changes its
 * R_j and the A_i of the cells in its old and new catchments, nothing else. The district value Σ_{i∈D} h_i A_i
 * equals Σ_j R_j · Σ_{i∈D, d_ij ≤ r_j} h_i = Σ_j S_j · (demand of j inside D) / (demand of j), so each facility
 * adds its supply split by bucket; district sums add those shares in fixed point (fixed-point.ts). This never
 * needs the per-cell surface, which is kept only for the types the map shows.
 *
 * The split is not stored: it is a pure function of the catchment, so a removal measures the catchment's demand again
 * and subtracts the same quanta. Stored, it was two arrays per facility of one entry per bucket touched (~25 with
 * 2,890 hexagons), which the garbage collector copied on every full evaluation (issue 12).
 */
import type { AnalysisContext } from './analysis-context';
import type { CatchmentRanges } from './catchment';
import { PERSON_QUANTA, quantizeAmount, supplyRatioFraction, supplyRatioInteger } from './fixed-point';

/** What one facility contributes to 2SFCA. */
export interface SupplyShare {
  /** Σ h_i over the catchment, households. 0 means "no demand in range": the facility contributes nothing. */
  demandHouseholds: number;
  /** R_j, m² per household, split for exact summation (see fixed-point.ts); both 0 without demand. */
  ratioInteger: number;
  ratioFraction: number;
}

/**
 * Scratch for one facility's demand: resident quanta of its catchment per bucket, filled by the coverage pass
 * (coverage-layer.ts, `addCatchmentCollectingDemand`) and read by {@link shareFromDemand}. Reused across facilities.
 */
export interface ShareScratch {
  /** Resident quanta of the catchment per bucket (exact integers); valid for the buckets in `touched`. */
  quantaOfBucket: Float64Array;
  /** Buckets touched by the current facility, in order of first touch (`touchedCount` of them). */
  touched: Int32Array;
  touchedCount: number;
  /** Per bucket, the stamp of the last facility that touched it (a bucket is new when its stamp differs). */
  stampOfBucket: Int32Array;
  stamp: number;
  /** Households per touched bucket, aligned with `touched`. */
  householdsOfTouched: Float64Array;
}

/** Scratch for `bucketCount` buckets. */
export function createShareScratch(bucketCount: number): ShareScratch {
  return {
    quantaOfBucket: new Float64Array(bucketCount),
    touched: new Int32Array(bucketCount),
    touchedCount: 0,
    stampOfBucket: new Int32Array(bucketCount),
    stamp: 0,
    householdsOfTouched: new Float64Array(bucketCount),
  };
}

/**
 * The 2SFCA share of a facility with supply `supplySquareMeters`, from the per-bucket resident quanta its catchment
 * left in `scratch`. Quanta become households with each bucket's household size (kept in the scratch for
 * {@link applyShareToBuckets}); sums run in the fixed order of the touched buckets, so the share is a pure function
 * of the catchment.
 */
export function shareFromDemand(
  context: AnalysisContext,
  scratch: ShareScratch,
  supplySquareMeters: number,
): SupplyShare {
  const { quantaOfBucket, touched, touchedCount, householdsOfTouched } = scratch;
  let demand = 0;
  for (let k = 0; k < touchedCount; k++) {
    const bucket = touched[k] as number;
    const households =
      (quantaOfBucket[bucket] as number) / PERSON_QUANTA / (context.householdSizeOfBucket[bucket] as number);
    householdsOfTouched[k] = households;
    demand += households;
  }
  if (!(demand > 0)) return { demandHouseholds: 0, ratioInteger: 0, ratioFraction: 0 };
  const ratio = supplySquareMeters / demand;
  return {
    demandHouseholds: demand,
    ratioInteger: supplyRatioInteger(ratio),
    ratioFraction: supplyRatioFraction(ratio),
  };
}

/**
 * Adds (`sign` = 1) or subtracts (−1) the facility's supply split by bucket, S_j × (households in bucket) / (demand)
 * in 10^−6 m² quanta, to `sfcaQuanta`. `scratch` must hold the households {@link shareFromDemand} left for this
 * `share` (same catchment, same supply): the quanta are then the same numbers on adding and removing.
 */
export function applyShareToBuckets(
  sfcaQuanta: Float64Array,
  scratch: ShareScratch,
  share: SupplyShare,
  supplySquareMeters: number,
  sign: 1 | -1,
): void {
  const demand = share.demandHouseholds;
  if (demand === 0) return;
  const { touched, touchedCount, householdsOfTouched } = scratch;
  for (let k = 0; k < touchedCount; k++) {
    const bucket = touched[k] as number;
    const quanta = quantizeAmount((supplySquareMeters * (householdsOfTouched[k] as number)) / demand);
    sfcaQuanta[bucket] = (sfcaQuanta[bucket] as number) + sign * quanta;
  }
}

/**
 * The per-cell surface A_i of one facility type, in two exactly summable parts (fixed-point.ts): A_i = integer[i] +
 * fraction[i] m² per household.
 */
export interface SupplySurface {
  integer: Float64Array;
  fraction: Float64Array;
}

/** Adds (`sign` = 1) or subtracts (−1) the facility's R_j to A_i over its catchment. */
export function applyShareToSurface(
  surface: SupplySurface,
  share: SupplyShare,
  ranges: CatchmentRanges,
  sign: 1 | -1,
): void {
  if (share.demandHouseholds === 0) return;
  const integerPart = sign * share.ratioInteger;
  const fractionPart = sign * share.ratioFraction;
  const { integer, fraction } = surface;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    for (let cell = bounds[2 * run] as number; cell < end; cell++) {
      integer[cell] = (integer[cell] as number) + integerPart;
      fraction[cell] = (fraction[cell] as number) + fractionPart;
    }
  }
}

/** 100 × A_i (m² per 100 households reachable) per cell, as Float32 for display and transfer. */
export function surfacePer100Households(surface: SupplySurface): Float32Array {
  const out = new Float32Array(surface.integer.length);
  for (let cell = 0; cell < out.length; cell++) {
    out[cell] = 100 * ((surface.integer[cell] as number) + (surface.fraction[cell] as number));
  }
  return out;
}
