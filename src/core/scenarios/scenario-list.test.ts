import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { defaultScenarioParameters, type Scenario } from '../model/scenario';
import { copyScenario } from './baseline';
import {
  createScenarioCommand,
  deleteScenarioCommand,
  duplicateScenarioCommand,
  editScenarioCommand,
  importScenarioCommand,
  renameScenarioCommand,
  uniqueScenarioName,
} from './scenario-commands';
import {
  activeScenario,
  applyScenarioListCommand,
  createScenarioList,
  type ScenarioList,
  type ScenarioListCommand,
} from './scenario-list';
import {
  activateScenario,
  commitScenarioListCommand,
  createScenarioListHistory,
  redoScenarioList,
  type ScenarioListHistory,
  undoScenarioList,
} from './scenario-list-history';

function facility(id: string, status: Facility['status'] = 'existing'): Facility {
  return {
    id,
    name: id,
    type: 'community_service_station',
    status,
    lon: 114.3,
    lat: 30.6,
    floorAreaSquareMeters: 600,
    radiusMeters: 300,
  };
}

function scenario(id: string, name: string, facilities: Facility[] = [facility('f1')]): Scenario {
  return {
    id,
    name,
    datasetId: 'wuhan',
    ruleSetId: 'national-2021-2025',
    parameters: defaultScenarioParameters(),
    facilities,
  };
}

function apply(list: ScenarioList, command: ScenarioListCommand) {
  const applied = applyScenarioListCommand(list, command);
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.value;
}

function commit(history: ScenarioListHistory, command: ScenarioListCommand): ScenarioListHistory {
  const committed = commitScenarioListCommand(history, command);
  if (!committed.ok) throw new Error(committed.error.message);
  return committed.value;
}

/** Three scenarios a, b, c with b active. */
function threeScenarios(): ScenarioList {
  return {
    scenarios: [scenario('a', 'Today'), scenario('b', 'Proposal A'), scenario('c', 'Proposal B')],
    activeScenarioId: 'b',
  };
}

