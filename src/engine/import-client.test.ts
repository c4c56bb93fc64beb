import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createImportApi } from '../../workers/import-api';
import type { WorkerLike } from './engine-client';
import { createImportClient, IMPORT_CANCELLED } from './import-client';

const CSV = 'lon,lat,population\n114.0005,30.0035,10\n114.0015,30.0035,20\n';

/** The import api on one end of a MessageChannel; `hang` makes importBatch never answer (a long parse). */
function fakeWorker(hang: boolean) {
  const { port1, port2 } = new MessageChannel();
  const api = createImportApi();
  Comlink.expose(hang ? { ...api, importBatch: () => new Promise<never>(() => {}) } : api, port1);
  let terminated = false;
  const worker = Object.assign(port2, {
    terminate() {
      terminated = true;
      port1.close();
      port2.close();
    },
  }) as unknown as WorkerLike;
  return { worker, isTerminated: () => terminated };
}

describe('import client', () => {
  it('imports through the worker and returns the grid', async () => {
    const fake = fakeWorker(false);
    const client = createImportClient(() => fake.worker);
    const outcome = await client.importBatch([
      {
        file: { name: 'grid.csv', blob: new Blob([CSV]) },
        options: { kind: 'grid', valueField: 'population' },
      },
    ]);
    expect(outcome.ok && outcome.value.grid?.totals.total).toBe(30);
    client.dispose();
  });

  it('cancel terminates the worker, settles the call as cancelled, and the next call starts a new worker', async () => {
    const workers = [fakeWorker(true), fakeWorker(false)];
    let created = 0;
    const client = createImportClient(() => (workers[created++] as ReturnType<typeof fakeWorker>).worker);
    const pending = client.importBatch([{ file: { name: 'big.tif', blob: new Blob(['x']) }, options: {} }]);
    client.cancel();
    const outcome = await pending;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.error.code).toBe(IMPORT_CANCELLED);
      expect(outcome.failure.fileName).toBe('big.tif');
    }
    expect(workers[0]?.isTerminated()).toBe(true);
    const [inspection] = await client.inspect([{ name: 'grid.csv', blob: new Blob([CSV]) }]);
    expect(created).toBe(2);
    expect(inspection?.ok && inspection.value.kinds[0]).toBe('grid');
    client.dispose();
  });
});
