/**
 * Per-dataset arrays the engine reads on every edit and never changes between edits: district "buckets" (one per
 * district plus one for cells outside every district, domain.md § Inputs: "never dropped silently"), population per
 * cell and per bucket in fixed-point quanta, and the prefix sums that give a run of cells its population in O(1)
 * (households, domain.md § Inputs, are persons / household size of the bucket).
 */
import type { Dataset } from '../model/dataset';
import { fail, ok, type Result } from '../model/result';
import { quantizePersons } from './fixed-point';

/** One population layer in quanta of 2^−24 person (see fixed-point.ts). */
export interface LayerQuanta {
  /** Layer id in the dataset, e.g. `total`. */
  id: string;
  /** Per cell, integer quanta. */
  quantaOfCell: Float64Array;
  /** Per bucket (districts, then outside), integer quanta: the exact sum of `quantaOfCell` over the bucket. */
  quantaOfBucket: Float64Array;
}

/** The engine's read-only view of a dataset for one household size. */
export interface AnalysisContext {
  dataset: Dataset;
  cellCount: number;
  districtCount: number;
  /** `districtCount + 1`: the last bucket holds the cells outside every district. */
  bucketCount: number;
  outsideBucket: number;
  /** Per cell, its district index, or `outsideBucket`. */
  bucketOfCell: Int32Array;
  /** Persons per household by bucket: the district's own, else the default (domain.md § Inputs). */
  householdSizeOfBucket: Float64Array;
  /** Default persons per household: the option when given, else the dataset's. */
  householdSize: number;
  /**
   * Prefix sums of the resident quanta in cell order: entry k = Σ quanta of cells 0 … k − 1 (length cellCount + 1).
   * The population of a run of cells [a, b) is entry b − entry a, exactly (integers below 2^53).
   */
  residentPrefixQuanta: Float64Array;
  /** Per cell, the first cell index after it in another bucket (or cellCount): runs of one bucket in cell order. */
  bucketRunEnd: Int32Array;
  resident: LayerQuanta;
  /** Absent when the dataset has no elderly layer. */
  elderly: LayerQuanta | null;
  /** Kindergarten-age children; absent when the dataset has no child layer. */
  child: LayerQuanta | null;
  /** Every layer of the grid: persons quanta per bucket (the results' `populationByLayer`). */
  layerQuantaOfBucket: Record<string, Float64Array>;
}

/** Quantises one layer and sums it by bucket, cell by cell in index order. */
function quantizeLayer(
  id: string,
  values: Float32Array,
  bucketOfCell: Int32Array,
  bucketCount: number,
): LayerQuanta {
  const quantaOfCell = new Float64Array(values.length);
  const quantaOfBucket = new Float64Array(bucketCount);
  for (let cell = 0; cell < values.length; cell++) {
    const quanta = quantizePersons(values[cell] as number);
    quantaOfCell[cell] = quanta;
    const bucket = bucketOfCell[cell] as number;
    quantaOfBucket[bucket] = (quantaOfBucket[bucket] as number) + quanta;
  }
  return { id, quantaOfCell, quantaOfBucket };
}

/**
 * Builds the context. `householdSize` replaces the dataset's default (districts with their own size keep it).
 * Fails (`missing-layer`, `invalid-household-size`) when the resident layer is missing or the household size is not
 * a positive number.
 */
export function createAnalysisContext(dataset: Dataset, householdSize?: number): Result<AnalysisContext> {
  const grid = dataset.grid;
  const residentValues = grid.layers[dataset.residentLayer];
  if (!residentValues)
    return fail('missing-layer', `resident layer "${dataset.residentLayer}" is not in the grid`, {
      layer: dataset.residentLayer,
    });
  const defaultSize = householdSize ?? dataset.householdSize;
  if (!(defaultSize > 0) || !Number.isFinite(defaultSize)) {
    return fail('invalid-household-size', `household size ${defaultSize} is not a positive number`, {
      value: defaultSize,
    });
  }
  const districtCount = dataset.districts.length;
  const bucketCount = districtCount + 1;
  const bucketOfCell = new Int32Array(grid.cellCount);
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const district = dataset.districtOfCell[cell] as number;
    bucketOfCell[cell] = district >= 0 && district < districtCount ? district : districtCount;
  }
  const householdSizeOfBucket = new Float64Array(bucketCount).fill(defaultSize);
  dataset.districts.forEach((district, index) => {
    const own = district.householdSize;
    if (own !== undefined && own > 0 && Number.isFinite(own)) householdSizeOfBucket[index] = own;
  });
  const resident = quantizeLayer(dataset.residentLayer, residentValues, bucketOfCell, bucketCount);
  const elderlyValues = dataset.elderlyLayer ? grid.layers[dataset.elderlyLayer] : undefined;
  const elderly =
    dataset.elderlyLayer && elderlyValues
      ? quantizeLayer(dataset.elderlyLayer, elderlyValues, bucketOfCell, bucketCount)
      : null;
  const childValues = dataset.childLayer ? grid.layers[dataset.childLayer] : undefined;
  const child =
    dataset.childLayer && childValues
      ? quantizeLayer(dataset.childLayer, childValues, bucketOfCell, bucketCount)
      : null;
  const layerQuantaOfBucket: Record<string, Float64Array> = {};
  for (const [layerId, values] of Object.entries(grid.layers)) {
    if (layerId === resident.id) layerQuantaOfBucket[layerId] = resident.quantaOfBucket;
    else if (layerId === elderly?.id) layerQuantaOfBucket[layerId] = elderly.quantaOfBucket;
    else if (layerId === child?.id) layerQuantaOfBucket[layerId] = child.quantaOfBucket;
    else layerQuantaOfBucket[layerId] = sumLayerByBucket(values, bucketOfCell, bucketCount);
  }
  const residentPrefixQuanta = new Float64Array(grid.cellCount + 1);
  for (let cell = 0; cell < grid.cellCount; cell++) {
    residentPrefixQuanta[cell + 1] =
      (residentPrefixQuanta[cell] as number) + (resident.quantaOfCell[cell] as number);
  }
  const bucketRunEnd = new Int32Array(grid.cellCount);
  for (let cell = grid.cellCount - 1; cell >= 0; cell--) {
    const next = cell + 1;
    bucketRunEnd[cell] =
      next < grid.cellCount && bucketOfCell[next] === bucketOfCell[cell]
        ? (bucketRunEnd[next] as number)
        : next;
  }
  return ok({
    dataset,
    cellCount: grid.cellCount,
    districtCount,
    bucketCount,
    outsideBucket: districtCount,
    bucketOfCell,
    householdSizeOfBucket,
    householdSize: defaultSize,
    residentPrefixQuanta,
    bucketRunEnd,
    resident,
    elderly,
    child,
    layerQuantaOfBucket,
  });
}

function sumLayerByBucket(values: Float32Array, bucketOfCell: Int32Array, bucketCount: number): Float64Array {
  const sums = new Float64Array(bucketCount);
  for (let cell = 0; cell < values.length; cell++) {
    const bucket = bucketOfCell[cell] as number;
    sums[bucket] = (sums[bucket] as number) + quantizePersons(values[cell] as number);
  }
  return sums;
}
