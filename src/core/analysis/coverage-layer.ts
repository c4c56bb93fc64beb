/**
 * Coverage by the centroid rule (domain.md § Definitions, "Coverage"): per cell, the number of facilities whose
 * catchment holds the centroid; per bucket, the population of the cells with a count above zero. Keeping counts
 * (not flags) is what makes removal exact and cheap, and lets a site-suggestion step read marginal gains (cells with
 * count 0) without recomputing anything.
 */
import type { AnalysisContext, LayerQuanta } from './analysis-context';
import type { AreaWeightedCoverage } from './area-weighted-coverage';
import type { CatchmentRanges } from './catchment';
import type { ShareScratch } from './supply-share';

/** Counts are Uint16: a layer refuses a facility that would let a count overflow. */
export const MAX_FACILITIES_PER_LAYER = 65_535;

/** One coverage figure being maintained: a set of facility types, at one radius, over one population layer. */
export interface CoverageLayer {
  /** `types|radius|layer`, unique per engine. */
  key: string;
  /** Facility types whose catchments count (a union). */
  facilityTypes: readonly string[];
  /** Radius every facility is judged at, metres, or null for each facility's own `radiusMeters`. */
  radiusMeters: number | null;
  population: LayerQuanta;
  /** Per cell, facilities reaching the centroid; null until the first facility arrives (saves memory). */
  counts: Uint16Array | null;
  /** Per bucket, population quanta of the cells with count > 0. */
  coveredQuanta: Float64Array;
  /** Facilities currently contributing. */
  facilityCount: number;
  /** Present in the area-weighted mode. */
  areaWeighted: AreaWeightedCoverage | null;
}

/** Key of the layer for these types, radius and population layer. */
export function coverageLayerKey(
  facilityTypes: readonly string[],
  radiusMeters: number | null,
  layerId: string,
): string {
  return `${[...facilityTypes].sort().join(',')}|${radiusMeters ?? 'own'}|${layerId}`;
}

/** An empty layer with one covered sum per bucket. */
export function createCoverageLayer(
  facilityTypes: readonly string[],
  radiusMeters: number | null,
  population: LayerQuanta,
  bucketCount: number,
): CoverageLayer {
  return {
    key: coverageLayerKey(facilityTypes, radiusMeters, population.id),
    facilityTypes: [...facilityTypes],
    radiusMeters,
    population,
    counts: null,
    coveredQuanta: new Float64Array(bucketCount),
    facilityCount: 0,
    areaWeighted: null,
  };
}

/** Adds one catchment to the layer's counts and covered sums. */
export function addCatchmentToCoverage(
  layer: CoverageLayer,
  bucketOfCell: Int32Array,
  ranges: CatchmentRanges,
): void {
  if (layer.counts === null) layer.counts = new Uint16Array(bucketOfCell.length);
  const counts = layer.counts;
  const covered = layer.coveredQuanta;
  const quanta = layer.population.quantaOfCell;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    for (let cell = bounds[2 * run] as number; cell < end; cell++) {
      const before = counts[cell] as number;
      counts[cell] = before + 1;
      if (before === 0) {
        const bucket = bucketOfCell[cell] as number;
        covered[bucket] = (covered[bucket] as number) + (quanta[cell] as number);
      }
    }
  }
}

/**
 * {@link addCatchmentToCoverage} for a layer over the resident population that also sums the catchment's resident
 * quanta per bucket into `scratch` (the 2SFCA demand, supply-share.ts): one pass over the cells instead of two, which
 * matters because the cost is dominated by fetching each row of the catchment. Within a run of one bucket
 * (`bucketRunEnd`), sums go to locals and reach the per-bucket arrays once.
 */
