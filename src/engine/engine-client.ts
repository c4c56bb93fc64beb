/**
 * The typed client of the engine worker: creates and wraps it, turns a crash into error values for the calls in
 * flight, and restarts it with the dataset loaded again (conventions.md § Worker boundary): the default dataset,
 * then every imported replacement since, in order, so an import survives a crash (issue 15). Three crashes within a
 * minute stop the restarts (`worker-crash-loop`): a worker that dies on its own input would otherwise loop forever.
 * The live engine's results arrive as patches on the ones before (core/session/results-versions.ts): each worker has
 * its receiver, which applies every answer as it arrives, before any caller sees it.
 */
import * as Comlink from 'comlink';
import type {
  DatasetReplacement,
  DefaultDatasetUrls,
  EngineApi,
  ProgressCallback,
  SuggestProgress,
  SuggestSitesInput,
} from '../../workers/engine-api';
import { fail, type Result, type ResultError } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { StreetNetwork } from '../core/network/street-network';
import type { DatasetSummary } from '../core/session/dataset-summary';
import {
  createResultsReceiver,
  RESULTS_CALLS,
  type ResultsAnswer,
  type ResultsCall,
} from '../core/session/results-versions';
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
  /** Called instead of a restart when the worker crashed too often ({@link MAX_CRASHES_PER_WINDOW}). */
  onCrashLoop?: (reason: ResultError) => void;
  /** The clock of the crash-loop guard, ms; tests inject one. */
  now?: () => number;
}

/** Crashes within {@link CRASH_WINDOW_MILLISECONDS} after which the worker is not restarted again. */
export const MAX_CRASHES_PER_WINDOW = 3;

