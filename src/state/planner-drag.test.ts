import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import { createPlannerController, duplicateOf } from './planner-controller';
import { createStore } from './store';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };
/** Inside district A (48 households) and B (30 households) of the small fixture. */
const IN_A: [number, number] = [114.0005, 30.0035];
const IN_B: [number, number] = [114.0035, 30.0035];

/** Great-circle distance in metres on a sphere of the mean Earth radius, written here independently of the app. */
function haversineMeters(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** The real worker functions in-process; frames are run by hand so the test sees exactly what is coalesced. */
async function setUp() {
  const api = createEngineApi({
    fetchBytes: async () => new ArrayBuffer(0),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset(urls);
  const calls: string[] = [];
  const client = inProcessClient(api, calls);
  const moves: [number, number][] = [];
  const recording = new Proxy(client, {
    get: (target, name) =>
      name === 'moveFacility'
        ? (id: string, lon: number, lat: number) => {
            moves.push([lon, lat]);
            return target.moveFacility(id, lon, lat);
          }
        : Reflect.get(target, name),
  });
  const frames: (() => void)[] = [];
  const store = createStore(undefined, ['zh-CN']);
  const planner = createPlannerController(store, recording, createEngineSync(store, recording), {
    nextFrame: (run) => frames.push(run),
  });
  /** Runs queued frames (and the awaits between them) until none is left. */
  const runFrames = async () => {
    for (let round = 0; round < 20; round++) {
      const run = frames.shift();
      if (!run) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (frames.length === 0) return;
        continue;
      }
      run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  const areas = () => store.results.peek()?.districts.map((d) => d.areaPer100Households);
  return { store, planner, moves, frames, runFrames, areas };
}

describe('drag previews', () => {
  it('sends only the newest position per frame, commits nothing, and one move on release is one undo step', async () => {
    const { store, planner, moves, runFrames, areas } = await setUp();
    await planner.place(...IN_A);
    const id = store.selectedFacilityId.peek() ?? '';
    const undoDepth = store.scenarios.peek().undoStack.length;
    // Three pointer moves before the first frame: only the last one reaches the engine.
    const drained = Promise.all([
      planner.previewMove(id, 114.001, 30.0035),
      planner.previewMove(id, 114.0025, 30.0035),
      planner.previewMove(id, ...IN_B),
    ]);
    await runFrames();
    await drained;
    expect(moves).toEqual([IN_B]);
    // The figures follow the pointer: 100 × 600 / 30 households in B, A empty.
    expect(areas()?.[0]).toBe(0);
    expect(areas()?.[1]).toBeCloseTo(2000, 6);
    expect(store.activeScenario.peek().facilities[0]).toMatchObject({ lon: IN_A[0], lat: IN_A[1] });
    expect(store.scenarios.peek().undoStack).toHaveLength(undoDepth);

    await planner.moveFacility(id, ...IN_B);
    expect(store.scenarios.peek().undoStack).toHaveLength(undoDepth + 1);
    expect(areas()?.[1]).toBeCloseTo(2000, 6);
    await planner.undo();
    expect(store.activeScenario.peek().facilities[0]).toMatchObject({ lon: IN_A[0], lat: IN_A[1] });
    expect(areas()?.[0]).toBeCloseTo(1250, 6);
    expect(areas()?.[1]).toBe(0);
  });

  it('keeps one request in flight and the newest pending while the engine answers', async () => {
    const { store, planner, moves, frames, runFrames } = await setUp();
    await planner.place(...IN_A);
    const id = store.selectedFacilityId.peek() ?? '';
    void planner.previewMove(id, 114.001, 30.0035);
    frames.shift()?.();
    // The first request is in flight; these two collapse into one.
    void planner.previewMove(id, 114.0025, 30.0035);
    void planner.previewMove(id, ...IN_B);
    await runFrames();
    expect(moves).toEqual([[114.001, 30.0035], IN_B]);
  });

  it('cancels a drag: a pending preview is dropped and the engine is back on the committed position', async () => {
    const { store, planner, moves, frames, runFrames, areas } = await setUp();
    await planner.place(...IN_A);
    const id = store.selectedFacilityId.peek() ?? '';
    const history = store.scenarios.peek();
    void planner.previewMove(id, ...IN_B);
    frames.shift()?.();
    void planner.previewMove(id, 114.0025, 30.0035);
    await planner.cancelPreview(id);
    await runFrames();
    expect(moves).toEqual([IN_B, IN_A]);
    expect(store.scenarios.peek()).toBe(history);
    expect(areas()?.[0]).toBeCloseTo(1250, 6);
    expect(areas()?.[1]).toBe(0);
  });
});

describe('duplicate', () => {
  it('copies a facility a little south-east under a fresh id, selects it, and is one undo step', async () => {
    const { store, planner, areas } = await setUp();
    await planner.place(...IN_A);
    await planner.duplicate('f1');
    const [original, copy] = store.activeScenario.peek().facilities;
    expect(copy).toMatchObject({ id: 'f2', name: '社区服务站 1 (副本)', floorAreaSquareMeters: 600 });
    expect(store.selectedFacilityId.peek()).toBe('f2');
    // 40 m east and south. Hand-computed: at 30.0035° N a degree of longitude is ≈ 96.4 km, so ≈ 0.000415°;
    // a degree of latitude ≈ 111.2 km, so ≈ 0.000360°. Checked as degrees and as great-circle metres.
    const from = { lon: original?.lon ?? 0, lat: original?.lat ?? 0 };
    const to = { lon: copy?.lon ?? 0, lat: copy?.lat ?? 0 };
    expect(Math.abs(to.lon - from.lon - 0.000415)).toBeLessThan(0.000001);
    expect(Math.abs(from.lat - to.lat - 0.00036)).toBeLessThan(0.000001);
    // Within 0.1 m (0.25%: the app's metres per degree may be the equatorial or the mean one).
    expect(Math.abs(haversineMeters(from, { lon: to.lon, lat: from.lat }) - 40)).toBeLessThan(0.1);
    expect(Math.abs(haversineMeters(from, { lon: from.lon, lat: to.lat }) - 40)).toBeLessThan(0.1);
    expect(Math.abs(haversineMeters(from, to) - 56.57)).toBeLessThan(0.15); // 40 √2
    // Both in A: 100 × 1200 / 48.
    expect(areas()?.[0]).toBeCloseTo(2500, 6);
    await planner.undo();
    expect(store.activeScenario.peek().facilities).toHaveLength(1);
    expect(areas()?.[0]).toBeCloseTo(1250, 6);
  });

  it('gives the copy its own capacity object and an English name in English', () => {
    const original = {
      id: 'a',
      name: 'Home',
      type: 'nursing_home',
      status: 'existing' as const,
      lon: 114,
      lat: 0,
      floorAreaSquareMeters: 7000,
      radiusMeters: 1000,
      capacity: { beds: 120 },
    };
    const copy = duplicateOf(original, 'b', 'en');
    expect(copy.name).toBe('Home (copy)');
    expect(copy.capacity).toEqual({ beds: 120 });
    expect(copy.capacity).not.toBe(original.capacity);
    // At the equator 40 m east is ≈ 0.000360° of longitude and no change of latitude.
    expect(Math.abs(copy.lon - 114 - 0.00036)).toBeLessThan(0.000001);
    expect(copy.lat).toBeLessThan(0);
    expect(Math.abs(haversineMeters(original, { lon: copy.lon, lat: original.lat }) - 40)).toBeLessThan(0.1);
  });
});
