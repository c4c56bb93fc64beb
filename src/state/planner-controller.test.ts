import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import type { EngineClient } from '../engine/engine-client';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import { createPlannerController, facilityFromPreset } from './planner-controller';
import { createStore } from './store';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };

/** The real worker functions, called in-process, with the dataset loaded. */
async function inProcessEngine(): Promise<{ client: EngineClient; calls: string[] }> {
  const api = createEngineApi({
    fetchBytes: async () => new ArrayBuffer(0),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset(urls);
  const calls: string[] = [];
  return { client: inProcessClient(api, calls), calls };
}

function plannerOn(client: EngineClient) {
  const store = createStore(undefined, ['zh-CN']);
  const sync = createEngineSync(store, client);
  return { store, planner: createPlannerController(store, client, sync), sync };
}

const areas = (store: ReturnType<typeof createStore>) =>
  store.results.peek()?.districts.map((d) => d.areaPer100Households);

describe('planner controller', () => {
  it('makes a proposed facility from a preset: radius and the typical size and capacity, never a silent 0', () => {
    expect(facilityFromPreset('community_service_station', 'f1', 114, 30, 'zh-CN', 1)).toEqual({
      id: 'f1',
      name: '社区服务站 1',
      type: 'community_service_station',
      status: 'proposed',
      lon: 114,
      lat: 30,
      floorAreaSquareMeters: 600,
      radiusMeters: 300,
    });
    // GB 50180's lower ends: a nursing home of 7000 m² with 200 beds, a fitness ground of 150 m² land.
    expect(facilityFromPreset('nursing_home', 'f2', 114, 30, 'en', 2)).toMatchObject({
      floorAreaSquareMeters: 7000,
      capacity: { beds: 200 },
      radiusMeters: 1000,
    });
    expect(facilityFromPreset('fitness_ground', 'f3', 114, 30, 'en', 3)).toMatchObject({
      landAreaSquareMeters: 150,
    });
  });

  it('places, deletes, undoes and redoes through the history with incremental engine calls', async () => {
    const { client, calls } = await inProcessEngine();
    const { store, planner } = plannerOn(client);
    await planner.place(114.0005, 30.0035);
    // 100 × 600 m² / 48 households in A.
    expect(areas(store)?.[0]).toBeCloseTo(1250, 6);
    expect(store.activeScenario.peek().facilities).toHaveLength(1);
    expect(store.selectedFacilityId.peek()).toBe('f1');
    await planner.place(114.0035, 30.0035);
    // 100 × 600 / 30 households in B.
    expect(areas(store)?.[1]).toBeCloseTo(2000, 6);
    await planner.deleteSelected();
    expect(areas(store)?.[1]).toBe(0);
    await planner.undo();
    expect(areas(store)?.[1]).toBeCloseTo(2000, 6);
    await planner.undo();
    await planner.undo();
    expect(areas(store)).toEqual([0, 0]);
    expect(store.activeScenario.peek().facilities).toEqual([]);
    await planner.redo();
    expect(areas(store)?.[0]).toBeCloseTo(1250, 6);
    expect(calls).toEqual(['addFacility', 'addFacility', 'removeFacility', ...Array(4).fill('setScenario')]);
  });

  it('keeps only the latest answer when an older one arrives last', async () => {
    const { client } = await inProcessEngine();
    let releaseFirst: () => void = () => {};
    const addFacility: EngineClient['addFacility'] = async (facility) => {
      const answer = await client.addFacility(facility);
      if (facility.id === 'f1') await new Promise<void>((resolve) => (releaseFirst = resolve));
      return answer;
    };
    const slow = new Proxy(client, {
      get: (target, name) => (name === 'addFacility' ? addFacility : Reflect.get(target, name)),
    });
    const { store, planner } = plannerOn(slow);
    const first = planner.place(114.0005, 30.0035);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await planner.place(114.0035, 30.0035);
    const latest = areas(store);
    releaseFirst();
    await first;
    expect(areas(store)).toEqual(latest);
    expect(latest?.[1]).toBeCloseTo(2000, 6);
  });

  it('resyncs every facility to a fresh engine (a restarted worker)', async () => {
    const first = await inProcessEngine();
    const { store, planner: before } = plannerOn(first.client);
    await before.place(114.0005, 30.0035);
    const restarted = await inProcessEngine();
    const planner = createPlannerController(
      store,
      restarted.client,
      createEngineSync(store, restarted.client),
    );
    store.results.value = null;
    await planner.resync();
    expect(restarted.calls).toEqual(['setScenario']);
    expect(areas(store)?.[0]).toBeCloseTo(1250, 6);
  });
});
