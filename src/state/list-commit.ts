/**
 * The one write path to the scenario list: commit a command, undo, redo. Both the planner controller (facility
 * edits) and the scenario controller (tabs) go through here, so one Ctrl+Z undoes either, in order.
 */
import type { Command } from '../core/commands/command';
import { fail } from '../core/model/result';
import { editScenarioCommand } from '../core/scenarios/scenario-commands';
import type { ScenarioListCommand } from '../core/scenarios/scenario-list';
import {
  commitScenarioListCommand,
  redoScenarioList,
  undoScenarioList,
} from '../core/scenarios/scenario-list-history';
import { type AppStore, valueOrRefuse } from './store';

/** In a tab that another tab's writer made read-only, every change is refused (it could not be saved). */
function refusedInReadOnlyTab(store: AppStore): boolean {
  if (store.tabRole.peek() !== 'reader') return false;
  valueOrRefuse(store, fail('tab-read-only', 'another tab owns writing; this tab is read-only'));
  return true;
}

/** Commits a list command; a refused one is reported and changes nothing. Returns whether it was committed. */
export function commitToList(store: AppStore, command: ScenarioListCommand): boolean {
  if (refusedInReadOnlyTab(store)) return false;
  const committed = valueOrRefuse(store, commitScenarioListCommand(store.scenarios.peek(), command));
  if (!committed) return false;
  store.scenarios.value = committed;
  return true;
}

/** Commits a scenario command (facility edit, rule set, parameters, rename) to the active scenario. */
export function commitToActive(store: AppStore, command: Command): boolean {
  return commitToList(store, editScenarioCommand(store.activeScenario.peek().id, command));
}

/** Undoes or redoes one step; returns false when there was nothing to do. Drops a selection that no longer exists. */
export function stepList(store: AppStore, direction: 'undo' | 'redo'): boolean {
  if (refusedInReadOnlyTab(store)) return false;
  const before = store.scenarios.peek();
  const after = direction === 'undo' ? undoScenarioList(before) : redoScenarioList(before);
  if (after === before) return false;
  store.scenarios.value = after;
  const selected = store.selectedFacilityId.peek();
  if (selected && !store.activeScenario.peek().facilities.some((f) => f.id === selected)) {
    store.selectedFacilityId.value = null;
  }
  return true;
}
