/**
 * Results as a patch on the results sent before (issue 12/13): with the generated hexagon level on, one `Results` of
 * Wuhan is ~4.7 MB and its structured clone costs the main thread ~100 ms per answer, yet a drag changes only the
 * rows near the facility. A patch carries the results' small parts whole (method, totals) and, for each list of rows
 * (districts, facilities, each level's units), either the whole list or only the rows that differ from the base's
 * row at the same index (`plainEqual`, exact). Applying it builds a new `Results` whose unchanged rows are the base's
 * own row objects (a cheap array copy), so signal readers see a new object and nothing is copied twice.
 */
import type { DistrictResult, FacilityResult, LevelResult, Results } from '../model/results';
import { plainEqual } from './plain-equal';

/** A list of rows: whole (`rows`), or the rows that changed at `indices` (ascending) of a list of `length` rows. */
export type RowsChange<Row> = { rows: Row[] } | { length: number; indices: number[]; changedRows: Row[] };

/** One level: its fields but the units, and the units' change. */
interface LevelChange {
  level: Omit<LevelResult, 'units'> & { units: null };
  units: RowsChange<DistrictResult>;
}

/**
 * The difference of two results. `head` is the new results with each row list replaced by `null` in its place, so
 * the results rebuilt from it keep their keys in the engine's order (exports write JSON in that order).
 */
export interface ResultsPatch {
  head: Omit<Results, 'districts' | 'facilities' | 'levels'> & {
    districts: null;
    facilities?: null;
    levels?: null;
  };
  districts: RowsChange<DistrictResult>;
  facilities?: RowsChange<FacilityResult>;
  levels?: LevelChange[];
}

/** Rows of `next` that differ from `base`'s at the same index; the whole list when the lengths differ. */
function rowsChange<Row>(base: readonly Row[] | undefined, next: Row[]): RowsChange<Row> {
  if (!base || base.length !== next.length) return { rows: next };
  const indices: number[] = [];
  const changedRows: Row[] = [];
  for (let index = 0; index < next.length; index++) {
    if (!plainEqual(base[index], next[index])) {
      indices.push(index);
      changedRows.push(next[index] as Row);
    }
  }
  return { length: next.length, indices, changedRows };
}

function applyRows<Row>(base: readonly Row[] | undefined, change: RowsChange<Row>): Row[] | undefined {
  if ('rows' in change) return change.rows;
  if (!base || base.length !== change.length) return undefined;
  const rows = base.slice();
  change.indices.forEach((index, k) => {
    rows[index] = change.changedRows[k] as Row;
  });
  return rows;
}

/** The patch turning `base` into `next` (both as the engine made them; neither is changed). */
export function resultsPatch(base: Results, next: Results): ResultsPatch {
  const head = { ...next, districts: null } as ResultsPatch['head'];
  const patch: ResultsPatch = { head, districts: rowsChange(base.districts, next.districts) };
  if (next.facilities) {
    head.facilities = null;
    patch.facilities = rowsChange(base.facilities, next.facilities);
  }
  if (next.levels) {
    head.levels = null;
    patch.levels = next.levels.map((level, index) => {
      const old = base.levels?.[index];
      return {
        level: { ...level, units: null },
        units: rowsChange(old?.id === level.id ? old.units : undefined, level.units),
      };
    });
  }
  return patch;
}

/**
 * `base` with `patch` applied, or undefined when the patch does not fit it (a list's length or a level's id differs:
 * it was made from other results). Callers also check versions (results-versions.ts); this check is the last guard.
 */
export function applyResultsPatch(base: Results, patch: ResultsPatch): Results | undefined {
  const districts = applyRows(base.districts, patch.districts);
  if (!districts) return undefined;
  const results = { ...patch.head, districts } as Results;
  if (patch.facilities) {
    const facilities = applyRows(base.facilities, patch.facilities);
    if (!facilities) return undefined;
    results.facilities = facilities;
  }
  if (patch.levels) {
    const levels: LevelResult[] = [];
    for (const [index, change] of patch.levels.entries()) {
      const old = base.levels?.[index];
      const units = applyRows(old?.id === change.level.id ? old.units : undefined, change.units);
      if (!units) return undefined;
      levels.push({ ...change.level, units });
    }
    results.levels = levels;
  }
  return results;
}
