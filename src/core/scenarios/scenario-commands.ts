/**
 * Builders for the scenario-list commands the UI issues: create, duplicate, rename, delete, import from a share
 * link, and facility edits in one scenario. Ids and names are chosen here, deterministically, so core stays pure
 * (no random ids) and the same clicks give the same list in tests.
 */
import type { Command } from '../commands/command';
import type { Locale } from '../model/locale';
import { fail, ok, type Result } from '../model/result';
import type { Scenario } from '../model/scenario';
import { copyScenario } from './baseline';
import type { ScenarioList, ScenarioListCommand } from './scenario-list';

/** A scenario without its id: what a share link or a file carries (the id is given on import). */
export type ScenarioContent = Omit<Scenario, 'id'>;

/** `scenario-<n>` with the smallest n ≥ 1 not used in the list. */
function uniqueScenarioId(list: ScenarioList): string {
  const used = new Set(list.scenarios.map((scenario) => scenario.id));
  let n = 1;
  while (used.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

/**
 * `desired` when no scenario has that name; else `desired (2)`, `desired (3)`, … (full-width brackets `（2）` in
 * Chinese), the first one free.
 */
export function uniqueScenarioName(list: ScenarioList, desired: string, locale: Locale): string {
  const used = new Set(list.scenarios.map((scenario) => scenario.name));
  if (!used.has(desired)) return desired;
  for (let n = 2; ; n++) {
    const candidate = locale === 'zh-CN' ? `${desired}（${n}）` : `${desired} (${n})`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Adds a scenario made of `content` at the end of the list, under a fresh id ({@link uniqueScenarioId}), active. */
export function createScenarioCommand(list: ScenarioList, content: ScenarioContent): ScenarioListCommand {
  const scenario: Scenario = { ...content, id: uniqueScenarioId(list) };
  return { kind: 'insertScenario', scenario, activate: true };
}

/**
 * Copies a scenario right after the original, named "<name> (copy)" / "<name>（副本）" (made unique), and makes the
 * copy active. With `baselineOnly` the copy keeps only the existing facilities ("today" of that scenario), named
 * "<name> (baseline)" / "<name>（现状）". Fails with `unknown-scenario`.
 */
export function duplicateScenarioCommand(
  list: ScenarioList,
  sourceId: string,
  locale: Locale,
  options: { baselineOnly?: boolean } = {},
): Result<ScenarioListCommand> {
  const index = list.scenarios.findIndex((scenario) => scenario.id === sourceId);
  const source = list.scenarios[index];
  if (!source) return fail('unknown-scenario', `No scenario with id ${sourceId}.`, { id: sourceId });
  const suffix = options.baselineOnly
    ? { 'zh-CN': '（现状）', en: ' (baseline)' }[locale]
    : { 'zh-CN': '（副本）', en: ' (copy)' }[locale];
  const name = uniqueScenarioName(list, `${source.name}${suffix}`, locale);
  const scenario = copyScenario(source, uniqueScenarioId(list), name, options);
  return ok({ kind: 'insertScenario', scenario, index: index + 1, activate: true });
}

/** Renames a scenario (the scenario command `renameScenario`, so undo restores the old name). */
export function renameScenarioCommand(id: string, name: string): ScenarioListCommand {
  return { kind: 'editScenario', id, command: { kind: 'renameScenario', name } };
}

/**
 * Deletes a scenario; its inverse puts it back at the same index and, if it was active, makes it active again.
 * Applying fails with `last-scenario` for the only scenario.
 */
export function deleteScenarioCommand(id: string): ScenarioListCommand {
  return { kind: 'removeScenario', id };
}

/** Any scenario command (facility add/move/delete/props, rule set, parameters) on one scenario of the list. */
export function editScenarioCommand(id: string, command: Command): ScenarioListCommand {
  return { kind: 'editScenario', id, command };
}

/**
 * Adds a scenario received from a share link or a file as a new, active scenario at the end of the list: a fresh
 * id, and its name made unique, so opening a link never overwrites work (issue 6 "Share link").
 */
export function importScenarioCommand(
  list: ScenarioList,
  content: ScenarioContent,
  locale: Locale,
): ScenarioListCommand {
  const named = { ...content, name: uniqueScenarioName(list, content.name, locale) };
  return createScenarioCommand(list, named);
}
