import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { createEngineClient, type WorkerLike } from './engine-client';

const dependencies = {
  fetchBytes: async () => new ArrayBuffer(8),
  buildDataset: async () => ok(smallDataset()),
};

/** The engine api on one end of a MessageChannel, the other end given to the client as its worker. */
function channelWorker(): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createEngineApi(dependencies), port1);
  return Object.assign(port2, {
    terminate() {
      port1.close();
      port2.close();
    },
  });
}

describe('engine client derived from the worker api', () => {
  it('offers every function of the worker api, and is not mistaken for a promise', () => {
    const client = createEngineClient({ createWorker: channelWorker });
    for (const name of Object.keys(createEngineApi(dependencies))) {
      expect(typeof client[name as keyof typeof client], name).toBe('function');
    }
    expect((client as unknown as { then?: unknown }).then).toBeUndefined();
    client.dispose();
  });

  it('sends an imported grid by transfer (the sender arrays are emptied) and the worker uses it', async () => {
    const client = createEngineClient({ createWorker: channelWorker });
    await client.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
    const grid = smallDataset().grid;
    const total = grid.layers.total as Float32Array;
    const persons = total.reduce((sum, value) => sum + value, 0);
    const replaced = await client.loadDataset({ name: 'grid.csv', grid });
    expect(replaced.ok && replaced.value.summary.outside.population + sumOf(replaced.value.summary)).toBe(
      persons,
    );
    expect(total.byteLength).toBe(0);
    expect(grid.lon.byteLength).toBe(0);
    client.dispose();
  });
});

function sumOf(summary: { districts: { population: number }[] }): number {
  return summary.districts.reduce((sum, district) => sum + district.population, 0);
}
