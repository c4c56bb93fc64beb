/**
 * The typed client of the import worker (workers/import.worker.ts). One worker, started on first use; `cancel()`
 * terminates it (a parser cannot be interrupted any other way) and the call in flight resolves with
 * `import-cancelled`; the next call starts a fresh worker.
 */
import * as Comlink from 'comlink';
import type {
  ImportApi,
  ImportBatchProgress,
  ImportBundle,
  ImportFileRequest,
  ImportOutcome,
  ImportSourceFile,
} from '../../workers/import-api';
import type { FileInspection } from '../core/io/import/import-types';
import type { ErrorCode } from '../core/model/error-code';
import type { WorkerLike } from './engine-client';

export type {
  ImportBatchProgress,
  ImportBundle,
  ImportFailure,
  ImportFileRequest,
  ImportOutcome,
  ImportSourceFile,
} from '../../workers/import-api';

/** Code of the failure a cancelled call resolves with (not shown as an error). */
export const IMPORT_CANCELLED = 'import-cancelled' satisfies ErrorCode;

export interface ImportClient {
  inspect(files: ImportSourceFile[]): Promise<ImportOutcome<FileInspection>[]>;
  importBatch(
    requests: ImportFileRequest[],
    onProgress?: ImportBatchProgress,
  ): Promise<ImportOutcome<ImportBundle>>;
  /** Stops the call in flight by terminating the worker; nothing it was building survives. */
  cancel(): void;
  dispose(): void;
}

function createImportWorker(): WorkerLike {
  return new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
}

function cancelled(fileName: string): {
  ok: false;
  failure: { fileName: string; error: { code: ErrorCode; message: string } };
} {
  return {
    ok: false,
    failure: { fileName, error: { code: IMPORT_CANCELLED, message: 'The import was cancelled.' } },
  };
}

export function createImportClient(createWorker: () => WorkerLike = createImportWorker): ImportClient {
  let worker: WorkerLike | undefined;
  let remote: Comlink.Remote<ImportApi> | undefined;
  /**
   * Settles the calls in flight when the worker goes away: `undefined` for a cancel, the reason for a crash (e.g.
   * out of memory on a huge file). Replaced for each worker.
   */
  let stop: ((crash?: string) => void) | undefined;
  let stopped: Promise<string | undefined> = new Promise(() => {});

  const cancel = () => {
    worker?.terminate();
    stop?.();
    worker = undefined;
    remote = undefined;
    stop = undefined;
  };

  const ensure = (): Comlink.Remote<ImportApi> => {
    if (remote) return remote;
    const current = createWorker();
    worker = current;
    remote = Comlink.wrap<ImportApi>(current);
    stopped = new Promise((resolve) => {
      stop = resolve;
    });
    current.addEventListener('error', (event) => {
      if (current !== worker) return;
      event.preventDefault();
      const settle = stop;
      stop = undefined;
      cancel();
      settle?.((event as ErrorEvent).message || 'The import worker stopped');
    });
    return remote;
  };

  const race = async <T>(
    run: (api: Comlink.Remote<ImportApi>) => Promise<T>,
    onCancel: () => T,
    onError: (message: string) => T,
  ): Promise<T> => {
    const api = ensure();
    const mine = stopped;
    try {
      return await Promise.race([
        run(api),
        mine.then((crash) => (crash === undefined ? onCancel() : onError(crash))),
      ]);
    } catch (error) {
      return onError(error instanceof Error ? error.message : String(error));
    }
  };

  return {
    inspect: (files) =>
      race<ImportOutcome<FileInspection>[]>(
        (api) => api.inspect(files),
        () => files.map((file) => cancelled(file.name)),
        (message) =>
          files.map((file) => ({
            ok: false as const,
            failure: { fileName: file.name, error: { code: 'import-failed', message } },
          })),
      ),
    importBatch: (requests, onProgress) => {
      const names = requests.map((request) => request.file.name).join(' + ');
      return race<ImportOutcome<ImportBundle>>(
        (api) => api.importBatch(requests, onProgress ? Comlink.proxy(onProgress) : undefined),
        () => cancelled(names),
        (message) => ({ ok: false, failure: { fileName: names, error: { code: 'import-failed', message } } }),
      );
    },
    cancel,
    dispose: cancel,
  };
}
