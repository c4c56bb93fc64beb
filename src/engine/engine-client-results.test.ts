import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createEngineApi, type EngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import type { Results } from '../core/model/results';
import { createEngineSession } from '../core/session/engine-session';
import { cell5Station, smallDataset } from '../core/session/small-dataset.fixture';
import { createEngineClient, type WorkerLike } from './engine-client';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };
const dependencies = {
  fetchBytes: async () => new ArrayBuffer(8),
  buildDataset: async () => ok(smallDataset()),
};
const options = { ruleSetId: 'national-2021-2025' };

/** Cell centres of the 4 × 4 fixture: cell 6 lies in district B, cell 0 in A. */
const CELL_6 = [114.0025, 30.0025] as const;
const CELL_0 = [114.0005, 30.0035] as const;

/**
 * A worker stand-in over a MessageChannel that records how each results answer was sent (`full` or `patch`) and the
 * calls of `resultsInFull`; `poison` makes the n-th moveFacility answer (1-based) unreadable, as a message that cannot
 * be cloned: the worker counted it as sent, the page never gets it.
 */
function recordingWorker(poison = 0) {
  const api = createEngineApi(dependencies);
  const sent: string[] = [];
  let moves = 0;
  const recorded: EngineApi = {
    ...api,
    setScenario: (...args) => record(api.setScenario(...args)),
    moveFacility: (...args) => {
      const answer = record(api.moveFacility(...args));
      moves++;
      return moves === poison ? Object.assign(answer, { unreadable: () => {} }) : answer;
    },
    resultsInFull: () => record(api.resultsInFull(), 'resultsInFull'),
  };
  function record<T extends ReturnType<EngineApi['results']>>(answer: T, name?: string): T {
    if (answer.ok) sent.push(name ?? ('full' in answer.value ? 'full' : 'patch'));
    return answer;
  }
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(recorded, port1);
  const worker: WorkerLike & MessagePort = Object.assign(port2, {
    terminate() {
      port1.close();
      port2.close();
    },
  });
  return { worker, sent };
}

/** The results a session gives after the same calls, taken in full (the reference). */
async function referenceAfter(moves: (readonly [number, number])[]): Promise<Results> {
  const session = createEngineSession(dependencies);
  await session.loadDefaultDataset(urls);
  session.setHexagonUnits(true);
  session.setScenario([cell5Station], options);
  for (const [lon, lat] of moves) session.moveFacility(cell5Station.id, lon, lat);
  const results = session.results();
  if (!results.ok) throw new Error(results.error.message);
  return structuredClone(results.value);
}

describe('engine client: the live engine’s results as patches (issue 12/13)', () => {
  it('a scenario arrives in full, each move as a patch, and the client answers the results in full', async () => {
    const { worker, sent } = recordingWorker();
    const client = createEngineClient({ createWorker: () => worker });
    await client.loadDefaultDataset(urls);
    await client.setHexagonUnits(true);
    await client.setScenario([cell5Station], options);
    await client.moveFacility(cell5Station.id, ...CELL_6);
    const moved = await client.moveFacility(cell5Station.id, ...CELL_0);
    expect(sent).toEqual(['full', 'patch', 'patch']);
    expect(moved).toStrictEqual(ok(await referenceAfter([CELL_6, CELL_0])));
    client.dispose();
  });

  it('after an answer that never arrived, the next patch is not applied: the client asks for the results in full', async () => {
    const { worker, sent } = recordingWorker(2);
    const client = createEngineClient({ createWorker: () => worker });
    await client.loadDefaultDataset(urls);
    await client.setHexagonUnits(true);
    await client.setScenario([cell5Station], options);
    await client.moveFacility(cell5Station.id, ...CELL_6);
    expect(await client.moveFacility(cell5Station.id, ...CELL_0)).toMatchObject({
      ok: false,
      error: { code: 'worker-call-failed' },
    });
    // Same place again: the patch is empty, and applied onto the cell-6 results it would give those.
    const again = await client.moveFacility(cell5Station.id, ...CELL_0);
    expect(sent).toEqual(['full', 'patch', 'patch', 'patch', 'resultsInFull']);
    expect(again).toStrictEqual(ok(await referenceAfter([CELL_6, CELL_0])));
    client.dispose();
  });

  it('a restarted worker sends its results in full and the client takes them (both sides start again)', async () => {
    const workers: ReturnType<typeof recordingWorker>[] = [];
    const restarts: Promise<unknown>[] = [];
    const client = createEngineClient({
      createWorker: () => {
        const made = recordingWorker();
        workers.push(made);
        return made.worker;
      },
      onRestart: (_reason, reloaded) => void restarts.push(reloaded ?? Promise.resolve()),
    });
    await client.loadDefaultDataset(urls);
    await client.setHexagonUnits(true);
    await client.setScenario([cell5Station], options);
    await client.moveFacility(cell5Station.id, ...CELL_6);
    workers[0]?.worker.dispatchEvent(new Event('error'));
    await restarts[0];
    await client.setScenario([cell5Station], options);
    const moved = await client.moveFacility(cell5Station.id, ...CELL_0);
    expect(workers[1]?.sent).toEqual(['full', 'patch']);
    expect(moved).toStrictEqual(ok(await referenceAfter([CELL_0])));
    client.dispose();
  });
});
