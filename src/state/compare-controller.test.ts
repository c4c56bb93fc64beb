import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { createEngine } from '../core/analysis/engine';
import type { Facility } from '../core/model/facility';
import { ok } from '../core/model/result';
import { createScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory } from '../core/scenarios/scenario-list-history';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { inProcessClient } from '../engine/in-process-client.fixture';
import {
  type CompareController,
  type CompareState,
  createCompareController,
  defaultComparePair,
} from './compare-controller';
import { createStore, emptyScenario } from './store';

const TYPE = 'community_service_station';
const stationAt = (id: string, cell: number): Facility => ({
  id,
  name: id,
  type: TYPE,
  status: 'proposed',
  lon: 114 + ((cell % 4) + 0.5) * 0.001,
  lat: 30.004 - (Math.floor(cell / 4) + 0.5) * 0.001,
  floorAreaSquareMeters: 600,
  radiusMeters: 50,
});

async function setUp() {
  const api = createEngineApi({
    fetchBytes: async () => new ArrayBuffer(1),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  const calls: string[] = [];
  const store = createStore(undefined, ['en']);
  const today = { ...emptyScenario('en'), id: 's1', facilities: [stationAt('k', 10)] };
  const proposal = {
    ...emptyScenario('en'),
    id: 's2',
    name: 'A',
    facilities: [stationAt('k', 10), stationAt('n', 0)],
  };
  const list = { ...createScenarioList(today), scenarios: [today, proposal], activeScenarioId: 's2' };
  store.scenarios.value = createScenarioListHistory(list);
  return { api, store, calls, compare: createCompareController(store, inProcessClient(api, calls)) };
}

/** Resolves once the compare state satisfies `done` (checked at once and on every change). */
function stateWhere(compare: CompareController, done: (state: CompareState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = compare.state.subscribe((state) => {
      if (!done(state)) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

describe('compare controller', () => {
  it('defaults to the first scenario against the active one, or the second when the first is active', () => {
    const a = { ...emptyScenario(), id: 'a' };
    const b = { ...emptyScenario(), id: 'b' };
    expect(defaultComparePair({ scenarios: [a, b], activeScenarioId: 'b' })).toEqual({
      beforeId: 'a',
      afterId: 'b',
    });
    expect(defaultComparePair({ scenarios: [a, b], activeScenarioId: 'a' })).toEqual({
      beforeId: 'a',
      afterId: 'b',
    });
    expect(defaultComparePair({ scenarios: [a], activeScenarioId: 'a' })).toEqual({
      beforeId: 'a',
      afterId: 'a',
    });
  });

  it('compares the two scenarios with the engine figures and paints the delta map without the live engine', async () => {
    const { store, calls, compare } = await setUp();
    await compare.open();
    const state = compare.state.value;
    expect(state.status).toBe('ready');
    expect([state.beforeId, state.afterId, state.deltaType]).toEqual(['s1', 's2', TYPE]);
    // District A holds cell 0 (2 persons in the total layer) newly covered: +2 persons.
    const independent = (facilities: Facility[]) => {
      const engine = createEngine(smallDataset(), { ruleSetId: 'national-2021-2025' });
      if (!engine.ok) throw new Error('engine');
      engine.value.setFacilities(facilities);
      return engine.value.results();
    };
    const before = independent([stationAt('k', 10)]);
    const after = independent([stationAt('k', 10), stationAt('n', 0)]);
    const districtA = state.comparison?.districts.find((d) => d.id === 'A');
    expect(districtA?.coverage[TYPE]?.coveredPopulation.delta).toBe(2);
    expect(districtA?.areaPer100Households.delta).toBeCloseTo(
      (after.districts[0]?.areaPer100Households ?? 0) - (before.districts[0]?.areaPer100Households ?? 0),
      12,
    );
    expect(state.gainedPopulation).toBe(2);
    expect(state.lostPopulation).toBe(0);
    expect(store.deltaImage.value?.type).toBe(TYPE);
    expect(calls).not.toContain('setScenario');
    expect(calls).not.toContain('addFacility');
    compare.close();
    expect(store.deltaImage.value).toBeNull();
    expect(store.meetingView.value).toBe('none');
  });

  it('swaps the pair: the deltas change sign', async () => {
    const { compare } = await setUp();
    await compare.choose('s2', 's1');
    expect(
      compare.state.value.comparison?.districts.find((d) => d.id === 'A')?.coverage[TYPE]?.coveredPopulation
        .delta,
    ).toBe(-2);
    expect(compare.state.value.lostPopulation).toBe(2);
  });

  // The fixture's 15 cells lie in one H3 hexagon (240 residents); the new station covers cell 0's 2 persons.
  it("follows the store's unit level: the hexagon's row, compared again without the engine", async () => {
    const { api, store, calls, compare } = await setUp();
    await api.setHexagonUnits(true);
    await compare.open();
    expect(compare.state.value.comparison?.districts.map((d) => d.id)).toEqual(['A', 'B']);
    const callsAtDistricts = calls.length;
    store.unitLevelId.value = 'h3-r8';
    const state = compare.state.value;
    expect(state.levelId).toBe('h3-r8');
    expect(state.comparison?.districts).toHaveLength(1);
    expect(state.comparison?.districts[0]?.population.after).toBe(240);
    expect(state.comparison?.districts[0]?.coverage[TYPE]?.coveredPopulation.delta).toBe(2);
    // The one hexagon holds a station on both sides.
    expect(state.comparison?.totals.rollUp?.unitsWithFacility[TYPE]).toEqual({
      before: 1,
      after: 1,
      delta: 0,
    });
    expect(calls.length).toBe(callsAtDistricts);
    store.unitLevelId.value = 'districts';
    expect(compare.state.value.levelId).toBe('districts');
    expect(compare.state.value.comparison?.districts.map((d) => d.id)).toEqual(['A', 'B']);
  });

  it('evaluates again when the chosen level is newer than the compared results', async () => {
    const { api, store, calls, compare } = await setUp();
    await compare.open();
    await api.setHexagonUnits(true);
    const evaluations = calls.filter((call) => call === 'evaluateScenario').length;
    const ready = stateWhere(compare, (state) => state.status === 'ready' && state.levelId === 'h3-r8');
    store.unitLevelId.value = 'h3-r8';
    await ready;
    expect(calls.filter((call) => call === 'evaluateScenario').length).toBe(evaluations + 2);
    expect(compare.state.value.comparison?.districts[0]?.coverage[TYPE]?.coveredPopulation.delta).toBe(2);
  });
});
