import type { Facility } from '../model/facility';
import type { ErrorCode, ErrorDetails, Result } from '../model/result';
import type { Scenario } from '../model/scenario';
import type { Command, FacilityPatch } from './command';

/** The scenario after a command, and the command that undoes it. */
export interface Applied {
  scenario: Scenario;
  inverse: Command;
}

const fail = (code: ErrorCode, message: string, details?: ErrorDetails): Result<Applied> => ({
  ok: false,
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

/**
 * Applies one command to a scenario without mutating it. Returns the new scenario and the inverse command, such that
 * `applyCommand(applyCommand(s, c).scenario, inverse).scenario` deep-equals `s`. Unknown facility ids and duplicate
 * ids are errors, and leave the scenario unchanged.
 */
export function applyCommand(scenario: Scenario, command: Command): Result<Applied> {
  switch (command.kind) {
    case 'addFacility': {
      if (scenario.facilities.some((f) => f.id === command.facility.id)) {
        return fail('duplicate-id', `A facility with id ${command.facility.id} already exists.`, {
          id: command.facility.id,
        });
      }
      const facilities = [...scenario.facilities];
      const index = Math.min(command.index ?? facilities.length, facilities.length);
      facilities.splice(index, 0, command.facility);
      return ok({ ...scenario, facilities }, { kind: 'deleteFacility', id: command.facility.id });
    }
    case 'deleteFacility': {
      const index = scenario.facilities.findIndex((f) => f.id === command.id);
      const facility = scenario.facilities[index];
      if (!facility) return unknownFacility(command.id);
      const facilities = scenario.facilities.filter((f) => f.id !== command.id);
      return ok({ ...scenario, facilities }, { kind: 'addFacility', facility, index });
    }
    case 'moveFacility': {
      const facility = scenario.facilities.find((f) => f.id === command.id);
      if (!facility) return unknownFacility(command.id);
      const moved = { ...facility, lon: command.lon, lat: command.lat };
      return ok(replaceFacility(scenario, moved), {
        kind: 'moveFacility',
        id: facility.id,
        lon: facility.lon,
        lat: facility.lat,
      });
    }
    case 'setFacilityProps': {
      const facility = scenario.facilities.find((f) => f.id === command.id);
      if (!facility) return unknownFacility(command.id);
      const updated = withPatch<Facility>(facility, command.patch);
      const previous = pick(facility, Object.keys(command.patch)) as FacilityPatch;
      return ok(replaceFacility(scenario, updated), {
        kind: 'setFacilityProps',
        id: facility.id,
        patch: previous,
      });
    }
    case 'setRuleSet':
      return ok(
        { ...scenario, ruleSetId: command.ruleSetId },
        { kind: 'setRuleSet', ruleSetId: scenario.ruleSetId },
      );
    case 'setParameters': {
      const previous = pick(scenario.parameters, Object.keys(command.patch));
      const parameters = withPatch(scenario.parameters, command.patch);
      return ok({ ...scenario, parameters }, { kind: 'setParameters', patch: previous });
    }
    case 'renameScenario':
      return ok({ ...scenario, name: command.name }, { kind: 'renameScenario', name: scenario.name });
    case 'batch':
      return applyBatch(scenario, command.commands);
  }
}

function applyBatch(scenario: Scenario, commands: Command[]): Result<Applied> {
  let current = scenario;
  const inverses: Command[] = [];
  for (const command of commands) {
    const applied = applyCommand(current, command);
    if (!applied.ok) return applied;
    current = applied.value.scenario;
    inverses.unshift(applied.value.inverse);
  }
  return ok(current, { kind: 'batch', commands: inverses });
}

function ok(scenario: Scenario, inverse: Command): Result<Applied> {
  return { ok: true, value: { scenario, inverse } };
}

function unknownFacility(id: string): Result<Applied> {
  return fail('unknown-facility', `No facility with id ${id}.`, { id });
}

function replaceFacility(scenario: Scenario, facility: Facility): Scenario {
  return { ...scenario, facilities: scenario.facilities.map((f) => (f.id === facility.id ? facility : f)) };
}

/**
 * Copies `patch` onto `base`; a key whose patch value is `undefined` is removed, so that the inverse of setting an
 * optional field that was absent removes it again (deep equality after undo).
 */
function withPatch<T extends object>(base: T, patch: Partial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as T;
}

/** The current values of `keys` in `source`, with `undefined` for absent keys (see {@link withPatch}). */
function pick<T extends object>(source: T, keys: string[]): Partial<T> {
  const record = source as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of keys) picked[key] = record[key];
  return picked as Partial<T>;
}
