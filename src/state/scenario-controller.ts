/**
 * The scenario tabs' actions: create, duplicate, rename, delete, switch, and add a scenario received from a file or
 * a share link. Each is a command on the scenario list (one undo history with the facility edits, list-commit.ts);
 * whenever the active scenario changes, the engine worker gets it in full.
 */

import type { Scenario } from '../core/model/scenario';
import { baselineFacilities, copyScenarioFacility } from '../core/scenarios/baseline';
import {
  deleteScenarioCommand,
  duplicateScenarioCommand,
  importScenarioCommand,
  renameScenarioCommand,
  type ScenarioContent,
} from '../core/scenarios/scenario-commands';
import { activateScenario } from '../core/scenarios/scenario-list-history';
import type { EngineSync } from './engine-sync';
import { commitToList } from './list-commit';
import { type AppStore, scenarioName, valueOrRefuse } from './store';

export interface ScenarioController {
  /**
   * A new scenario holding the active scenario's existing facilities (today's baseline), with its rule set and
   * assumptions, named "方案 n" / "Scenario n"; it becomes active. Returns its id.
   */
  create(): Promise<string>;
  /** A copy of a scenario (with every facility) right after it; the copy becomes active. */
  duplicate(id: string): Promise<void>;
  rename(id: string, name: string): void;
  /** Deletes a scenario (undoable); the only scenario cannot be deleted (reported, nothing changes). */
  remove(id: string): Promise<void>;
  /** Shows another scenario; not an undo step. */
  activate(id: string): Promise<void>;
  /**
   * Adds a scenario from a file or a share link as a new scenario (fresh id, unique name): the one on screen is never
   * overwritten. With `activate` (default true) it is shown at once. Returns the new id.
   */
  addScenario(content: ScenarioContent, options?: { activate?: boolean }): Promise<string>;
}

export function createScenarioController(store: AppStore, sync: EngineSync): ScenarioController {
  const activeId = () => store.activeScenario.peek().id;

  /** Resyncs the engine when the active scenario is another one (or was edited) after a list change. */
  const afterChange = async (previousActive: string, previousScenario: Scenario | undefined) => {
    if (activeId() !== previousActive || store.activeScenario.peek() !== previousScenario) {
      store.selectedFacilityId.value = null;
      await sync.syncActive();
    }
  };

  const commitAndSync = async (run: () => boolean) => {
    const before = activeId();
    const scenario = store.activeScenario.peek();
    if (run()) await afterChange(before, scenario);
  };

  return {
    async create() {
      const active = store.activeScenario.peek();
      const list = store.scenarios.peek().list;
      const content: ScenarioContent = {
        name: scenarioName(store.locale.peek(), list.scenarios.length + 1),
        datasetId: active.datasetId,
        ruleSetId: active.ruleSetId,
        parameters: { ...active.parameters, thresholdOverrides: { ...active.parameters.thresholdOverrides } },
        facilities: baselineFacilities(active.facilities).map(copyScenarioFacility),
      };
      const command = importScenarioCommand(list, content, store.locale.peek());
      await commitAndSync(() => commitToList(store, command));
      return activeId();
    },
    async duplicate(id) {
      const command = valueOrRefuse(
        store,
        duplicateScenarioCommand(store.scenarios.peek().list, id, store.locale.peek()),
      );
      if (command) await commitAndSync(() => commitToList(store, command));
    },
    rename(id, name) {
      const trimmed = name.trim();
      if (trimmed) commitToList(store, renameScenarioCommand(id, trimmed));
    },
    async remove(id) {
      await commitAndSync(() => commitToList(store, deleteScenarioCommand(id)));
    },
    async activate(id) {
      const before = activeId();
      if (id === before) return;
      const switched = valueOrRefuse(store, activateScenario(store.scenarios.peek(), id));
      if (!switched) return;
      store.scenarios.value = switched;
      await afterChange(before, undefined);
    },
    async addScenario(content, options = {}) {
      const command = importScenarioCommand(store.scenarios.peek().list, content, store.locale.peek());
      if (command.kind !== 'insertScenario') throw new Error('importScenarioCommand inserts a scenario');
      const activate = options.activate !== false;
      await commitAndSync(() => commitToList(store, { ...command, activate }));
      return command.scenario.id;
    },
  };
}
