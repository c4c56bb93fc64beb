/**
 * The unit-level part of an import (issue 12): what the dialog must settle before a level file can be imported (a
 * name; an explicit yes when a level of that name exists, so an import never silently replaces one) and the levels
 * handed to the engine's dataset replacement.
 */

import type { ImportBundle } from '../core/io/import/import-batch';
import { levelIdOf } from '../core/io/import/import-level';
import type { ImportOptions } from '../core/io/import/import-types';
import type { Results } from '../core/model/results';
import type { LevelReplacement } from '../core/session/replace-levels';

/** Why a level file cannot be imported yet: no name, or a level of that name exists and replacing it is not confirmed. */
export type LevelBlock = 'name-missing' | 'replace-unconfirmed';

/** The ids of the levels the dataset now has, from the latest results (empty before the first results). */
export function currentLevelIds(results: Results | null): string[] {
  return (results?.levels ?? []).map((level) => level.id);
}

/** Whether `options` would replace one of `levelIds` (a level of the same name, hence the same id). */
export function replacesLevel(options: ImportOptions, levelIds: readonly string[]): boolean {
  const name = options.levelName?.trim() ?? '';
  return options.kind === 'level' && name !== '' && levelIds.includes(levelIdOf(name));
}

/** What still blocks a level file, or undefined (also for files of other kinds). */
export function levelBlock(options: ImportOptions, levelIds: readonly string[]): LevelBlock | undefined {
  if (options.kind !== 'level') return undefined;
  if ((options.levelName?.trim() ?? '') === '') return 'name-missing';
  if (replacesLevel(options, levelIds) && options.replaceExistingLevel !== true) return 'replace-unconfirmed';
  return undefined;
}

/** The imported levels as the engine's dataset replacement takes them (cells are assigned in the worker). */
export function levelReplacementsOf(bundle: ImportBundle): LevelReplacement[] {
  return (bundle.levels ?? []).map((level) => ({
    id: level.levelId,
    name: level.levelName,
    units: level.units,
    crsId: level.crsId,
  }));
}
