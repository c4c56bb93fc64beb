import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import { createPlannerController } from './planner-controller';
import { createScenarioController } from './scenario-controller';
import { createStore } from './store';

async function setUp() {
  const api = createEngineApi({
    fetchBytes: async () => new ArrayBuffer(0),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  const calls: string[] = [];
  const client = inProcessClient(api, calls);
  const store = createStore(undefined, ['zh-CN']);
  const sync = createEngineSync(store, client);
  return {
    store,
    calls,
    planner: createPlannerController(store, client, sync),
    scenarios: createScenarioController(store, sync),
  };
}

const areaOfA = (store: ReturnType<typeof createStore>) =>
  store.results.peek()?.districts[0]?.areaPer100Households;
const names = (store: ReturnType<typeof createStore>) =>
  store.scenarios.peek().list.scenarios.map((s) => s.name);

describe('scenario controller', () => {
  it('creates a scenario on the baseline, switches with the engine in step, and undoes the creation', async () => {
    const { store, planner, scenarios } = await setUp();
    await planner.place(114.0005, 30.0035); // proposed, 600 m² in A: 100 × 600 / 48 households = 1250
    const first = store.activeScenario.peek().id;
    await planner.updateFacility('f1', { status: 'existing' });
    await planner.place(114.0006, 30.0035); // a second, proposed one: 2500
    expect(areaOfA(store)).toBeCloseTo(2500, 9);

    const created = await scenarios.create();
    expect(names(store)).toEqual(['方案 1', '方案 2']);
    expect(store.activeScenario.peek().id).toBe(created);
    // Only today's (existing) facility is carried over.
    expect(store.activeScenario.peek().facilities.map((f) => f.id)).toEqual(['f1']);
    expect(areaOfA(store)).toBeCloseTo(1250, 9);

    await scenarios.activate(first);
    expect(areaOfA(store)).toBeCloseTo(2500, 9);

    await planner.undo(); // undoes the creation (switching is not an edit)
    expect(names(store)).toEqual(['方案 1']);
    await planner.undo(); // the second placement, in scenario 1
    expect(areaOfA(store)).toBeCloseTo(1250, 9);
  });

  it('judges each scenario by its own rule set after a switch', async () => {
    const { store, planner, scenarios } = await setUp();
    await scenarios.create();
    await planner.setRuleSet('xiaoshan');
    expect(store.results.peek()?.method.ruleSetId).toBe('xiaoshan');
    await scenarios.activate('scenario-1');
    expect(store.results.peek()?.method.ruleSetId).toBe('national-2021-2025');
    await planner.undo();
    expect(store.activeScenario.peek().id).toBe('scenario-2');
    expect(store.results.peek()?.method.ruleSetId).toBe('national-2021-2025');
  });

  it('adds an imported scenario as a new one with a unique name, never over the one on screen', async () => {
    const { store, scenarios } = await setUp();
    const on = store.activeScenario.peek();
    const id = await scenarios.addScenario({ ...on, name: '方案 1', facilities: [] });
    expect(id).toBe('scenario-2');
    expect(names(store)).toEqual(['方案 1', '方案 1（2）']);
    expect(store.scenarios.peek().list.scenarios[0]).toBe(on);
    const hidden = await scenarios.addScenario({ ...on, name: 'B' }, { activate: false });
    expect(store.activeScenario.peek().id).toBe('scenario-2');
    expect(hidden).toBe('scenario-3');
  });

  it('refuses to delete the only scenario and says why', async () => {
    const { store, scenarios } = await setUp();
    await scenarios.remove('scenario-1');
    expect(names(store)).toEqual(['方案 1']);
    expect(store.editError.peek()?.code).toBe('last-scenario');
  });
});
