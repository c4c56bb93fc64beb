import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { EngineClient, OverlayImage, OverlayRequest } from '../engine/engine-client';
import { createOverlayController } from './overlay-controller';
import { createStore } from './store';

function results(threshold: number): Results {
  return {
    method: { coverage: 'centroid', householdSize: 2.47, distance: 'great-circle', layer: 'total' },
    districts: [
      {
        id: 'A',
        name: 'A',
        population: 10,
        households: 4,
        facilityAreaSquareMeters: 0,
        areaPer100Households: 0,
        coverage: {},
        sfcaPer100Households: {},
        indicators: [
          { id: 'area', kind: 'areaPer100Households', value: 0, threshold, unit: 'm²', pass: false },
        ],
      },
    ],
    totals: { population: 10, populationOutsideDistricts: 0, coverage: {} },
  };
}

/** An engine whose overlay answers wait until the test releases them, in order. */
function slowEngine() {
  const calls: { request: OverlayRequest; release: () => void }[] = [];
  const engine = {
    overlayImage: (request: OverlayRequest) =>
      new Promise<Result<OverlayImage>>((resolve) => {
        calls.push({
          request,
          release: () =>
            resolve(
              ok({
                type: request.type,
                kind: request.kind,
                layer: request.layer,
                image: null,
                base: request.withBase
                  ? {
                      width: 1,
                      height: 1,
                      rgba: new Uint8ClampedArray(4),
                      coordinates: [
                        [0, 1],
                        [1, 1],
                        [1, 0],
                        [0, 0],
                      ],
                    }
                  : null,
                breaks: [request.referencePer100Households],
                cellsPerClass: [],
                populationPerClass: [],
              }),
            ),
        });
      }),
  } as unknown as EngineClient;
  return { engine, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('overlay controller', () => {
  it('keeps one request in flight and sends one follow-up for the newest results', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { engine, calls } = slowEngine();
    const stop = createOverlayController(store, engine);
    store.results.value = results(30);
    expect(calls).toHaveLength(0); // overlay kind "none": nothing asked
    store.overlayKind.value = 'sfca';
    expect(calls).toHaveLength(1);
    expect(calls[0]?.request).toMatchObject({
      type: 'community_service_station',
      kind: 'sfca',
      withBase: true,
    });
    // Three edits while the first paint runs: no new request yet.
    store.results.value = results(31);
    store.results.value = results(32);
    store.results.value = results(33);
    expect(calls).toHaveLength(1);
    calls[0]?.release();
    await settle();
    expect(store.overlayImage.value?.breaks).toEqual([30]);
    // One follow-up, for the newest results (threshold 33), without the base already on the map.
    expect(calls).toHaveLength(2);
    expect(calls[1]?.request).toMatchObject({ referencePer100Households: 33, withBase: false });
    calls[1]?.release();
    await settle();
    expect(store.overlayImage.value?.breaks).toEqual([33]);
    expect(calls).toHaveLength(2);
    stop();
  });

  it('drops an answer for a kind the user already left, and clears the overlay on "none"', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { engine, calls } = slowEngine();
    const stop = createOverlayController(store, engine);
    store.results.value = results(30);
    store.overlayKind.value = 'coverage';
    // The coverage request is really sent (otherwise the checks below would hold trivially)…
    expect(calls).toHaveLength(1);
    expect(calls[0]?.request).toMatchObject({ kind: 'coverage' });
    store.overlayKind.value = 'none';
    expect(store.overlayImage.value).toBeNull();
    calls[0]?.release();
    await settle();
    // …its answer is dropped, and "none" asks the engine for nothing.
    expect(store.overlayImage.value).toBeNull();
    expect(calls).toHaveLength(1);
    stop();
  });
});
