/**
 * Two-step floating catchment (2SFCA) per facility (domain.md § Definitions, "Catchment supply"):
 * R_j = S_j / Σ_{i: d_ij ≤ r_j} h_i, and A_i = Σ_{j: d_ij ≤ r_j} R_j.
 *
 * Households are fixed data, so a facility's R_j depends on its own catchment only: moving one facility changes its
 * R_j and the A_i of the cells in its old and new catchments, nothing else. The district value Σ_{i∈D} h_i A_i
 * equals Σ_j R_j · Σ_{i∈D, d_ij ≤ r_j} h_i = Σ_j S_j · (demand of j inside D) / (demand of j), so each facility
 * stores its supply split by bucket; district sums add those shares in fixed point (fixed-point.ts). This never
 * needs the per-cell surface, which is kept only for the types the map shows.
 */
import type { AnalysisContext } from './analysis-context';
import { quantizeAmount, splitSupplyRatio } from './fixed-point';

/** What one facility contributes to 2SFCA. */
export interface SupplyShare {
  /** Σ h_i over the catchment, households. 0 means "no demand in range": the facility contributes nothing. */
  demandHouseholds: number;
  /** R_j, m² per household, split for exact summation (see fixed-point.ts); both 0 without demand. */
  ratioInteger: number;
  ratioFraction: number;
  /** Buckets the catchment touches, in order of first touch. */
  shareBuckets: Int32Array;
  /** S_j × (demand in bucket) / (demand), in 10^−6 m² quanta, aligned with `shareBuckets`. */
  shareQuanta: Float64Array;
}

/** Scratch arrays sized by bucket count, reused across facilities. */
export interface ShareScratch {
  demandOfBucket: Float64Array;
  stampOfBucket: Int32Array;
  touched: Int32Array;
  stamp: number;
}

/** Scratch for `bucketCount` buckets. */
export function createShareScratch(bucketCount: number): ShareScratch {
  return {
    demandOfBucket: new Float64Array(bucketCount),
    stampOfBucket: new Int32Array(bucketCount),
    touched: new Int32Array(bucketCount),
    stamp: 0,
  };
}

/**
 * The 2SFCA share of a facility with supply `supplySquareMeters` whose catchment is `cells[0 … count − 1]`. Sums run
 * over the catchment in its (ascending) order, so the result is a pure function of the catchment.
 */
export function computeSupplyShare(
  context: AnalysisContext,
  cells: Int32Array,
  count: number,
  supplySquareMeters: number,
  scratch: ShareScratch,
): SupplyShare {
  const households = context.householdsOfCell;
  const bucketOfCell = context.bucketOfCell;
  const { demandOfBucket, stampOfBucket, touched } = scratch;
  const stamp = ++scratch.stamp;
  let touchedCount = 0;
  let demand = 0;
  for (let k = 0; k < count; k++) {
    const cell = cells[k] as number;
    const h = households[cell] as number;
    demand += h;
    const bucket = bucketOfCell[cell] as number;
    if (stampOfBucket[bucket] !== stamp) {
      stampOfBucket[bucket] = stamp;
      demandOfBucket[bucket] = 0;
      touched[touchedCount++] = bucket;
    }
    demandOfBucket[bucket] = (demandOfBucket[bucket] as number) + h;
  }
  if (!(demand > 0)) {
    return {
      demandHouseholds: 0,
      ratioInteger: 0,
      ratioFraction: 0,
      shareBuckets: new Int32Array(0),
      shareQuanta: new Float64Array(0),
    };
  }
  const [ratioInteger, ratioFraction] = splitSupplyRatio(supplySquareMeters / demand);
  const shareBuckets = touched.slice(0, touchedCount);
  const shareQuanta = new Float64Array(touchedCount);
  for (let k = 0; k < touchedCount; k++) {
    const bucket = shareBuckets[k] as number;
    shareQuanta[k] = quantizeAmount((supplySquareMeters * (demandOfBucket[bucket] as number)) / demand);
  }
  return { demandHouseholds: demand, ratioInteger, ratioFraction, shareBuckets, shareQuanta };
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
  cells: Int32Array,
  count: number,
  sign: 1 | -1,
): void {
  if (share.demandHouseholds === 0) return;
  const integerPart = sign * share.ratioInteger;
  const fractionPart = sign * share.ratioFraction;
  const { integer, fraction } = surface;
  for (let k = 0; k < count; k++) {
    const cell = cells[k] as number;
    integer[cell] = (integer[cell] as number) + integerPart;
    fraction[cell] = (fraction[cell] as number) + fractionPart;
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
