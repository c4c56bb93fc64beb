/**
 * Baseline and proposals (issue 6): "today" is the facilities with status `existing`; a proposal is the baseline
 * plus facilities with status `proposed`. Each scenario holds its full facility list (scenario-list.ts explains why),
 * so the baseline of any scenario can be recovered from it, and a proposal starts as a copy of its baseline.
 */
import type { Command } from '../commands/command';
import type { Facility } from '../model/facility';
import type { Scenario } from '../model/scenario';

/** The facilities with status `existing`, in scenario order. */
export function baselineFacilities(facilities: readonly Facility[]): Facility[] {
  return facilities.filter((facility) => facility.status === 'existing');
}

/** The facilities with status `proposed`, in scenario order. */
export function proposedFacilities(facilities: readonly Facility[]): Facility[] {
  return facilities.filter((facility) => facility.status === 'proposed');
}

/** True when the scenario has no proposed facility, i.e. it shows only today's situation. */
export function isBaselineScenario(scenario: Scenario): boolean {
  return scenario.facilities.every((facility) => facility.status === 'existing');
}

/** A copy of a facility that shares no object with the original. */
export function copyScenarioFacility(facility: Facility): Facility {
  const copy: Facility = { ...facility };
  if (facility.capacity) copy.capacity = { ...facility.capacity };
  return copy;
}

/**
 * A copy of `scenario` with a new id and name and no shared objects (facilities, capacities, parameters). With
 * `baselineOnly`, the copy keeps only the existing facilities: "today" of that scenario.
 */
export function copyScenario(
  scenario: Scenario,
  id: string,
  name: string,
  options: { baselineOnly?: boolean } = {},
): Scenario {
  const facilities = options.baselineOnly ? baselineFacilities(scenario.facilities) : scenario.facilities;
  const parameters = {
    ...scenario.parameters,
    thresholdOverrides: { ...scenario.parameters.thresholdOverrides },
  };
  return { ...scenario, id, name, parameters, facilities: facilities.map(copyScenarioFacility) };
}

/**
 * One scenario command (a batch, so one undo step) that replaces the existing facilities of `scenario` by
 * `existing` and keeps its proposed ones: use it when today's facilities are re-imported and each proposal should
 * sit on the new baseline. Facilities of `existing` are stored with status `existing` whatever they said. A
 * proposed facility whose id clashes with a new existing one makes the command fail (`duplicate-id`) when applied.
 */
export function rebaseOnBaselineCommand(scenario: Scenario, existing: readonly Facility[]): Command {
  const removals: Command[] = baselineFacilities(scenario.facilities).map((facility) => ({
    kind: 'deleteFacility',
    id: facility.id,
  }));
  const additions: Command[] = existing.map((facility, index) => ({
    kind: 'addFacility',
    facility: { ...copyScenarioFacility(facility), status: 'existing' },
    index,
  }));
  return { kind: 'batch', commands: [...removals, ...additions] };
}
