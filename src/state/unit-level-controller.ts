/**
 * Unit levels in the interface (issue 12): which level the panels and the map show, and the generated hexagon units.
 *
 * The hexagon switch is a preference (localStorage, like the language and the basemap), not part of the autosaved
 * work: it changes how the planner looks at a dataset, not any scenario; the autosave record holds scenarios only,
 * is written by one tab and would be refused in a read-only tab, while every tab should see the hexagons it was
 * asked for.
 */
import { effect } from '@preact/signals';
import { HEXAGON_LEVEL_ID } from '../core/geo/hexagon-units';
import type { Result } from '../core/model/result';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { DatasetSummary } from '../core/session/dataset-summary';
import type { EngineSync } from './engine-sync';
import { type PreferenceStorage, writePreference } from './preferences';
import { type AppStore, HEXAGON_UNITS_PREFERENCE, valueOrRefuse } from './store';

export interface UnitLevelController {
  /** Shows `levelId` (`districts` or a level of the summary) in the table, chart, colouring, popups and outlines. */
  chooseLevel(levelId: string): void;
  /**
   * Adds or removes the generated hexagon level in the engine, sends the scenario again and shows the new summary;
   * the choice is stored. Turning them on also shows them; turning them off while shown goes back to the districts.
   */
  setHexagonUnits(on: boolean): Promise<void>;
  /** Applies the stored choice once the dataset is loaded (nothing to do when it is off). */
  restoreHexagonUnits(): Promise<void>;
}

/** The engine call the controller needs (the engine client has it). */
export interface HexagonEngine {
  setHexagonUnits(on: boolean): Promise<Result<DatasetSummary>>;
}

/** `levelId` when the summary has that level (or it is the districts), else `districts`. */
export function levelIdIn(summary: DatasetSummary | null, levelId: string): string {
  if (levelId === DISTRICT_LEVEL_ID) return levelId;
  return summary?.levels.some((level) => level.id === levelId) ? levelId : DISTRICT_LEVEL_ID;
}

export function createUnitLevelController(
  store: AppStore,
  engine: HexagonEngine,
  sync: Pick<EngineSync, 'syncActive'>,
  storage: PreferenceStorage | undefined,
): UnitLevelController {
  // A dataset replaced under the chosen level (an import without it): back to the districts.
  effect(() => {
    const summary = store.summary.value;
    const chosen = store.unitLevelId.value;
    if (summary) store.unitLevelId.value = levelIdIn(summary, chosen);
  });

  const apply = async (on: boolean) => {
    const before = store.hexagonUnits.peek().on;
    store.hexagonUnits.value = { on, busy: true };
    if (!on && store.unitLevelId.peek() === HEXAGON_LEVEL_ID) store.unitLevelId.value = DISTRICT_LEVEL_ID;
    const summary = valueOrRefuse(store, await engine.setHexagonUnits(on));
    if (!summary) {
      store.hexagonUnits.value = { on: before, busy: false };
      return false;
    }
    // The engine started again with no facilities: the scenario's figures first, then the level's polygons.
    await sync.syncActive();
    store.summary.value = summary;
    store.hexagonUnits.value = { on, busy: false };
    return true;
  };

  return {
    chooseLevel(levelId) {
      store.unitLevelId.value = levelIdIn(store.summary.peek(), levelId);
    },
    async setHexagonUnits(on) {
      if (store.hexagonUnits.peek().busy) return;
      if (!(await apply(on))) return;
      writePreference(storage, HEXAGON_UNITS_PREFERENCE, on ? 'on' : '');
      if (on) store.unitLevelId.value = HEXAGON_LEVEL_ID;
    },
    async restoreHexagonUnits() {
      if (store.hexagonUnits.peek().on) await apply(true);
    },
  };
}
