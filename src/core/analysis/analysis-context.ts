/**
 * Per-dataset arrays the engine reads on every edit and never changes between edits: "buckets", population per
 * cell and per bucket in fixed-point quanta, and the prefix sums that give a run of cells its population in O(1)
 * (households, domain.md § Inputs, are persons / household size of the bucket).
 *
 * A bucket is one combination of units, one per level (the districts, then the dataset's finer levels, each with an
 * "outside" unit for cells in no polygon: domain.md § Inputs, "never dropped silently"). Every per-cell sum is kept
 * per bucket, once; a unit's figure at any level is the sum over its buckets, so every level is computed in the same
 * pass and an edit updates all of them (domain.md § Planning units). Without finer levels a bucket is a district
 * (bucket d = district d, bucket districtCount = outside), as before levels existed.
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
  /** Number of buckets (combinations of units present on the cells). */
  bucketCount: number;
  /** Per cell, its bucket. */
  bucketOfCell: Int32Array;
  /** Levels: 1 (the districts) + the dataset's finer levels. */
  levelCount: number;
  /** Units per level (level 0: the districts); unit index `unitCounts[level]` is that level's outside. */
  unitCounts: number[];
  /** Per level, per bucket: the bucket's unit at that level (or the level's outside index). */
  unitOfBucket: Int32Array[];
  /** Per level, per unit (outside last): its buckets, ascending. */
  bucketsOfUnit: number[][][];
  /** Cells per bucket (valid cells: nodata pixels are not cells). */
  cellCountOfBucket: Int32Array;
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
  const { bucketOfCell, unitOfBucket, unitCounts } = buildBuckets(dataset);
  const bucketCount = (unitOfBucket[0] as Int32Array).length;
  const householdSizeOfBucket = new Float64Array(bucketCount).fill(defaultSize);
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const own = dataset.districts[(unitOfBucket[0] as Int32Array)[bucket] as number]?.householdSize;
    if (own !== undefined && own > 0 && Number.isFinite(own)) householdSizeOfBucket[bucket] = own;
  }
  const cellCountOfBucket = new Int32Array(bucketCount);
  for (const bucket of bucketOfCell) cellCountOfBucket[bucket] = (cellCountOfBucket[bucket] as number) + 1;
  const bucketsOfUnit = unitOfBucket.map((units, level) => {
    const lists: number[][] = Array.from({ length: (unitCounts[level] as number) + 1 }, () => []);
    units.forEach((unit, bucket) => {
      lists[unit]?.push(bucket);
    });
    return lists;
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
    bucketOfCell,
    levelCount: unitCounts.length,
    unitCounts,
    unitOfBucket,
    bucketsOfUnit,
    cellCountOfBucket,
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

/** Per level, a cell's unit index, the level's outside index (`unitCount`) for −1 or out-of-range values. */
function unitsOfCells(unitOfCell: Int32Array, unitCount: number): Int32Array {
  return unitOfCell.map((unit) => (unit >= 0 && unit < unitCount ? unit : unitCount));
}

/**
 * Buckets: without finer levels, bucket = district (outside last); otherwise one bucket per combination of units
 * present on the cells, numbered in order of first appearance in cell order (deterministic for a dataset).
 */
function buildBuckets(dataset: Dataset): {
  bucketOfCell: Int32Array;
  unitOfBucket: Int32Array[];
  unitCounts: number[];
} {
  const levels = dataset.levels ?? [];
  const unitCounts = [dataset.districts.length, ...levels.map((level) => level.units.length)];
  const unitsOfLevel = [
    unitsOfCells(dataset.districtOfCell, dataset.districts.length),
    ...levels.map((level) => unitsOfCells(level.unitOfCell, level.units.length)),
  ];
  const districts = unitsOfLevel[0] as Int32Array;
  if (levels.length === 0) {
    const identity = Int32Array.from({ length: dataset.districts.length + 1 }, (_, unit) => unit);
    return { bucketOfCell: districts, unitOfBucket: [identity], unitCounts };
  }
  const cellCount = districts.length;
  const bucketOfCell = new Int32Array(cellCount);
  const bucketOfKey = new Map<string, number>();
  const unitLists: number[][] = unitCounts.map(() => []);
  for (let cell = 0; cell < cellCount; cell++) {
    let key = '';
    for (const units of unitsOfLevel) key += `${units[cell] as number},`;
    let bucket = bucketOfKey.get(key);
    if (bucket === undefined) {
      bucket = bucketOfKey.size;
      bucketOfKey.set(key, bucket);
      unitsOfLevel.forEach((units, level) => {
        unitLists[level]?.push(units[cell] as number);
      });
    }
    bucketOfCell[cell] = bucket;
  }
  return { bucketOfCell, unitOfBucket: unitLists.map((list) => Int32Array.from(list)), unitCounts };
}

function sumLayerByBucket(values: Float32Array, bucketOfCell: Int32Array, bucketCount: number): Float64Array {
  const sums = new Float64Array(bucketCount);
  for (let cell = 0; cell < values.length; cell++) {
    const bucket = bucketOfCell[cell] as number;
    sums[bucket] = (sums[bucket] as number) + quantizePersons(values[cell] as number);
  }
  return sums;
}
