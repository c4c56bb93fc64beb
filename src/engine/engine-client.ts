/**
 * The typed client of the engine worker: creates and wraps it, turns a crash into error values for the calls in
 * flight, and restarts it with the dataset loaded again (conventions.md § Worker boundary).
 */
import * as Comlink from 'comlink';
import type {
  CellSurface,
  CoverageChangeImage,
  DatasetReplaced,
  DatasetReplacement,
  DefaultDatasetUrls,
  EngineApi,
  OverlayImage,
  OverlayRequest,
  PopulationRaster,
  ProgressCallback,
  ScenarioEvaluationInput,
} from '../../workers/engine-api';
import type { EngineOptions, FacilityPatch } from '../core/analysis/engine';
import type { Facility } from '../core/model/facility';
import { fail, type Result, type ResultError } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { DatasetSummary } from '../core/session/dataset-summary';
import { transferListOf } from './transfer';

export type {
  CoverageChangeImage,
  DatasetReplaced,
  DatasetReplacement,
  DefaultDatasetUrls,
  LoadStage,
  OverlayImage,
  OverlayRequest,
  PopulationRaster,
  ProgressCallback,
  ScenarioEvaluationInput,
} from '../../workers/engine-api';

/** What the client needs of a Worker; a MessagePort with `terminate` serves in tests. */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

export interface EngineClientOptions {
  createWorker?: () => WorkerLike;
  /** Called after a crash, once the new worker is up; `reloaded` settles when the dataset is loaded again. */
  onRestart?: (reason: ResultError, reloaded: Promise<Result<DatasetSummary>> | undefined) => void;
}

export interface EngineClient {
  /**
   * Loads the default dataset. `prepaintLayer`, the layer the caller last showed, lets the worker paint the raster
   * the caller will ask for next before answering (see the worker's `loadDefaultDataset`).
   */
  loadDefaultDataset(
    urls: DefaultDatasetUrls,
    onProgress?: ProgressCallback,
    prepaintLayer?: string,
  ): Promise<Result<DatasetSummary>>;
  /** Replaces districts and/or grid with imported ones; the grid's arrays are transferred, not copied. */
  loadDataset(replacement: DatasetReplacement): Promise<Result<DatasetReplaced>>;
  populationRaster(layer: string): Promise<Result<PopulationRaster>>;
  results(): Promise<Result<Results>>;
  /** Replaces every facility (full evaluation); each edit call below returns the results after it. */
  setFacilities(facilities: Facility[]): Promise<Result<Results>>;
  /** A scenario's options and facilities, evaluated in full (switching scenarios, undo, resync). */
  setScenario(facilities: Facility[], options: EngineOptions): Promise<Result<Results>>;
  addFacility(facility: Facility): Promise<Result<Results>>;
  moveFacility(id: string, lon: number, lat: number): Promise<Result<Results>>;
  updateFacility(id: string, patch: FacilityPatch): Promise<Result<Results>>;
  removeFacility(id: string): Promise<Result<Results>>;
  /** Per-cell coverage (0/1) or 2SFCA surface of one facility type, for the map overlays; transferred. */
  cellSurface(type: string, kind: CellSurface['kind']): Promise<Result<CellSurface>>;
  /** Coverage or 2SFCA overlay of one type painted as RGBA in the worker; transferred. */
  overlayImage(request: OverlayRequest): Promise<Result<OverlayImage>>;
  /** Results of any facility list (e.g. a scenario that is not active) from a second engine in the worker. */
  evaluateScenario(facilities: Facility[], options: EngineOptions): Promise<Result<Results>>;
  /** Per-cell coverage (0/1) of one type for any facility list, from the second engine; transferred. */
  coverageMaskFor(facilities: Facility[], type: string, options: EngineOptions): Promise<Result<CellSurface>>;
  /** The delta map of one type between two scenarios, painted in the worker; transferred. */
  coverageChange(
    before: ScenarioEvaluationInput,
    after: ScenarioEvaluationInput,
    type: string,
  ): Promise<Result<CoverageChangeImage>>;
  dispose(): void;
}

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
  let lastUrls: DefaultDatasetUrls | undefined;
  let disposed = false;

  const start = () => {
    const current = createWorker();
    worker = current;
    remote = Comlink.wrap<EngineApi>(current);
    crashed = new Promise((resolve) => {
      current.addEventListener('error', (event) => {
        if (current !== worker || disposed) return;
        event.preventDefault();
        const reason = { code: 'worker-crashed', message: messageOf(event) };
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
  return {
    loadDefaultDataset,
    loadDataset: (replacement) =>
      call((api) =>
        api.loadDataset(
          replacement.grid ? Comlink.transfer(replacement, transferListOf(replacement, 5)) : replacement,
        ),
      ),
    populationRaster: (layer) => call((api) => api.populationRaster(layer)),
    results: () => call((api) => api.results()),
    setFacilities: (facilities) => call((api) => api.setFacilities(facilities)),
    setScenario: (facilities, options) => call((api) => api.setScenario(facilities, options)),
    addFacility: (facility) => call((api) => api.addFacility(facility)),
    moveFacility: (id, lon, lat) => call((api) => api.moveFacility(id, lon, lat)),
    updateFacility: (id, patch) => call((api) => api.updateFacility(id, patch)),
    removeFacility: (id) => call((api) => api.removeFacility(id)),
    cellSurface: (type, kind) => call((api) => api.cellSurface(type, kind)),
    overlayImage: (request) => call((api) => api.overlayImage(request)),
    evaluateScenario: (facilities, options) => call((api) => api.evaluateScenario(facilities, options)),
    coverageMaskFor: (facilities, type, options) =>
      call((api) => api.coverageMaskFor(facilities, type, options)),
    coverageChange: (before, after, type) => call((api) => api.coverageChange(before, after, type)),
    dispose() {
      disposed = true;
      worker.terminate();
    },
  };
}
