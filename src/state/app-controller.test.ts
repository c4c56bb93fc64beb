import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../core/model/result';
import { summarizeDataset } from '../core/session/dataset-summary';
import { smallDataset } from '../core/session/small-dataset.fixture';
import type { EngineClient, PopulationRaster } from '../engine/engine-client';
import { createAppController } from './app-controller';
import { createStore } from './store';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };
const summary = summarizeDataset(smallDataset());
const raster = (layer: string): PopulationRaster => ({
  layer,
  image: {
    width: 1,
    height: 1,
    rgba: new Uint8ClampedArray(4),
    coordinates: [
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ],
  },
  ramp: {
    thresholds: [1],
    colours: [
      [0, 0, 0, 0],
      [1, 1, 1, 1],
    ],
  },
});

const noResults = ok({ method: {} as never, districts: [], totals: {} as never });

/** An engine whose dataset calls answer the fixtures above; every other call (edits, surfaces) answers no results. */
function fakeEngine(overrides: Partial<EngineClient> = {}): EngineClient {
  const known: Partial<EngineClient> = {
    loadDefaultDataset: async (_urls, onProgress) => {
      onProgress?.(0.5, 'decode');
      return ok(summary);
    },
    populationRaster: async (layer) => ok(raster(layer)),
    dispose: () => {},
    ...overrides,
  };
  return new Proxy(known as EngineClient, {
    get: (target, name) => Reflect.get(target, name) ?? (async () => noResults),
  });
}

describe('app controller', () => {
  it('loads summary, results and the resident layer image together', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const seen: string[] = [];
    store.progress.subscribe((p) => {
      if (p && seen.at(-1) !== p.stage) seen.push(p.stage);
    });
    // The engine's results, recognisable: the controller must publish exactly this value.
    const engineResults = {
      method: { ruleSetId: 'test-rules' } as never,
      districts: [{ districtId: 'A' }, { districtId: 'B' }] as never,
      totals: { population: 123 } as never,
    };
    let resultsAsked = 0;
    const engine = fakeEngine({
      results: async () => {
        resultsAsked++;
        return ok(engineResults);
      },
    });
    await createAppController(store, engine, urls, undefined).load();
    expect(store.summary.value?.districts.map((d) => d.id)).toEqual(['A', 'B']);
    expect(store.raster.value?.layer).toBe('total');
    expect(store.populationLayer.value).toBe('total');
    expect(resultsAsked).toBe(1);
    expect(store.results.value).toEqual(engineResults);
    expect(seen).toEqual(['fetch', 'decode', 'draw']);
    expect(store.loadError.value).toBeNull();
  });

  it('shows a load failure as an error value with its code', async () => {
    const store = createStore(undefined, []);
    const engine = fakeEngine({ loadDefaultDataset: async () => fail('fetch-failed', 'HTTP 404') });
    await createAppController(store, engine, urls, undefined).load();
    expect(store.loadError.value).toEqual({ code: 'fetch-failed', message: 'HTTP 404' });
    expect(store.summary.value).toBeNull();
    expect(store.progress.value).toBeNull();
  });

  it('keeps the latest layer when an earlier image arrives late', async () => {
    const store = createStore(undefined, []);
    const pending: ((value: Result<PopulationRaster>) => void)[] = [];
    const engine = fakeEngine({
      populationRaster: (layer) => new Promise((resolve) => pending.push(() => resolve(ok(raster(layer))))),
    });
    const controller = createAppController(store, engine, urls, undefined);
    const slow = controller.setPopulationLayer('elderly60plus');
    const fast = controller.setPopulationLayer('adults20plus');
    pending[1]?.(ok(raster('adults20plus')));
    await fast;
    pending[0]?.(ok(raster('elderly60plus')));
    await slow;
    expect(store.populationLayer.value).toBe('adults20plus');
    expect(store.raster.value?.layer).toBe('adults20plus');
  });
});
