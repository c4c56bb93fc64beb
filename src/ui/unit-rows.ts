/**
 * The rows of the district table at the chosen unit level (issue 12): the districts' counts from the dataset summary,
 * or a finer level's units from its results (which carry the same counts per unit). A level of thousands of units
 * (2,890 hexagons on Wuhan) is shown a page at a time, narrowed by a filter on name or id: a table of every unit
 * would be ~40,000 cells re-rendered on every edit.
 */
import { HEXAGON_LEVEL_ID } from '../core/geo/hexagon-units';
import type { Results } from '../core/model/results';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { DatasetSummary, LevelSummary } from '../core/session/dataset-summary';
import type { Translate } from './figure-tooltip';

/** What one row of the table shows before the figures: the unit and its counts. */
export interface UnitRow {
  id: string;
  name: string;
  nameEn?: string;
  population: number;
  elderlyPopulation?: number;
  households: number;
}

/** Rows shown at most at once; the rest are reached through the filter. */
export const UNIT_ROWS_SHOWN = 100;

/** The districts of the summary, or the units of `levelId` from the level's results (none before the results). */
export function unitRowsOf(
  summary: DatasetSummary,
  levelId: string,
  levelResults: Results | null,
): readonly UnitRow[] {
  if (levelId === DISTRICT_LEVEL_ID) return summary.districts;
  return (levelResults?.districts ?? []).map((unit) => ({
    id: unit.id,
    name: unit.name,
    population: unit.population,
    ...(unit.elderlyPopulation !== undefined ? { elderlyPopulation: unit.elderlyPopulation } : {}),
    households: unit.households,
  }));
}

/**
 * The rows whose name or id contains `filter` (case-insensitive, trimmed; empty keeps all): the district table's and
 * the compare table's units alike.
 */
export function filterUnitRows<T extends Pick<UnitRow, 'id' | 'name' | 'nameEn'>>(
  rows: readonly T[],
  filter: string,
): T[] {
  const wanted = filter.trim().toLowerCase();
  if (!wanted) return [...rows];
  return rows.filter((row) =>
    [row.id, row.name, row.nameEn ?? ''].some((text) => text.toLowerCase().includes(wanted)),
  );
}

/** Persons and households of a set of units, summed. */
export interface UnitTotals {
  population: number;
  elderlyPopulation?: number;
  households: number;
}

/** The sums over rows (elderly only when every row has it). */
export function totalsOfRows(rows: readonly UnitRow[]): UnitTotals {
  let population = 0;
  let households = 0;
  let elderly: number | undefined = 0;
  for (const row of rows) {
    population += row.population;
    households += row.households;
    elderly =
      elderly === undefined || row.elderlyPopulation === undefined
        ? undefined
        : elderly + row.elderlyPopulation;
  }
  return { population, households, ...(elderly !== undefined ? { elderlyPopulation: elderly } : {}) };
}

/** The level's name in the interface language: the generated hexagons by their fixed label, others as named. */
export function levelName(level: Pick<LevelSummary, 'id' | 'name'>, t: Translate): string {
  return level.id === HEXAGON_LEVEL_ID ? t('unitLevelHexagons') : level.name;
}

/** Name of the level `levelId` of the summary (`districts` included), or the id when the summary lacks it. */
export function levelNameOf(summary: DatasetSummary | null, levelId: string, t: Translate): string {
  if (levelId === DISTRICT_LEVEL_ID) return t('unitLevelDistricts');
  const level = summary?.levels.find((candidate) => candidate.id === levelId);
  return level ? levelName(level, t) : levelId;
}
