import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { rectangle, smallDataset } from '../core/session/small-dataset.fixture';
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

describe('engine client after crashes (issue 15)', () => {
  /** A client over fake workers, with a clock the test moves; `crash(n)` crashes the n-th worker. */
  function crashingClient() {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const restarts: Promise<unknown>[] = [];
    const loops: string[] = [];
    const clock = { now: 0 };
    const client = createEngineClient({
      createWorker: () => {
        const worker = fakeWorker(false);
        workers.push(worker);
        return worker;
      },
      onRestart: (_reason, reloaded) => void restarts.push(reloaded ?? Promise.resolve(undefined)),
      onCrashLoop: (reason) => void loops.push(reason.code),
      now: () => clock.now,
    });
    const crash = (index: number) => workers[index]?.dispatchEvent(new Event('error'));
    return { client, workers, restarts, loops, clock, crash };
  }

  it('loads the imported dataset again after a crash, not only the default one', async () => {
    const { client, restarts, crash } = crashingClient();
    await client.loadDefaultDataset(urls);
    const imported = await client.loadDataset({ name: 'imported grid.csv', grid: smallDataset().grid });
    expect(imported.ok && imported.value.summary.name).toBe('imported grid.csv');
    crash(0);
    const reloaded = (await restarts[0]) as { ok: boolean; value: { name: string } };
    expect(reloaded.ok && reloaded.value.name).toBe('imported grid.csv');
    // A second crash still has it: the kept copy was not emptied by the first replay's transfer.
    crash(1);
    const again = (await restarts[1]) as { ok: boolean; value: { name: string } };
    expect(again.ok && again.value.name).toBe('imported grid.csv');
    expect((await client.results()).ok).toBe(true);
    client.dispose();
  });

  it('switches the generated hexagons on again after a crash (issue 12): one hexagon of 240 residents', async () => {
    const { client, restarts, crash } = crashingClient();
    await client.loadDefaultDataset(urls);
    const on = await client.setHexagonUnits(true);
    expect(on.ok && on.value.levels.map((level) => level.id)).toEqual(['h3-r8']);
    crash(0);
    const reloaded = (await restarts[0]) as {
      ok: boolean;
      value: { levels: { id: string; unitCount: number }[] };
    };
    expect(reloaded.ok && reloaded.value.levels.map(({ id, unitCount }) => [id, unitCount])).toEqual([
      ['h3-r8', 1],
    ]);
    const results = await client.results();
    // The 4 × 4 fixture's 15 cells, 2 × (1 + … + 15) residents, all in the one hexagon.
    expect(results.ok && results.value.levels?.[0]?.units[0]?.population).toBe(240);
    // Switched off, a later crash brings back the districts alone.
    await client.setHexagonUnits(false);
    crash(1);
    const again = (await restarts[1]) as { ok: boolean; value: { levels: unknown[] } };
    expect(again.ok && again.value.levels).toEqual([]);
    client.dispose();
  });

  it('an imported unit level is there again after a crash (issue 12): west 街道 120 persons', async () => {
    const { client, restarts, crash } = crashingClient();
    await client.loadDefaultDataset(urls);
    const west = { id: 'W', name: '西街道', geometry: rectangle(114, 30, 114.002, 30.004) };
    const level = { id: 'import:街道', name: '街道', units: [west] };
    expect((await client.loadDataset({ name: 'jiedao.geojson', levels: [level] })).ok).toBe(true);
    crash(0);
    await restarts[0];
    const results = await client.results();
    const units = results.ok
      ? results.value.levels?.find((each) => each.id === 'import:街道')?.units
      : undefined;
    // Columns 0–1 of the 4 × 4 fixture: 2 × (1 + 2 + 5 + 6 + 9 + 10 + 13 + 14) residents.
    expect(units?.map((unit) => [unit.name, unit.population])).toEqual([['西街道', 120]]);
    client.dispose();
  });

  it('stops restarting at the third crash within a minute and says so (worker-crash-loop)', async () => {
    const { client, workers, restarts, loops, clock, crash } = crashingClient();
    await client.loadDefaultDataset(urls);
    crash(0);
    await restarts[0];
    clock.now = 30_000;
    crash(1);
    await restarts[1];
    clock.now = 59_999;
    crash(2);
    expect(loops).toEqual(['worker-crash-loop']);
    expect(workers).toHaveLength(3);
    expect(await client.results()).toMatchObject({ ok: false, error: { code: 'worker-crash-loop' } });
    // The user's Retry (a new default load) starts a fresh worker with a fresh count.
    expect((await client.loadDefaultDataset(urls)).ok).toBe(true);
    expect(workers).toHaveLength(4);
    client.dispose();
  });

  it('keeps restarting when the crashes are more than a minute apart', async () => {
    const { client, workers, restarts, loops, clock, crash } = crashingClient();
    await client.loadDefaultDataset(urls);
    for (const [index, time] of [0, 40_000, 80_000, 120_000].entries()) {
      clock.now = time;
      crash(index);
      await restarts[index];
    }
    expect(loops).toEqual([]);
    expect(workers).toHaveLength(5);
    expect((await client.results()).ok).toBe(true);
    client.dispose();
  });
});