export function addCatchmentCollectingDemand(
  layer: CoverageLayer,
  context: AnalysisContext,
  ranges: CatchmentRanges,
  scratch: ShareScratch,
): void {
  const { bucketOfCell, bucketRunEnd } = context;
  if (layer.counts === null) layer.counts = new Uint16Array(bucketOfCell.length);
  const counts = layer.counts;
  const covered = layer.coveredQuanta;
  const quanta = layer.population.quantaOfCell;
  const { quantaOfBucket, stampOfBucket, touched } = scratch;
  const stamp = ++scratch.stamp;
  let touchedCount = 0;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    let cell = bounds[2 * run] as number;
    while (cell < end) {
      const bucket = bucketOfCell[cell] as number;
      const subEnd = Math.min(end, bucketRunEnd[cell] as number);
      let demand = 0;
      let newlyCovered = 0;
      for (; cell < subEnd; cell++) {
        const before = counts[cell] as number;
        counts[cell] = before + 1;
        const persons = quanta[cell] as number;
        demand += persons;
        if (before === 0) newlyCovered += persons;
      }
      covered[bucket] = (covered[bucket] as number) + newlyCovered;
      if (stampOfBucket[bucket] !== stamp) {
        stampOfBucket[bucket] = stamp;
        quantaOfBucket[bucket] = demand;
        touched[touchedCount++] = bucket;
      } else {
        quantaOfBucket[bucket] = (quantaOfBucket[bucket] as number) + demand;
      }
    }
  }
  scratch.touchedCount = touchedCount;
}

/**
 * Removes one catchment previously added with {@link addCatchmentCollectingDemand}, summing its resident quanta per
 * bucket into `scratch` as the adding pass did (the same runs in the same order, so the same touched buckets and
 * exact integer sums): the 2SFCA share to take out is computed again from them (supply-share.ts).
 */
export function removeCatchmentCollectingDemand(
  layer: CoverageLayer,
  context: AnalysisContext,
  ranges: CatchmentRanges,
  scratch: ShareScratch,
): void {
  const counts = layer.counts;
  scratch.touchedCount = 0;
  if (counts === null) return;
  const { bucketOfCell, bucketRunEnd } = context;
  const covered = layer.coveredQuanta;
  const quanta = layer.population.quantaOfCell;
  const { quantaOfBucket, stampOfBucket, touched } = scratch;
  const stamp = ++scratch.stamp;
  let touchedCount = 0;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    let cell = bounds[2 * run] as number;
    while (cell < end) {
      const bucket = bucketOfCell[cell] as number;
      const subEnd = Math.min(end, bucketRunEnd[cell] as number);
      let demand = 0;
      let uncovered = 0;
      for (; cell < subEnd; cell++) {
        const after = (counts[cell] as number) - 1;
        counts[cell] = after;
        const persons = quanta[cell] as number;
        demand += persons;
        if (after === 0) uncovered += persons;
      }
      covered[bucket] = (covered[bucket] as number) - uncovered;
      if (stampOfBucket[bucket] !== stamp) {
        stampOfBucket[bucket] = stamp;
        quantaOfBucket[bucket] = demand;
        touched[touchedCount++] = bucket;
      } else {
        quantaOfBucket[bucket] = (quantaOfBucket[bucket] as number) + demand;
      }
    }
  }
  scratch.touchedCount = touchedCount;
}

/** Removes one catchment previously added with {@link addCatchmentToCoverage}. */
export function removeCatchmentFromCoverage(
  layer: CoverageLayer,
  bucketOfCell: Int32Array,
  ranges: CatchmentRanges,
): void {
  const counts = layer.counts;
  if (counts === null) return;
  const covered = layer.coveredQuanta;
  const quanta = layer.population.quantaOfCell;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    for (let cell = bounds[2 * run] as number; cell < end; cell++) {
      const after = (counts[cell] as number) - 1;
      counts[cell] = after;
      if (after === 0) {
        const bucket = bucketOfCell[cell] as number;
        covered[bucket] = (covered[bucket] as number) - (quanta[cell] as number);
      }
    }
  }
}

/** Empties the layer (counts, sums, area-weighted samples) without freeing its arrays. */
export function resetCoverage(layer: CoverageLayer): void {
  layer.counts?.fill(0);
  layer.coveredQuanta.fill(0);
  layer.facilityCount = 0;
  if (layer.areaWeighted) {
    layer.areaWeighted.sampleCounts?.fill(0);
    layer.areaWeighted.coveredSamples?.fill(0);
    layer.areaWeighted.coveredQuanta.fill(0);
  }
}
