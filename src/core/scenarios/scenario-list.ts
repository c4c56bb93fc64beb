/**
 * The scenarios of one dataset as data, and every change to the list as a command with its inverse (conventions.md
 * § Edits, issue 6 "Scenarios").
 *
 * Representation: each scenario holds its whole facility list (a self-contained snapshot, like a file). The
 * "baseline" of a scenario is its facilities with status `existing`; a proposal is a scenario whose extra facilities
 * have status `proposed` (see baseline.ts). Snapshots were chosen over a shared baseline plus per-scenario diffs
 * because the engine, the share link, the GeoJSON export and the facility commands all take one plain facility list;
 * a diff layer would need a merge step in each of them. The cost: correcting an existing facility in one scenario
 * does not change it in the others.
 *
 * Facility edits inside a scenario are the commands of commands/command.ts, wrapped in `editScenario`; this file
 * does not repeat them.
 */
import { applyCommand } from '../commands/apply-command';
import type { Command } from '../commands/command';
import { fail, ok, type Result } from '../model/result';
import type { Scenario } from '../model/scenario';

/**
 * The scenario list. Invariants: at least one scenario; ids unique; `activeScenarioId` names one of them. Every
 * command below keeps the invariants or fails and leaves the list unchanged.
 */
export interface ScenarioList {
  scenarios: Scenario[];
  activeScenarioId: string;
}

/**
 * A change to the scenario list, as plain data.
 * - `insertScenario`: adds a scenario at `index` (default: the end); `activate` makes it the active one.
 * - `removeScenario`: deletes a scenario; when it was active, the next one (else the previous one) becomes active.
 * - `setActiveScenario`: switches the active scenario.
 * - `editScenario`: applies a scenario command (add/move/delete facility, rename, rule set, parameters) to one
 *   scenario, active or not.
 * - `scenarioListBatch`: several commands as one undo step.
 */
export type ScenarioListCommand =
  | { kind: 'insertScenario'; scenario: Scenario; index?: number; activate?: boolean }
  | { kind: 'removeScenario'; id: string }
  | { kind: 'setActiveScenario'; id: string }
  | { kind: 'editScenario'; id: string; command: Command }
  | { kind: 'scenarioListBatch'; commands: ScenarioListCommand[] };

/** The list after a command, and the command that undoes it. */
export interface AppliedToList {
  list: ScenarioList;
  inverse: ScenarioListCommand;
}

/** A list holding one scenario, active. */
export function createScenarioList(first: Scenario): ScenarioList {
  return { scenarios: [first], activeScenarioId: first.id };
}

/** The active scenario (always present by the list's invariant). */
export function activeScenario(list: ScenarioList): Scenario {
  const found = list.scenarios.find((scenario) => scenario.id === list.activeScenarioId);
  if (!found) throw new Error(`Scenario list invariant broken: no scenario ${list.activeScenarioId}`);
  return found;
}

/** The scenario with this id, or undefined. */
export function findScenario(list: ScenarioList, id: string): Scenario | undefined {
  return list.scenarios.find((scenario) => scenario.id === id);
}

/**
 * Applies one command without mutating the list. Returns the new list and the inverse command, such that applying
 * the inverse to the new list gives a list deep-equal to the old one (order, contents and active id). Fails with
 * `duplicate-scenario-id`, `unknown-scenario`, `last-scenario` (the list may not become empty), or the code of the
 * wrapped scenario command (`unknown-facility`, `duplicate-id`).
 */
export function applyScenarioListCommand(
  list: ScenarioList,
  command: ScenarioListCommand,
): Result<AppliedToList> {
  switch (command.kind) {
    case 'insertScenario':
      return insertScenario(list, command.scenario, command.index, command.activate === true);
    case 'removeScenario':
      return removeScenario(list, command.id);
    case 'setActiveScenario': {
      if (!findScenario(list, command.id)) return unknownScenario(command.id);
      return applied(
        { ...list, activeScenarioId: command.id },
        { kind: 'setActiveScenario', id: list.activeScenarioId },
      );
    }
    case 'editScenario':
      return editScenario(list, command.id, command.command);
    case 'scenarioListBatch':
      return applyBatch(list, command.commands);
  }
}

function insertScenario(
  list: ScenarioList,
  scenario: Scenario,
  index: number | undefined,
  activate: boolean,
): Result<AppliedToList> {
  if (findScenario(list, scenario.id)) {
    return fail('duplicate-scenario-id', `A scenario with id ${scenario.id} already exists.`, {
      id: scenario.id,
    });
  }
  const scenarios = [...list.scenarios];
  const at = Math.max(0, Math.min(index ?? scenarios.length, scenarios.length));
  scenarios.splice(at, 0, scenario);
  const remove: ScenarioListCommand = { kind: 'removeScenario', id: scenario.id };
  if (!activate) return applied({ scenarios, activeScenarioId: list.activeScenarioId }, remove);
  // Removing the (then active) scenario activates a neighbour; the previous active one is restored explicitly.
  return applied(
    { scenarios, activeScenarioId: scenario.id },
    {
      kind: 'scenarioListBatch',
      commands: [remove, { kind: 'setActiveScenario', id: list.activeScenarioId }],
    },
  );
}

function removeScenario(list: ScenarioList, id: string): Result<AppliedToList> {
  const index = list.scenarios.findIndex((scenario) => scenario.id === id);
  const scenario = list.scenarios[index];
  if (!scenario) return unknownScenario(id);
  if (list.scenarios.length === 1) return fail('last-scenario', 'The only scenario cannot be deleted.');
  const scenarios = list.scenarios.filter((s) => s.id !== id);
  const wasActive = list.activeScenarioId === id;
  const neighbour = scenarios[index] ?? scenarios[index - 1];
  const activeScenarioId = wasActive && neighbour ? neighbour.id : list.activeScenarioId;
  return applied(
    { scenarios, activeScenarioId },
    { kind: 'insertScenario', scenario, index, activate: wasActive },
  );
}

function editScenario(list: ScenarioList, id: string, command: Command): Result<AppliedToList> {
  const scenario = findScenario(list, id);
  if (!scenario) return unknownScenario(id);
  const result = applyCommand(scenario, command);
  if (!result.ok) return result;
  const edited = result.value.scenario;
  return applied(
    { ...list, scenarios: list.scenarios.map((s) => (s.id === id ? edited : s)) },
    { kind: 'editScenario', id, command: result.value.inverse },
  );
}

function applyBatch(list: ScenarioList, commands: ScenarioListCommand[]): Result<AppliedToList> {
  let current = list;
  const inverses: ScenarioListCommand[] = [];
  for (const command of commands) {
    const result = applyScenarioListCommand(current, command);
    if (!result.ok) return result;
    current = result.value.list;
    inverses.unshift(result.value.inverse);
  }
  return applied(current, { kind: 'scenarioListBatch', commands: inverses });
}

function applied(list: ScenarioList, inverse: ScenarioListCommand): Result<AppliedToList> {
  return ok({ list, inverse });
}

function unknownScenario(id: string): Result<AppliedToList> {
  return fail('unknown-scenario', `No scenario with id ${id}.`, { id });
}
