/**
 * The typed client of the engine worker: creates and wraps it, turns a crash into error values for the calls in
 * flight, and restarts it with the dataset loaded again (conventions.md § Worker boundary).
 */
import * as Comlink from 'comlink';
import type {
  DefaultDatasetUrls,
  EngineApi,
  ProgressCallback,
  SuggestProgress,
  SuggestSitesInput,
} from '../../workers/engine-api';
import { fail, type Result, type ResultError } from '../core/model/result';
import type { DatasetSummary } from '../core/session/dataset-summary';
import { withTransfer } from '../worker-boundary/with-transfer';

export type {
  CoverageChangeImage,
  DatasetReplacement,
  DefaultDatasetUrls,
  LoadStage,
  OverlayImage,
  OverlayRequest,
  PopulationRaster,
} from '../../workers/engine-api';

/** What the client needs of a Worker; a MessagePort with `terminate` serves in tests. */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

export interface EngineClientOptions {
  createWorker?: () => WorkerLike;
  /** Called after a crash, once the new worker is up; `reloaded` settles when the dataset is loaded again. */
  onRestart?: (reason: ResultError, reloaded: Promise<Result<DatasetSummary>> | undefined) => void;
}

/**
 * A worker API seen from the main thread: each function takes the same arguments and answers a Promise of what it
 * returns (a `Result`: errors stay values, since Comlink keeps only an error's message).
 */
export type ClientOf<Api> = {
  [Name in keyof Api]: Api[Name] extends (...args: infer Args) => infer Answer
    ? (...args: Args) => Promise<Awaited<Answer>>
    : never;
};

/**
 * The engine worker's functions (workers/engine-api.ts, documented there) as the main thread calls them. A crash
 * turns the calls in flight into `worker-crashed` values; `loadDataset` transfers an imported grid's arrays.
 */
export type EngineClient = ClientOf<EngineApi> & {
  dispose(): void;
  /**
   * Cancels the site suggestion in flight (issue 14): the search cannot yield to a message, so the worker is
   * terminated and a new one started with the dataset loaded again (`onRestart` is called with the reason
   * `suggest-cancelled`); the calls in flight answer `suggest-cancelled`. Returns false when no suggestion runs.
   */
  cancelSuggestion(): boolean;
};

function createEngineWorker(): WorkerLike {
  return new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
}

function messageOf(event: Event): string {
  const message = (event as ErrorEvent).message;
  return message ? message : 'The engine worker stopped';
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? createEngineWorker;
  let worker: WorkerLike;
  let remote: Comlink.Remote<EngineApi>;
  let crashed: Promise<Result<never>>;
  /** Ends the calls in flight on the current worker with a failure. */
  let endCalls: (failure: Result<never>) => void = () => {};
  let suggesting = 0;
  let lastUrls: DefaultDatasetUrls | undefined;
  let disposed = false;

  const start = () => {
    const current = createWorker();
    worker = current;
    remote = Comlink.wrap<EngineApi>(current);
    crashed = new Promise((resolve) => {
      endCalls = resolve;
      current.addEventListener('error', (event) => {
        if (current !== worker || disposed) return;
        event.preventDefault();
        const reason: ResultError = { code: 'worker-crashed', message: messageOf(event) };
        resolve(fail(reason.code, reason.message));
        restart(reason);
      });
    });
  };

  const call = async <T>(run: (api: Comlink.Remote<EngineApi>) => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await Promise.race([run(remote), crashed]);
    } catch (error) {
      return fail('worker-call-failed', error instanceof Error ? error.message : String(error));
    }
  };

  const loadDefaultDataset = (
    urls: DefaultDatasetUrls,
    onProgress?: ProgressCallback,
    prepaintLayer?: string,
  ) => {
    lastUrls = urls;
    return call((api) =>
      api.loadDefaultDataset(urls, onProgress ? Comlink.proxy(onProgress) : undefined, prepaintLayer),
    );
  };

  const restart = (reason: ResultError) => {
    worker.terminate();
    start();
    const reloaded = lastUrls ? loadDefaultDataset(lastUrls) : undefined;
    options.onRestart?.(reason, reloaded);
  };

  start();
  /** The calls that do more than forward their arguments; every other name of the API is forwarded as it is. */
  const own: Partial<EngineClient> = {
    loadDefaultDataset,
    loadDataset: (replacement) =>
      call((api) => api.loadDataset(replacement.grid ? withTransfer(replacement) : replacement)),
    suggestSites: async (input: SuggestSitesInput, onProgress?: (progress: SuggestProgress) => void) => {
      suggesting++;
      try {
        return await call((api) =>
          api.suggestSites(input, onProgress ? Comlink.proxy(onProgress) : undefined),
        );
      } finally {
        suggesting--;
      }
    },
    cancelSuggestion() {
      if (suggesting === 0 || disposed) return false;
      const reason: ResultError = { code: 'suggest-cancelled', message: 'The suggestion was cancelled' };
      endCalls(fail(reason.code, reason.message));
      restart(reason);
      return true;
    },
    dispose() {
      disposed = true;
      worker.terminate();
    },
  };
  type Forwarded = (...args: unknown[]) => Promise<Result<unknown>>;
  const forwarded = new Map<string, Forwarded>();
  const forward = (name: string): Forwarded => {
    let method = forwarded.get(name);
    if (!method) {
      method = (...args) => call((api) => (Reflect.get(api, name) as Forwarded)(...args));
      forwarded.set(name, method);
    }
    return method;
  };
  // A Proxy derives the client from the API's type alone, so a function added to the worker needs no change here.
  // `then` stays undefined, or awaiting the client would call the worker.
  return new Proxy(own as EngineClient, {
    get: (target, name) =>
      name in target || typeof name !== 'string' || name === 'then'
        ? target[name as keyof EngineClient]
        : forward(name),
  });
}
