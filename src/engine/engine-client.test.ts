import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { createEngineClient, type WorkerLike } from './engine-client';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };
const fetchBytes = async () => new ArrayBuffer(8);

/**
 * A worker stand-in: the engine api exposed on one end of a MessageChannel, the other end given to the client.
 * `building` resolves once the worker side has started building the dataset (the load request really arrived).
 */
function fakeWorker(
  buildHangs: boolean,
): MessagePort & WorkerLike & { port: MessagePort; building: Promise<void> } {
  const { port1, port2 } = new MessageChannel();
  let started = () => {};
  const building = new Promise<void>((resolve) => {
    started = resolve;
  });
  const buildDataset = () => {
    started();
    return buildHangs ? new Promise<never>(() => {}) : Promise.resolve(ok(smallDataset()));
  };
  Comlink.expose(createEngineApi({ fetchBytes, buildDataset }), port1);
  return Object.assign(port2, {
    port: port1,
    building,
    terminate() {
      port1.close();
      port2.close();
    },
  });
}

describe('engine client', () => {
  it('round-trips load, raster and results through Comlink with progress', async () => {
    const client = createEngineClient({ createWorker: () => fakeWorker(false) });
    const stages: string[] = [];
    let summarised = () => {};
    const summariseArrived = new Promise<void>((resolve) => {
      summarised = resolve;
    });
    const loaded = await client.loadDefaultDataset(urls, (_fraction, stage) => {
      stages.push(stage);
      if (stage === 'summarise') summarised();
    });
    expect(loaded.ok && loaded.value.districts.map((d) => d.name)).toEqual(['甲区', '乙区']);
    // Progress travels on its own proxy channel, so it may land just after the result: wait for it (a missing
    // 'summarise' stage times the test out).
    await summariseArrived;
    expect(stages).toContain('summarise');
    const raster = await client.populationRaster('total');
    expect(raster.ok && raster.value.image.rgba.length).toBe(64);
    const results = await client.results();
    expect(results.ok && results.value.totals.populationOutsideDistricts).toBe(30);
    client.dispose();
  });

  it('turns a crash into an error value, restarts the worker and loads the dataset again', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const restarts: { code: string; reloaded?: Promise<unknown> }[] = [];
    const client = createEngineClient({
      createWorker: () => {
        const worker = fakeWorker(workers.length === 0);
        workers.push(worker);
        return worker;
      },
      onRestart: (reason, reloaded) =>
        restarts.push({ code: reason.code, ...(reloaded ? { reloaded } : {}) }),
    });
    const pending = client.loadDefaultDataset(urls);
    // The crash comes while the worker is inside the load.
    await workers[0]?.building;
    workers[0]?.dispatchEvent(new Event('error'));
    expect(await pending).toEqual({
      ok: false,
      error: { code: 'worker-crashed', message: 'The engine worker stopped' },
    });
    expect(workers).toHaveLength(2);
    expect(restarts.map((r) => r.code)).toEqual(['worker-crashed']);
    const reloaded = (await restarts[0]?.reloaded) as { ok: boolean };
    expect(reloaded.ok).toBe(true);
    const results = await client.results();
    expect(results.ok).toBe(true);
    client.dispose();
  });
});
