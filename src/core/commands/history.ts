import type { Result } from '../model/result';
import type { Scenario } from '../model/scenario';
import { applyCommand } from './apply-command';
import type { Command } from './command';

/**
 * Undo/redo history as data: each entry is the command that reverts one committed change. A drag is one entry
 * because only its release is committed (conventions.md § Edits).
 */
export interface History {
  scenario: Scenario;
  /** Inverses of committed commands, oldest first. */
  undoStack: Command[];
  /** Inverses of undone commands, most recently undone last. */
  redoStack: Command[];
}

/** A fresh history on a scenario. */
export function createHistory(scenario: Scenario): History {
  return { scenario, undoStack: [], redoStack: [] };
}

/** Commits a command: applies it, records its inverse, clears redo. An invalid command leaves the history as is. */
export function commit(history: History, command: Command): Result<History> {
  const applied = applyCommand(history.scenario, command);
  if (!applied.ok) return applied;
  return {
    ok: true,
    value: {
      scenario: applied.value.scenario,
      undoStack: [...history.undoStack, applied.value.inverse],
      redoStack: [],
    },
  };
}

/** Reverts the last committed change; with nothing to undo returns the history unchanged. */
export function undo(history: History): History {
  return step(history, 'undo');
}

/** Re-applies the last undone change; with nothing to redo returns the history unchanged. */
export function redo(history: History): History {
  return step(history, 'redo');
}

function step(history: History, direction: 'undo' | 'redo'): History {
  const from = direction === 'undo' ? history.undoStack : history.redoStack;
  const command = from[from.length - 1];
  if (!command) return history;
  const applied = applyCommand(history.scenario, command);
  // An inverse recorded by commit always applies; failing here would mean the scenario changed outside the history.
  if (!applied.ok) throw new Error(`History out of step: ${applied.error.message}`);
  const rest = from.slice(0, -1);
  const to = [...(direction === 'undo' ? history.redoStack : history.undoStack), applied.value.inverse];
  return direction === 'undo'
    ? { scenario: applied.value.scenario, undoStack: rest, redoStack: to }
    : { scenario: applied.value.scenario, undoStack: to, redoStack: rest };
}