describe('scenario list commands', () => {
  it('deleting the active scenario activates the next one; undo puts it back at its index, active', () => {
    const list = threeScenarios();
    const { list: after, inverse } = apply(list, deleteScenarioCommand('b'));
    expect(after.scenarios.map((s) => s.id)).toEqual(['a', 'c']);
    expect(after.activeScenarioId).toBe('c');
    expect(inverse).toEqual({
      kind: 'insertScenario',
      scenario: list.scenarios[1],
      index: 1,
      activate: true,
    });
    expect(apply(after, inverse).list).toEqual(list);
  });

  it('deleting the last scenario in order activates the previous one; deleting an inactive one keeps the active', () => {
    const list = { ...threeScenarios(), activeScenarioId: 'c' };
    expect(apply(list, deleteScenarioCommand('c')).list.activeScenarioId).toBe('b');
    expect(apply(list, deleteScenarioCommand('a')).list.activeScenarioId).toBe('c');
  });

  it('refuses to delete the only scenario, unknown ids and duplicate ids', () => {
    const single = createScenarioList(scenario('a', 'Today'));
    const last = applyScenarioListCommand(single, deleteScenarioCommand('a'));
    expect(last.ok ? null : last.error.code).toBe('last-scenario');
    const unknown = applyScenarioListCommand(single, deleteScenarioCommand('zz'));
    expect(unknown.ok ? null : unknown.error.code).toBe('unknown-scenario');
    const duplicate = applyScenarioListCommand(single, {
      kind: 'insertScenario',
      scenario: scenario('a', 'x'),
    });
    expect(duplicate.ok ? null : duplicate.error.code).toBe('duplicate-scenario-id');
  });

  it('duplicates right after the source with a unique copy name and a fresh id, active, sharing no objects', () => {
    const list = threeScenarios();
    const command = duplicateScenarioCommand(list, 'a', 'en');
    if (!command.ok) throw new Error(command.error.message);
    const after = apply(list, command.value).list;
    expect(after.scenarios.map((s) => s.id)).toEqual(['a', 'scenario-1', 'b', 'c']);
    const copy = activeScenario(after);
    expect(copy.name).toBe('Today (copy)');
    expect(copy.facilities).toEqual(list.scenarios[0]?.facilities);
    expect(copy.facilities[0]).not.toBe(list.scenarios[0]?.facilities[0]);
    const again = duplicateScenarioCommand(after, 'a', 'zh-CN');
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value).toMatchObject({ scenario: { id: 'scenario-2', name: 'Today（副本）' } });
  });

  it('duplicates as baseline: only existing facilities', () => {
    const list = createScenarioList(scenario('p', '方案A', [facility('e1'), facility('n1', 'proposed')]));
    const command = duplicateScenarioCommand(list, 'p', 'zh-CN', { baselineOnly: true });
    if (!command.ok) throw new Error(command.error.message);
    const copy = activeScenario(apply(list, command.value).list);
    expect(copy.name).toBe('方案A（现状）');
    expect(copy.facilities.map((f) => f.id)).toEqual(['e1']);
  });

  it('makes names unique with (2), (3) in English and （2） in Chinese', () => {
    const list = threeScenarios();
    const named = apply(list, createScenarioCommand(list, { ...scenario('x', 'Today (2)') })).list;
    expect(uniqueScenarioName(named, 'Today', 'en')).toBe('Today (3)');
    expect(uniqueScenarioName(named, 'Today', 'zh-CN')).toBe('Today（2）');
    expect(uniqueScenarioName(named, 'Tomorrow', 'en')).toBe('Tomorrow');
  });

  it('imports a shared scenario as a new active scenario and never replaces one', () => {
    const list = threeScenarios();
    const { id: _ignored, ...content } = scenario('b', 'Proposal A', [facility('s9', 'proposed')]);
    const after = apply(list, importScenarioCommand(list, content, 'en')).list;
    expect(after.scenarios.slice(0, 3)).toEqual(list.scenarios);
    expect(activeScenario(after)).toMatchObject({ id: 'scenario-1', name: 'Proposal A (2)' });
  });

  it('renames and edits facilities through the scenario commands; inverses restore', () => {
    const list = threeScenarios();
    const renamed = apply(list, renameScenarioCommand('c', '方案乙'));
    expect(renamed.list.scenarios[2]?.name).toBe('方案乙');
    expect(apply(renamed.list, renamed.inverse).list).toEqual(list);
    const moved = apply(
      list,
      editScenarioCommand('a', { kind: 'moveFacility', id: 'f1', lon: 114.4, lat: 30.5 }),
    );
    expect(moved.list.scenarios[0]?.facilities[0]).toMatchObject({ lon: 114.4, lat: 30.5 });
    expect(moved.list.scenarios[1]).toBe(list.scenarios[1]);
    const failed = applyScenarioListCommand(
      list,
      editScenarioCommand('a', { kind: 'deleteFacility', id: 'no' }),
    );
    expect(failed.ok ? null : failed.error.code).toBe('unknown-facility');
  });
});

