import { describe, expect, it } from 'vitest';
import { at } from '../core/network/network.fixture';
import { riverStation } from '../core/network/river.fixture';
import { riverCoverage as coverage, setUpRiverApp as setUp } from './river-app.fixture';

/**
 * The river of core/network/river.fixture.ts: a street on each bank (y = 0 and y = 400 m, x 0…600 m)
 * and a bridge at x = 600 m; one person 20 m from each bank at x = 0. A 500 m station at the origin covers both in a
 * straight line (100%) and only its own bank along the streets (50%).
 */
const station = riverStation();

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('network controller', () => {
  it('sends straight-line while the network loads, then the scenario again along the network', async () => {
    const { store, sync, network, arrive } = await setUp('network');
    await sync.syncActive();
    expect(store.results.peek()?.method.distance).toBe('great-circle');
    expect(coverage(store)).toBe(100);
    const loading = network.load();
    expect(store.network.peek().status).toBe('loading');
    arrive();
    await loading;
    expect(store.network.peek().status).toBe('ready');
    expect(store.results.peek()?.method.distance).toBe('network');
    expect(coverage(store)).toBe(50);
  });

  it('switches the distance mode as one undo step', async () => {
    const { store, sync, planner, network, arrive } = await setUp();
    arrive();
    await network.load();
    await sync.syncActive();
    await network.setDistance('network');
    expect(store.activeScenario.peek().parameters.distance).toBe('network');
    expect(coverage(store)).toBe(50);
    await planner.undo();
    expect('distance' in store.activeScenario.peek().parameters).toBe(false);
    expect(store.results.peek()?.method.distance).toBe('great-circle');
    expect(coverage(store)).toBe(100);
  });

  it('keeps the selected facility’s reached streets in network mode only', async () => {
    const { store, sync, planner, network, arrive } = await setUp();
    arrive();
    await network.load();
    await sync.syncActive();
    planner.select('s');
    await settle();
    expect(store.networkCatchment.peek()).toBeNull();
    await network.setDistance('network');
    await settle();
    const drawn = store.networkCatchment.peek();
    expect(drawn?.facilityId).toBe('s');
    // The walk to the node (0 m) and 500 m of the south street in 25 m edges: 1 + 20 segments.
    expect(drawn?.segments.length).toBe(4 * 21);
    await network.setDistance('great-circle');
    await settle();
    expect(store.networkCatchment.peek()).toBeNull();
  });

  it('compares the same facilities in both modes: a copy in the other mode, straight-line before walking', async () => {
    const { store, sync, scenarios, network, arrive } = await setUp('network');
    arrive();
    await network.load();
    await sync.syncActive();
    const chosen: [string, string][] = [];
    await network.compareModes(scenarios.addScenario, {
      choose: async (beforeId, afterId) => {
        chosen.push([beforeId, afterId]);
      },
    });
    const list = store.scenarios.peek().list;
    expect(list.scenarios).toHaveLength(2);
    const copy = list.scenarios[1];
    expect(copy?.name).toBe('Scenario 1 · straight-line');
    expect(copy && 'distance' in copy.parameters).toBe(false);
    expect(copy?.facilities).toEqual([station]);
    expect(list.activeScenarioId).toBe(list.scenarios[0]?.id);
    expect(chosen).toEqual([[copy?.id, list.scenarios[0]?.id]]);
    expect(store.meetingView.peek()).toBe('compare');
  });
});

describe('network controller during a drag', () => {
  it('asks for the reached streets of the newest position only, one request at a time, and draws each answer', async () => {
    const { store, sync, planner, network, arrive, calls } = await setUp();
    arrive();
    await network.load();
    await sync.syncActive();
    planner.select('s');
    await network.setDistance('network');
    await settle();
    calls.length = 0;
    // Three pointer moves before the worker answers: the first is sent, the second dropped, the third sent next.
    for (const x of [100, 200, 300]) {
      const [dragLon, dragLat] = at(x, 0);
      store.facilityDrag.value = { id: 's', lon: dragLon, lat: dragLat };
    }
    await settle();
    expect(calls.filter((name) => name === 'reachedStreets')).toHaveLength(2);
    const drawn = store.networkCatchment.peek()?.segments;
    // The drawing starts at the newest position (the walk to its node comes first).
    expect(drawn?.[0]).toBeCloseTo(at(300, 0)[0], 9);
  });
});

describe('network controller at start-up', () => {
  it('waits for the map to be ready before loading the network, saying "loading" meanwhile', async () => {
    const { store, network, arrive } = await setUp();
    arrive();
    const loading = network.loadWhenMapReady();
    await settle();
    expect(store.network.peek().status).toBe('loading');
    await settle();
    expect(store.network.peek().status).toBe('loading');
    store.ready.value = true;
    await loading;
    expect(store.network.peek().status).toBe('ready');
  });
});
