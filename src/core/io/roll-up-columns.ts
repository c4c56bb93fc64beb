/**
 * Roll-ups (domain.md § Planning units) as flat columns, named alike in the results CSV and GeoJSON: how the finest
 * units inside a coarser unit (or the city, on the total row) fare, so a spreadsheet shows "12 of 40 communities meet
 * 30 m² per 100 households" beside the district's own figures.
 */
import type { RollUp } from '../model/results';
import { ownValue } from '../model/string-keyed';

/** Which roll-up columns a file has: the union over its rows, in first-seen order. */
export interface RollUpColumns {
  indicatorIds: string[];
  types: string[];
}

/** The columns of `rollUps` (undefined entries skipped), or null when none is present: no roll-up columns then. */
export function rollUpColumnsOf(rollUps: readonly (RollUp | undefined)[]): RollUpColumns | null {
  const indicatorIds = new Set<string>();
  const types = new Set<string>();
  let any = false;
  for (const rollUp of rollUps) {
    if (!rollUp) continue;
    any = true;
    for (const id of Object.keys(rollUp.indicators)) indicatorIds.add(id);
    for (const type of Object.keys(rollUp.unitsWithFacility)) types.add(type);
  }
  return any ? { indicatorIds: [...indicatorIds], types: [...types] } : null;
}

/** One roll-up figure: its column name and value (null where the row has no roll-up or no such figure). */
export type RollUpField = [name: string, value: string | number | null];

/**
 * The roll-up figures of one row in column order: `rollup_level` (the finest level's id), `rollup_units` (finest units
 * counted); per indicator `rollup_<id>_units_judged`, `_units_meeting`, `_percent_of_units`, `_percent_of_population`;
 * per facility type `rollup_units_with_<type>` (finest units holding one).
 */
export function rollUpFields(rollUp: RollUp | undefined, columns: RollUpColumns): RollUpField[] {
  const fields: RollUpField[] = [
    ['rollup_level', rollUp?.levelId ?? null],
    ['rollup_units', rollUp?.unitCount ?? null],
  ];
  for (const id of columns.indicatorIds) {
    const indicator = rollUp ? ownValue(rollUp.indicators, id) : undefined;
    fields.push(
      [`rollup_${id}_units_judged`, indicator?.unitsJudged ?? null],
      [`rollup_${id}_units_meeting`, indicator?.unitsMeeting ?? null],
      [`rollup_${id}_percent_of_units`, indicator?.percentOfUnits ?? null],
      [`rollup_${id}_percent_of_population`, indicator?.percentOfPopulation ?? null],
    );
  }
  for (const type of columns.types) {
    const units = rollUp ? ownValue(rollUp.unitsWithFacility, type) : undefined;
    fields.push([`rollup_units_with_${type}`, units ?? null]);
  }
  return fields;
}