describe('scenario list history', () => {
  it('undoes a facility edit in another scenario and shows that scenario', () => {
    let history = createScenarioListHistory(threeScenarios());
    history = commit(history, editScenarioCommand('a', { kind: 'deleteFacility', id: 'f1' }));
    history = commit(history, deleteScenarioCommand('c'));
    const switched = activateScenario(history, 'b');
    if (!switched.ok) throw new Error(switched.error.message);
    expect(switched.value.undoStack).toHaveLength(2);
    history = undoScenarioList(switched.value);
    expect(history.list.scenarios.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    history = undoScenarioList(history);
    expect(history.list.activeScenarioId).toBe('a');
    expect(history.list.scenarios[0]?.facilities).toHaveLength(1);
    history = redoScenarioList(redoScenarioList(history));
    expect(history.list.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
    expect(history.list.scenarios[0]?.facilities).toHaveLength(0);
  });
});

/** An abstract action; `pick` chooses a scenario or facility by position in the current list. */
interface Action {
  op: 'create' | 'duplicate' | 'rename' | 'delete' | 'activate' | 'addFacility' | 'deleteFacility' | 'batch';
  pick: number;
  name: string;
}

function concrete(list: ScenarioList, action: Action, serial: number): ScenarioListCommand {
  const target = list.scenarios[action.pick % list.scenarios.length] as Scenario;
  switch (action.op) {
    case 'create':
      return createScenarioCommand(list, copyScenario(target, 'unused', action.name));
    case 'duplicate': {
      const command = duplicateScenarioCommand(list, target.id, 'en', {
        baselineOnly: action.pick % 2 === 0,
      });
      if (!command.ok) throw new Error(command.error.message);
      return command.value;
    }
    case 'rename':
      return renameScenarioCommand(target.id, action.name);
    case 'delete':
      return deleteScenarioCommand(target.id);
    case 'activate':
      return { kind: 'setActiveScenario', id: target.id };
    case 'addFacility':
      return editScenarioCommand(target.id, {
        kind: 'addFacility',
        facility: facility(`new-${serial}`, 'proposed'),
        index: action.pick,
      });
    case 'deleteFacility': {
      const victim = target.facilities[action.pick % Math.max(1, target.facilities.length)];
      return editScenarioCommand(target.id, { kind: 'deleteFacility', id: victim?.id ?? 'missing' });
    }
    case 'batch':
      return {
        kind: 'scenarioListBatch',
        commands: [
          renameScenarioCommand(target.id, action.name),
          deleteScenarioCommand(list.scenarios[0]?.id ?? ''),
        ],
      };
  }
}

const actionArbitrary = fc.record({
  op: fc.constantFrom<Action['op']>(
    'create',
    'duplicate',
    'rename',
    'delete',
    'activate',
    'addFacility',
    'deleteFacility',
    'batch',
  ),
  pick: fc.nat({ max: 7 }),
  name: fc.string({ maxLength: 6 }),
});

function invariantsHold(list: ScenarioList): boolean {
  const ids = list.scenarios.map((s) => s.id);
  return ids.length > 0 && new Set(ids).size === ids.length && ids.includes(list.activeScenarioId);
}

describe('scenario list properties', () => {
  it('every applied command keeps the invariants and its inverse restores the list exactly', () => {
    fc.assert(
      fc.property(fc.array(actionArbitrary, { maxLength: 25 }), (actions) => {
        let list = threeScenarios();
        actions.forEach((action, serial) => {
          const before = list;
          const applied = applyScenarioListCommand(list, concrete(list, action, serial));
          if (!applied.ok) return;
          expect(invariantsHold(applied.value.list)).toBe(true);
          const undone = applyScenarioListCommand(applied.value.list, applied.value.inverse);
          expect(undone.ok && undone.value.list).toEqual(before);
          list = applied.value.list;
        });
      }),
    );
  });

  it('undo back to the start gives the first list (up to the active one); redo to the end gives the last', () => {
    fc.assert(
      fc.property(fc.array(actionArbitrary, { maxLength: 25 }), (actions) => {
        const start = threeScenarios();
        let history = createScenarioListHistory(start);
        actions.forEach((action, serial) => {
          const committed = commitScenarioListCommand(history, concrete(history.list, action, serial));
          if (committed.ok) history = committed.value;
        });
        const end = history.list;
        const steps = history.undoStack.length;
        for (let i = 0; i < steps; i++) history = undoScenarioList(history);
        expect(history.list.scenarios).toEqual(start.scenarios);
        expect(invariantsHold(history.list)).toBe(true);
        for (let i = 0; i < steps; i++) history = redoScenarioList(history);
        expect(history.list.scenarios).toEqual(end.scenarios);
      }),
    );
  });
});
