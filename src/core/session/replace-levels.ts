/**
 * The unit levels of a dataset after an import (issue 12; domain.md § Planning units): the current levels kept,
 * an imported level added or put in place of the one of the same id, each checked against the grid. Plain functions,
 * used by replace-dataset.ts.
 */
import { assignCellsToDistricts } from '../geo/assign-districts';
import { gcj02Offset } from '../io/import/check-overlap';
import type { ImportIssue } from '../io/import/import-types';
import { importIssue } from '../io/import/messages';
import type { PopulationGrid } from '../model/grid';
import { fail, ok, type Result } from '../model/result';
import type { UnitLevel } from '../model/unit-level';

/**
 * A unit level as an import gives it: its units in WGS 84 without the cell assignment, which is made here against
 * the grid of the dataset it joins (the import worker has no grid, and a later grid import changes the cells).
 */
export type LevelReplacement = Omit<UnitLevel, 'unitOfCell'> & {
  /** CRS the units were read in (`gcj02` turns the GCJ-02 offset hint off); WGS 84 when absent. */
  crsId?: string;
};

/** Levels after an import, with the warnings of the added ones (`level-gcj02-offset`). */
export interface LevelsReplaced {
  levels: UnitLevel[];
  warnings: ImportIssue[];
}

/** Persons of `values` on cells inside some unit (`unitOfCell` ≥ 0). */
function personsInside(values: ArrayLike<number> | undefined, unitOfCell: Int32Array): number {
  let inside = 0;
  if (!values) return 0;
  for (let cell = 0; cell < unitOfCell.length; cell++)
    if (unitOfCell[cell] !== -1) inside += values[cell] as number;
  return inside;
}

function totalOf(values: ArrayLike<number> | undefined): number {
  let total = 0;
  if (values) for (let cell = 0; cell < values.length; cell++) total += values[cell] as number;
  return total;
}

/**
 * One imported level checked and assigned: `level-name-missing` for an empty name, `level-empty` without units,
 * `level-name-duplicate` when a level of another id has the same name, `level-grid-no-overlap` when the grid has
 * persons on `residentLayer` but none inside any unit. Warns with `level-gcj02-offset` as districts do
 * (check-overlap.ts): re-read as GCJ-02, the units would hold at least half of the persons they now miss.
 */
function checkedLevel(
  level: LevelReplacement,
  others: readonly UnitLevel[],
  grid: PopulationGrid,
  residentLayer: string,
): Result<{ level: UnitLevel; warnings: ImportIssue[] }> {
  const name = level.name.trim();
  if (name === '') return fail('level-name-missing', 'the unit level has no name');
  const details = { name };
  if (level.units.length === 0) return fail('level-empty', `level "${name}" has no units`, details);
  if (others.some((other) => other.id !== level.id && other.name.trim() === name))
    return fail('level-name-duplicate', `a unit level named "${name}" exists already`, details);
  const unitOfCell = assignCellsToDistricts(grid, level.units);
  const values = grid.layers[residentLayer];
  const total = totalOf(values);
  const inside = personsInside(values, unitOfCell);
  if (total > 0 && inside === 0)
    return fail('level-grid-no-overlap', `no population lies inside any unit of "${name}"`, details);
  const { crsId, ...read } = level;
  const offset = values
    ? gcj02Offset(grid, level.units, values, total - inside, total, crsId ?? 'EPSG:4326')
    : null;
  const warnings = offset ? [importIssue('level-gcj02-offset', { name, ...offset })] : [];
  return ok({ level: { ...read, name, unitOfCell }, warnings });
}

/** Index at which a level of `unitCount` units keeps `levels` ordered coarse to fine (fewer units first; stable). */
function coarseToFineIndex(levels: readonly UnitLevel[], unitCount: number): number {
  const index = levels.findIndex((level) => level.units.length > unitCount);
  return index === -1 ? levels.length : index;
}

/**
 * The levels of a dataset made of `grid` after an import: `current` levels (assigned again when the grid is new;
 * generated ones are dropped then, as they were generated from the old grid's populated cells), then each of `added`,
 * which takes the place of the level of the same id, inserted where its unit count keeps the levels coarse to fine
 * (fewer units first; among equal counts, the earlier first). Fails with
 * the first refusal of an added level (see {@link checkedLevel}); nothing passed in is modified.
 */
export function replaceLevels(
  current: readonly UnitLevel[],
  added: readonly LevelReplacement[],
  grid: PopulationGrid,
  gridChanged: boolean,
  residentLayer: string,
): Result<LevelsReplaced> {
  const warnings: ImportIssue[] = [];
  let levels: UnitLevel[] = gridChanged
    ? current
        .filter((level) => !level.generated)
        .map((level) => ({ ...level, unitOfCell: assignCellsToDistricts(grid, level.units) }))
    : [...current];
  for (const level of added) {
    const checked = checkedLevel(level, levels, grid, residentLayer);
    if (!checked.ok) return checked;
    warnings.push(...checked.value.warnings);
    // A level of the same id goes, and the new one takes the place its unit count gives it.
    levels = levels.filter((other) => other.id !== level.id);
    levels.splice(coarseToFineIndex(levels, level.units.length), 0, checked.value.level);
  }
  return ok({ levels, warnings });
}
