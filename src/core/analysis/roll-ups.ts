/**
 * Per-community standards reported upward (domain.md § Planning units): an indicator is judged at the finest level
 * present, and each coarser unit (and the city) reports the share of its finest units meeting it, by count and by
 * population, and the finest units holding at least one facility of each type.
 *
 * Which coarser unit a finest unit belongs to: the one holding most of its cells (ties: the lowest index). Levels need
 * not nest (an imported 社区 layer may cross a simplified district border), so this is the planner's "which district
 * is this community in" answered by the cells themselves; a finest unit with no cell belongs to no coarser unit and
 * counts for the city only.
 */
import type { DistrictResult, IndicatorRollUp, RollUp } from '../model/results';
import { stringKeyed } from '../model/string-keyed';
import type { EngineState, FacilityRecord } from './engine-state';
import { finestLevel } from './indicators';

/** What results() groups once per call: facilities per unit, and the finest units that count as each unit's zones. */
export interface ResultsFrame {
  /**
   * Per level, per unit (outside last): the facilities located in it, in engine order; a unit without facilities
   * has no entry (most hexagons: 2,000 facilities in 2,890 units).
   */
  recordsOfUnit: (FacilityRecord[] | undefined)[][];
  /** Per level, per unit (outside last): finest units counted in it (at the finest level: the unit itself). */
  zonesOfUnit: readonly (readonly number[])[][];
}

/** Groups the facilities by unit and assigns every finest unit to its coarser units. */
export function resultsFrame(state: EngineState, records: readonly FacilityRecord[]): ResultsFrame {
  const { context } = state;
  const recordsOfUnit = context.unitCounts.map((count) => new Array<FacilityRecord[] | undefined>(count + 1));
  for (const record of records) {
    for (let level = 0; level < record.units.length; level++) {
      const perUnit = recordsOfUnit[level];
      if (!perUnit) continue;
      const unit = record.units[level] as number;
      const list = perUnit[unit];
      if (list) list.push(record);
      else perUnit[unit] = [record];
    }
  }
  return { recordsOfUnit, zonesOfUnit: zonesOf(state) };
}

/** Zones and homes depend on the dataset only: computed once per analysis context. */
const zoneCache = new WeakMap<object, number[][][]>();

function zonesOf(state: EngineState): number[][][] {
  const cached = zoneCache.get(state.context);
  if (cached) return cached;
  const { context } = state;
  const finest = finestLevel(state);
  const finestCount = context.unitCounts[finest] as number;
  const zonesOfUnit = context.unitCounts.map((count, level) => {
    const zones = Array.from({ length: count + 1 }, (): number[] => []);
    if (level === finest) {
      for (let unit = 0; unit < finestCount; unit++) zones[unit]?.push(unit);
      return zones;
    }
    const home = homes(state, level, finest);
    for (let unit = 0; unit < finestCount; unit++) {
      const coarse = home[unit] as number;
      if (coarse >= 0) zones[coarse]?.push(unit);
    }
    return zones;
  });
  zoneCache.set(context, zonesOfUnit);
  return zonesOfUnit;
}

/** For each finest unit, the unit of `level` holding most of its cells, or −1 (no cell, or mostly outside). */
function homes(state: EngineState, level: number, finest: number): Int32Array {
  const { context } = state;
  const finestCount = context.unitCounts[finest] as number;
  const coarseOutside = context.unitCounts[level] as number;
  const finestOfBucket = context.unitOfBucket[finest] as Int32Array;
  const coarseOfBucket = context.unitOfBucket[level] as Int32Array;
  // Cells per (finest unit, coarse unit) pair, from the buckets (each bucket is one such pair or finer).
  const cellsOfPair = new Map<number, number>();
  for (let bucket = 0; bucket < context.bucketCount; bucket++) {
    const fine = finestOfBucket[bucket] as number;
    if (fine >= finestCount) continue;
    const key = fine * (coarseOutside + 1) + (coarseOfBucket[bucket] as number);
    cellsOfPair.set(key, (cellsOfPair.get(key) ?? 0) + (context.cellCountOfBucket[bucket] as number));
  }
  const home = new Int32Array(finestCount).fill(-1);
  const best = new Int32Array(finestCount);
  for (const [key, cells] of [...cellsOfPair.entries()].sort((a, b) => a[0] - b[0])) {
    const fine = Math.floor(key / (coarseOutside + 1));
    const coarse = key % (coarseOutside + 1);
    if (cells > (best[fine] as number)) {
      best[fine] = cells;
      home[fine] = coarse < coarseOutside ? coarse : -1;
    }
  }
  return home;
}

function share(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
}

/**
 * The roll-up of the finest units `zones` (their rows in `finestRows`): per indicator, units judged and meeting by
 * count and population; per type, units with at least one facility.
 */
export function rollUp(
  state: EngineState,
  levelId: string,
  finestRows: readonly DistrictResult[],
  zones: readonly number[],
  types: readonly string[],
): RollUp {
  // Rule ids and facility types come from files: no key may reach Object.prototype (a type `__proto__` was lost).
  const indicators = stringKeyed<IndicatorRollUp>();
  // A row's indicators are in the rule set's order: index k is rule k.
  (state.ruleSet?.indicators ?? []).forEach((rule, ruleIndex) => {
    let unitsJudged = 0;
    let unitsMeeting = 0;
    let populationJudged = 0;
    let populationMeeting = 0;
    for (const unit of zones) {
      const row = finestRows[unit];
      const result = row?.indicators[ruleIndex];
      if (!row || !result || result.available === false) continue;
      unitsJudged++;
      populationJudged += row.population;
      if (result.pass) {
        unitsMeeting++;
        populationMeeting += row.population;
      }
    }
    indicators[rule.id] = {
      unitsJudged,
      unitsMeeting,
      percentOfUnits: share(unitsMeeting, unitsJudged),
      populationJudged,
      populationMeeting,
      percentOfPopulation: share(populationMeeting, populationJudged),
    };
  });
  const finest = finestLevel(state);
  const unitsWithFacility = stringKeyed<number>();
  for (const typeId of types) {
    const counts = state.types.get(typeId)?.facilityCountOfUnit[finest];
    let units = 0;
    if (counts) for (const unit of zones) if ((counts[unit] as number) > 0) units++;
    unitsWithFacility[typeId] = units;
  }
  return { levelId, unitCount: zones.length, indicators, unitsWithFacility };
}