/** The crash-loop guard's window, ms (a minute). */
export const CRASH_WINDOW_MILLISECONDS = 60_000;

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
export type EngineClient = Omit<ClientOf<EngineApi>, ResultsCall | 'resultsInFull'> & {
  [Name in ResultsCall]: (...args: Parameters<EngineApi[Name]>) => Promise<Result<Results>>;
} & {
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
  /** Turns the current worker's results answers (full or patches) into results, in arrival order. */
  let receive: (answer: Result<ResultsAnswer>) => Promise<Result<Results>>;
  /** Ends the calls in flight on the current worker with a failure. */
  let endCalls: (failure: Result<never>) => void = () => {};
  let suggesting = 0;
  /** The dataset reload after the last restart: a suggestion waits for it (the new worker has no dataset before). */
  let reloading: Promise<unknown> | undefined;
  let lastUrls: DefaultDatasetUrls | undefined;
  /** Imported datasets applied since the last default load, in order, kept to be applied again after a crash. */
  let replacements: DatasetReplacement[] = [];
  /** The planner's generated hexagon units, switched on again after a crash (a new worker starts without them). */
  let hexagonUnits = false;
  let crashTimes: number[] = [];
  /** Set once the crash-loop guard stopped the restarts, until the next default load (the user's Retry). */
  let stopped: ResultError | null = null;
  let disposed = false;
  const now = options.now ?? Date.now;

  const start = () => {
    const current = createWorker();
    worker = current;
    remote = Comlink.wrap<EngineApi>(current);
    const api = remote;
    // A new worker numbers its results from the start: a new receiver, asking this worker for a full copy.
    receive = createResultsReceiver(async () => {
      try {
        return await api.resultsInFull();
      } catch (error) {
        return fail('worker-call-failed', error instanceof Error ? error.message : String(error));
      }
    }).receive;
    crashed = new Promise((resolve) => {
      endCalls = resolve;
      current.addEventListener('error', (event) => {
        if (current !== worker || disposed) return;
        event.preventDefault();
        const reason: ResultError = { code: 'worker-crashed', message: messageOf(event) };
        resolve(fail(reason.code, reason.message));
        crashTimes = [...crashTimes.filter((time) => now() - time < CRASH_WINDOW_MILLISECONDS), now()];
        if (crashTimes.length >= MAX_CRASHES_PER_WINDOW) giveUp(reason);
        else restart(reason);
      });
    });
  };

  const giveUp = (reason: ResultError) => {
    worker.terminate();
    stopped = {
      code: 'worker-crash-loop',
      message: `The engine worker crashed ${crashTimes.length} times within a minute (${reason.message})`,
    };
    crashed = Promise.resolve(fail(stopped.code, stopped.message));
    options.onCrashLoop?.(stopped);
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
    if (stopped) {
      // Asked again after the crash-loop guard stopped (the user's Retry): a fresh worker, a fresh count.
      stopped = null;
      crashTimes = [];
      start();
    }
    lastUrls = urls;
    replacements = [];
    return call((api) =>
      api.loadDefaultDataset(urls, onProgress ? Comlink.proxy(onProgress) : undefined, prepaintLayer),
    );
  };

  /**
   * Sends a replacement, an imported grid by transfer (the caller's arrays are emptied, nothing is copied twice over
   * the boundary); a copy made first is kept, to be sent again after a crash.
   */
  const loadDataset = async (replacement: DatasetReplacement) => {
    const kept = replacement.grid ? structuredClone(replacement) : replacement;
    const loaded = await call((api) =>
      api.loadDataset(replacement.grid ? withTransfer(replacement) : replacement),
    );
    if (loaded.ok) replacements.push(kept);
    return loaded;
  };

  /** The default dataset, then each replacement in order; answers the summary of the dataset now loaded. */
  const reload = async (urls: DefaultDatasetUrls): Promise<Result<DatasetSummary>> => {
    const kept = replacements;
    let summary = await loadDefaultDataset(urls);
    for (const replacement of kept) {
      if (!summary.ok) break;
      const replaced = await loadDataset(replacement);
      summary = replaced.ok ? { ok: true, value: replaced.value.summary } : replaced;
    }
    if (summary.ok && hexagonUnits) summary = await setHexagonUnits(true);
    return summary;
  };

  const setHexagonUnits = async (on: boolean) => {
    const answer = await call((api) => api.setHexagonUnits(on));
    if (answer.ok) hexagonUnits = on;
    return answer;
  };

  const restart = (reason: ResultError) => {
    worker.terminate();
    start();
    const reloaded = lastUrls ? reload(lastUrls) : undefined;
    reloading = reloaded;
    options.onRestart?.(reason, reloaded);
  };

  start();
  type Forwarded = (...args: unknown[]) => Promise<Result<unknown>>;
  /**
   * The live engine's results calls: each answer goes to the receiver of the worker it was asked of as soon as it
   * arrives, also when the caller has moved on or a crash ended the call, so the versions stay in step.
   */
  const resultsCalls = Object.fromEntries(
    RESULTS_CALLS.map((name) => [
      name,
      (...args: unknown[]) => {
        const received = receive;
        const ask = Reflect.get(remote, name) as (...args: unknown[]) => Promise<Result<ResultsAnswer>>;
        return call(() => ask(...args).then(received));
      },
    ]),
  ) as Pick<EngineClient, ResultsCall>;
  /** The calls that do more than forward their arguments; every other name of the API is forwarded as it is. */
  const own: Partial<EngineClient> = {
    ...resultsCalls,
    loadDefaultDataset,
    loadDataset,
    setHexagonUnits,
    /** An imported walking network (copied: the main thread keeps it); snapping progress through a Comlink proxy. */
    useNetwork: (street: StreetNetwork, fileName: string, onProgress?: (fraction: number) => void) =>
      call((api) => api.useNetwork(street, fileName, onProgress ? Comlink.proxy(onProgress) : undefined)),
    suggestSites: async (input: SuggestSitesInput, onProgress?: (progress: SuggestProgress) => void) => {
      suggesting++;
      try {
        await reloading;
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
