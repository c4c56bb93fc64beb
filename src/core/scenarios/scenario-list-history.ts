/**
 * One undo/redo history over the whole scenario list: deleting a scenario and moving a facility are undone by the
 * same Ctrl+Z, in the order they were made (conventions.md § Edits). Entries are inverse commands
 * (`applyCommand` and `applyScenarioListCommand` return each command's inverse).
 */
import { ok, type Result } from '../model/result';
import { applyScenarioListCommand, type ScenarioList, type ScenarioListCommand } from './scenario-list';

/** The list with its undo and redo stacks. */
export interface ScenarioListHistory {
  list: ScenarioList;
  /** Inverses of committed commands, oldest first. */
  undoStack: ScenarioListCommand[];
  /** Inverses of undone commands, most recently undone last. */
  redoStack: ScenarioListCommand[];
}

/** A fresh history on a list. */
export function createScenarioListHistory(list: ScenarioList): ScenarioListHistory {
  return { list, undoStack: [], redoStack: [] };
}

/** Applies a command, records its inverse and clears redo. An invalid command leaves the history as it is. */
export function commitScenarioListCommand(
  history: ScenarioListHistory,
  command: ScenarioListCommand,
): Result<ScenarioListHistory> {
  const applied = applyScenarioListCommand(history.list, command);
  if (!applied.ok) return applied;
  return ok({
    list: applied.value.list,
    undoStack: [...history.undoStack, applied.value.inverse],
    redoStack: [],
  });
}

/**
 * Switches the active scenario without recording an undo step: picking a tab is navigation, not an edit. Fails with
 * `unknown-scenario`.
 */
export function activateScenario(history: ScenarioListHistory, id: string): Result<ScenarioListHistory> {
  const applied = applyScenarioListCommand(history.list, { kind: 'setActiveScenario', id });
  if (!applied.ok) return applied;
  return ok({ ...history, list: applied.value.list });
}

/**
 * Reverts the last committed change; with nothing to undo returns the history unchanged. When the change edited a
 * scenario, that scenario becomes active, so the planner sees what was undone.
 */
export function undoScenarioList(history: ScenarioListHistory): ScenarioListHistory {
  return step(history, 'undo');
}

/** Re-applies the last undone change (and shows its scenario, as {@link undoScenarioList} does). */
export function redoScenarioList(history: ScenarioListHistory): ScenarioListHistory {
  return step(history, 'redo');
}

/** The scenario a command edits, for focusing it after undo/redo; the last edited one in a batch. */
function editedScenarioId(command: ScenarioListCommand): string | undefined {
  if (command.kind === 'editScenario') return command.id;
  if (command.kind !== 'scenarioListBatch') return undefined;
  for (let index = command.commands.length - 1; index >= 0; index--) {
    const inner = command.commands[index];
    const id = inner ? editedScenarioId(inner) : undefined;
    if (id !== undefined) return id;
  }
  return undefined;
}

function step(history: ScenarioListHistory, direction: 'undo' | 'redo'): ScenarioListHistory {
  const from = direction === 'undo' ? history.undoStack : history.redoStack;
  const command = from[from.length - 1];
  if (!command) return history;
  const applied = applyScenarioListCommand(history.list, command);
  // A recorded inverse always applies: only recorded commands add or remove scenarios or facilities.
  if (!applied.ok) throw new Error(`Scenario history out of step: ${applied.error.message}`);
  let list = applied.value.list;
  const focus = editedScenarioId(command);
  if (focus !== undefined && list.scenarios.some((scenario) => scenario.id === focus)) {
    list = { ...list, activeScenarioId: focus };
  }
  const rest = from.slice(0, -1);
  const to = [...(direction === 'undo' ? history.redoStack : history.undoStack), applied.value.inverse];
  return direction === 'undo'
    ? { list, undoStack: rest, redoStack: to }
    : { list, undoStack: to, redoStack: rest };
}
