/**
 * Per-unit figures that depend on the dataset and the household size only, never on facilities: residents, elderly,
 * households and every layer's persons, per unit of one level. results() read them for every row of every call;
 * summed once per analysis context (a new dataset, household size or rule set builds a new context, so a changed
 * input never meets an old sum). Each unit's sum adds its buckets in ascending order from 0, exactly as a sum over
 * the unit's scope does, so the figures are bit-identical to summing per row.
 */
import { stringKeyed } from '../model/string-keyed';
import type { AnalysisContext } from './analysis-context';
import { PERSON_QUANTA } from './fixed-point';

/** Sums per unit of one level (outside last), in the units of the engine's per-bucket arrays. */
export interface UnitPopulations {
  /** Resident quanta (2^−24 person). */
  residentQuanta: Float64Array;
  /** Elderly quanta, or null when the dataset has no elderly layer. */
  elderlyQuanta: Float64Array | null;
  /** Households: Σ over the unit's buckets of persons / household size. */
  households: Float64Array;
  /**
   * Per unit, persons of every layer (the rows' `populationByLayer`), frozen: the same record is handed to every
   * results() of the context, so that 2,890 hexagon rows do not build 2,890 records of constants each time.
   */
  populationByLayer: Readonly<Record<string, number>>[];
}

const cache = new WeakMap<AnalysisContext, UnitPopulations[]>();

/** The sums of `level` for `context`, computed on first use and kept as long as the context lives. */
export function unitPopulations(context: AnalysisContext, level: number): UnitPopulations {
  let perLevel = cache.get(context);
  if (!perLevel) {
    perLevel = [];
    cache.set(context, perLevel);
  }
  let sums = perLevel[level];
  if (!sums) {
    sums = sumUnits(context, level);
    perLevel[level] = sums;
  }
  return sums;
}

function sumUnits(context: AnalysisContext, level: number): UnitPopulations {
  const slots = (context.unitCounts[level] as number) + 1;
  const unitOfBucket = context.unitOfBucket[level] as Int32Array;
  const bySlot = (perBucket: Float64Array): Float64Array => {
    const out = new Float64Array(slots);
    for (let bucket = 0; bucket < context.bucketCount; bucket++) {
      const unit = unitOfBucket[bucket] as number;
      out[unit] = (out[unit] as number) + (perBucket[bucket] as number);
    }
    return out;
  };
  const residents = context.resident.quantaOfBucket;
  const households = new Float64Array(slots);
  for (let bucket = 0; bucket < context.bucketCount; bucket++) {
    const unit = unitOfBucket[bucket] as number;
    const persons = (residents[bucket] as number) / PERSON_QUANTA;
    households[unit] =
      (households[unit] as number) + persons / (context.householdSizeOfBucket[bucket] as number);
  }
  const layers = Object.entries(context.layerQuantaOfBucket).map(([id, quanta]) => ({
    id,
    quanta: bySlot(quanta),
  }));
  const populationByLayer = Array.from({ length: slots }, (_, unit) => {
    const persons = stringKeyed<number>();
    for (const layer of layers) persons[layer.id] = (layer.quanta[unit] as number) / PERSON_QUANTA;
    return Object.freeze(persons);
  });
  return {
    residentQuanta: bySlot(residents),
    elderlyQuanta: context.elderly ? bySlot(context.elderly.quantaOfBucket) : null,
    households,
    populationByLayer,
  };
}
