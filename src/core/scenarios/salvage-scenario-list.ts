/**
 * Restoring a stored scenario list without losing what is good in it (issue 15, "Data loss"): each scenario and each
 * facility is checked on its own; what passes is kept, what fails is set aside with the reason, so one bad facility
 * (a radius over 10 km written by an older version, a hand-edited store) no longer costs every scenario.
 */

import type { Facility } from '../model/facility';
import type { ResultError } from '../model/result';
import type { Scenario } from '../model/scenario';
import type { ScenarioList } from './scenario-list';
import { validateScenario, validateStoredFacility } from './validate-scenario';

/** Something set aside at restore: the stored value as it was, where it came from and why it was refused. */
export interface QuarantinedItem {
  kind: 'scenario' | 'facility';
  /** The scenario's name as stored (text), or its position `#n` when it has none. */
  scenarioName: string;
  /** The first problem found (English detail; the code says which kind). */
  error: ResultError;
  /** The stored value, untouched, for the user to download and repair. */
  value: unknown;
}

/** What {@link salvageScenarioList} kept and what it set aside. `list` is null when nothing could be kept. */
export interface SalvagedList {
  list: ScenarioList | null;
  quarantined: QuarantinedItem[];
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(value: unknown, index: number): string {
  return isRecord(value) && typeof value.name === 'string' ? value.name : `#${index + 1}`;
}

/** The valid facilities of a stored scenario, in order, and the ones refused (bad fields or a repeated id). */
function salvageFacilities(facilities: readonly unknown[], scenarioName: string) {
  const kept: Facility[] = [];
  const quarantined: QuarantinedItem[] = [];
  const ids = new Set<string>();
  for (const [index, value] of facilities.entries()) {
    const facility = validateStoredFacility(value, index);
    if (!facility.ok) {
      quarantined.push({ kind: 'facility', scenarioName, error: facility.error, value });
      continue;
    }
    if (ids.has(facility.value.id)) {
      const message = `facility ${index + 1}: duplicate id ${facility.value.id}`;
      quarantined.push({
        kind: 'facility',
        scenarioName,
        error: { code: 'invalid-scenario', message },
        value,
      });
      continue;
    }
    ids.add(facility.value.id);
    kept.push(facility.value);
  }
  return { kept, quarantined };
}

/** One stored scenario: its valid facilities kept, or the whole scenario refused when its own fields are bad. */
function salvageScenario(
  value: unknown,
  index: number,
): { scenario: Scenario | null; quarantined: QuarantinedItem[] } {
  const scenarioName = nameOf(value, index);
  const facilities = isRecord(value) && Array.isArray(value.facilities) ? value.facilities : null;
  const shell = validateScenario(isRecord(value) && facilities ? { ...value, facilities: [] } : value);
  if (!shell.ok || facilities === null) {
    const error = shell.ok
      ? { code: 'invalid-scenario' as const, message: 'facilities is not a list' }
      : shell.error;
    return { scenario: null, quarantined: [{ kind: 'scenario', scenarioName, error, value }] };
  }
  const { kept, quarantined } = salvageFacilities(facilities, scenarioName);
  return { scenario: { ...shell.value, facilities: kept }, quarantined };
}

/**
 * Reads a stored scenario list scenario by scenario and facility by facility. Returns the list of what is valid
 * (fresh objects, unique scenario ids; an active id naming no kept scenario falls back to the first) and every
 * refused scenario or facility with its stored value. A value that is not a list of scenarios at all is set aside
 * whole (kind `scenario`, name `#0`). Invariant: every stored scenario and facility is either kept or quarantined.
 */
export function salvageScenarioList(value: unknown): SalvagedList {
  if (!isRecord(value) || !Array.isArray(value.scenarios)) {
    if (value === undefined) return { list: null, quarantined: [] };
    const error: ResultError = {
      code: 'invalid-scenario',
      message: 'scenario list is not a list of scenarios',
    };
    return { list: null, quarantined: [{ kind: 'scenario', scenarioName: '#0', error, value }] };
  }
  const scenarios: Scenario[] = [];
  const quarantined: QuarantinedItem[] = [];
  for (const [index, item] of value.scenarios.entries()) {
    const salvaged = salvageScenario(item, index);
    const scenario = salvaged.scenario;
    if (scenario && scenarios.some((kept) => kept.id === scenario.id)) {
      // Set aside whole, as stored: its facilities go with it, not as items of their own.
      const error: ResultError = {
        code: 'invalid-scenario',
        message: `duplicate scenario id ${scenario.id}`,
      };
      quarantined.push({ kind: 'scenario', scenarioName: scenario.name, error, value: item });
      continue;
    }
    quarantined.push(...salvaged.quarantined);
    if (!scenario) continue;
    scenarios.push(scenario);
  }
  const first = scenarios[0];
  if (!first) return { list: null, quarantined };
  const active = value.activeScenarioId;
  const activeScenarioId =
    typeof active === 'string' && scenarios.some((s) => s.id === active) ? active : first.id;
  return { list: { scenarios, activeScenarioId }, quarantined };
}
