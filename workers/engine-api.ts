/**
 * The worker's functions, as plain functions over injected I/O so Node tests can call them directly; the worker
 * file only exposes them through Comlink. The Dataset stays here: only summaries, results and images leave.
 */

import type { EngineOptions, FacilityPatch } from '../src/core/analysis/engine';
import { createEngine, type Engine } from '../src/core/analysis/engine';
import { diffCoverageMasks, sumCoverageChange } from '../src/core/compare/coverage-mask-delta';
import type { Dataset } from '../src/core/model/dataset';
import type { Facility } from '../src/core/model/facility';
import { fail, ok, type Result } from '../src/core/model/result';
import type { Results } from '../src/core/model/results';
import { renderCoverageChange } from '../src/core/render/coverage-change-raster';
import type { RasterImage } from '../src/core/render/population-raster';
import { type DatasetSummary, layerToShow, summarizeDataset } from '../src/core/session/dataset-summary';
import { withTransfer } from '../src/engine/transfer';
import { type DatasetReplaced, type DatasetReplacement, replaceDataset } from './import-dataset';
import {
  createMapPainter,
  type OverlayImage,
  type OverlayRequest,
  type PopulationRaster,
} from './map-painter';

export interface DefaultDatasetUrls {
  adultsTiff: string;
  elderlyTiff: string;
  districtsGeoJson: string;
}

export interface DefaultDatasetFiles {
  adultsTiff: ArrayBuffer;
  elderlyTiff: ArrayBuffer;
  districtsGeoJson: string;
}

/** Stages shown by the progress bar; `fraction` is overall, 0–1. */
export type LoadStage = 'fetch' | 'decode' | 'assign' | 'summarise';
export type ProgressCallback = (fraction: number, stage: LoadStage) => void;

export type BuildDataset = (
  files: DefaultDatasetFiles,
  onProgress?: (fraction: number, stage: string) => void,
) => Promise<Result<Dataset>>;

/** One value per cell (cell order of the dataset's grid). */
export interface CellSurface {
  type: string;
  kind: 'coverage' | 'sfca';
  values: Uint8Array | Float32Array;
}

/** A scenario as the second engine needs it: its facilities and the options it is judged by. */
export interface ScenarioEvaluationInput {
  facilities: Facility[];
  options: EngineOptions;
}

/** The delta map of one facility type between two scenarios (issue 6), with the persons behind it. */
export interface CoverageChangeImage {
  type: string;
  image: RasterImage;
  /** Residents (resident layer) in cells covered only in the second scenario, persons. */
  gainedPopulation: number;
  /** Residents in cells covered only in the first scenario, persons. */
  lostPopulation: number;
}

export interface EngineDependencies {
  fetchBytes(url: string): Promise<ArrayBuffer>;
  buildDataset: BuildDataset;
}

/** Fetch is the first 15% of the bar, building the dataset the next 80%, the summary the rest. */
const FETCH_SHARE = 0.15;
const BUILD_SHARE = 0.8;

function stageOf(loaderStage: string): LoadStage {
  return /assign|district/i.test(loaderStage) ? 'assign' : 'decode';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Puts `facilities` judged by `options` on an engine. Options equal to the last applied (`applied.optionsJson`) are
 * not applied again; when they differ, the engine is emptied first, because `setOptions` re-evaluates every facility
 * it holds and they are all replaced just after. Refused options leave the engine as it was.
 */
function setScenarioOn(
  engine: Engine,
  applied: { optionsJson: string | undefined },
  facilities: Facility[],
  options: EngineOptions,
): Result<void> {
  const optionsJson = JSON.stringify(options);
  if (optionsJson !== applied.optionsJson) {
    const previous = engine.facilities();
    engine.setFacilities([]);
    // A household size left out means the dataset's, not the one applied before.
    const set = engine.setOptions({ householdSize: undefined, ...options });
    if (!set.ok) {
      engine.setFacilities(previous);
      return set;
    }
    applied.optionsJson = optionsJson;
  }
  return engine.setFacilities(facilities);
}

export function createEngineApi(dependencies: EngineDependencies) {
  let dataset: Dataset | undefined;
  let engine: Engine | undefined;
  const painter = createMapPainter();
  // A second engine for scenarios other than the active one, so evaluating them never disturbs the live engine's
  // incremental state. Rebuilt when the dataset changes; options compared as JSON to skip a needless re-evaluation.
  let scratch: { dataset: Dataset; engine: Engine; optionsJson: string | undefined } | undefined;
  /** The options last applied to the live engine, as JSON; reset when a dataset is loaded. */
  const live: { optionsJson: string | undefined } = { optionsJson: undefined };

  const scratchEngine = (input: ScenarioEvaluationInput): Result<Engine> => {
    if (!dataset) return fail('no-dataset', 'No dataset is loaded');
    if (!scratch || scratch.dataset !== dataset) {
      const created = createEngine(dataset, input.options);
      if (!created.ok) return created;
      scratch = { dataset, engine: created.value, optionsJson: JSON.stringify(input.options) };
    }
    const set = setScenarioOn(scratch.engine, scratch, input.facilities, input.options);
    return set.ok ? ok(scratch.engine) : set;
  };

  return {
    /**
     * Fetches the default dataset's files, builds the Dataset (kept in the worker) and returns its summary. With
     * `prepaintLayer` (the layer the caller last showed), the raster the caller will ask for next is painted before
     * answering (`layerToShow`), and the next `populationRaster` call for it returns at once.
     */
    async loadDefaultDataset(
      urls: DefaultDatasetUrls,
      onProgress?: ProgressCallback,
      prepaintLayer?: string,
    ): Promise<Result<DatasetSummary>> {
      let files: DefaultDatasetFiles;
      try {
        onProgress?.(0, 'fetch');
        let fetched = 0;
        const count = async (url: string) => {
          const bytes = await dependencies.fetchBytes(url);
          fetched += 1;
          onProgress?.((FETCH_SHARE * fetched) / 3, 'fetch');
          return bytes;
        };
        const [adultsTiff, elderlyTiff, districts] = await Promise.all([
          count(urls.adultsTiff),
          count(urls.elderlyTiff),
          count(urls.districtsGeoJson),
        ]);
        files = { adultsTiff, elderlyTiff, districtsGeoJson: new TextDecoder().decode(districts) };
      } catch (error) {
        return fail('fetch-failed', messageOf(error));
      }
      try {
        const built = await dependencies.buildDataset(files, (fraction, stage) =>
          onProgress?.(FETCH_SHARE + BUILD_SHARE * fraction, stageOf(stage)),
        );
        if (!built.ok) return built;
        onProgress?.(FETCH_SHARE + BUILD_SHARE, 'summarise');
        const created = createEngine(built.value);
        if (!created.ok) return created;
        dataset = built.value;
        engine = created.value;
        live.optionsJson = undefined;
        const summary = summarizeDataset(dataset);
        if (prepaintLayer !== undefined) {
          painter.prepaint(dataset, layerToShow(summary.layers, summary.residentLayer, prepaintLayer));
        }
        onProgress?.(1, 'summarise');
        return ok(summary);
      } catch (error) {
        return fail('load-failed', messageOf(error));
      }
    },

    /**
     * Replaces the districts and/or the grid with imported ones (issue #5) and starts a new engine with no
     * facilities (the caller sends the scenario's again). On any failure, the dataset and engine are untouched.
     */
    loadDataset(replacement: DatasetReplacement): Result<DatasetReplaced> {
      try {
        const generation = Number(dataset?.id.match(/^import-(\d+)$/)?.[1] ?? 0) + 1;
        const replaced = replaceDataset(dataset, replacement, generation);
        if (!replaced.ok) return replaced;
        const created = createEngine(replaced.value.dataset);
        if (!created.ok) return created;
        dataset = replaced.value.dataset;
        engine = created.value;
        live.optionsJson = undefined;
        return ok({ summary: summarizeDataset(dataset), warnings: replaced.value.warnings });
      } catch (error) {
        return fail('load-failed', messageOf(error));
      }
    },

    /** The layer painted as RGBA with its class ramp; the pixel buffer is transferred, not copied. */
    populationRaster(layer: string): Result<PopulationRaster> {
      if (!dataset) return fail('no-dataset', 'No dataset is loaded');
      const raster = painter.populationRaster(dataset, layer);
      return raster.ok ? withTransfer(raster) : raster;
    },

    /** Per-district figures of the current facilities, from the analysis engine (model/results.ts). */
    results(): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      return ok(engine.results());
    },

    /** Replaces every facility (a full evaluation) and returns the new results. */
    setFacilities(facilities: Facility[]): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const set = engine.setFacilities(facilities);
      return set.ok ? ok(engine.results()) : set;
    },

    /**
     * Judges by a scenario's options (rule set, household size, thresholds, coverage method) and evaluates its
     * facilities in full: what switching scenarios, undo across scenarios and resyncs send. Options equal to the
     * current ones are not applied again (applying rebuilds the engine's state).
     */
    setScenario(facilities: Facility[], options: EngineOptions): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const set = setScenarioOn(engine, live, facilities, options);
      return set.ok ? ok(engine.results()) : set;
    },

    /** Adds one facility incrementally and returns the new results. */
    addFacility(facility: Facility): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const added = engine.addFacility(facility);
      return added.ok ? ok(engine.results()) : added;
    },

    /** Moves one facility to (lon, lat), WGS 84 degrees, incrementally; called for every frame of a drag. */
    moveFacility(id: string, lon: number, lat: number): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const moved = engine.moveFacility(id, lon, lat);
      return moved.ok ? ok(engine.results()) : moved;
    },

    /** Changes any fields of one facility but its id, incrementally. */
    updateFacility(id: string, patch: FacilityPatch): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const updated = engine.updateFacility(id, patch);
      return updated.ok ? ok(engine.results()) : updated;
    },

    /**
     * A per-cell surface of one facility type for the map overlays: `coverage` (1 where some facility of the type
     * reaches the cell centre) or `sfca` (100 × A_i, m² per 100 households reachable). Transferred, not copied.
     */
    cellSurface(type: string, kind: 'coverage' | 'sfca'): Result<CellSurface> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const values = kind === 'coverage' ? engine.coverageMask(type) : engine.sfcaSurface(type);
      return withTransfer(ok({ type, kind, values }));
    },

    /** Results of any facility list under `options`, from a second engine; the live engine is not touched. */
    evaluateScenario(facilities: Facility[], options: EngineOptions): Result<Results> {
      const engine2 = scratchEngine({ facilities, options });
      return engine2.ok ? ok(engine2.value.results()) : engine2;
    },

    /** Per-cell coverage (0/1) of one type for any facility list, from the second engine; transferred. */
    coverageMaskFor(facilities: Facility[], type: string, options: EngineOptions): Result<CellSurface> {
      const engine2 = scratchEngine({ facilities, options });
      if (!engine2.ok) return engine2;
      return withTransfer(ok({ type, kind: 'coverage' as const, values: engine2.value.coverageMask(type) }));
    },

    /**
     * The delta map of `type` from scenario `before` to `after`, painted in the worker (gained green, lost purple, kept
     * grey) with the residents gained and lost; the image is transferred.
     */
    coverageChange(
      before: ScenarioEvaluationInput,
      after: ScenarioEvaluationInput,
      type: string,
    ): Result<CoverageChangeImage> {
      if (!dataset) return fail('no-dataset', 'No dataset is loaded');
      const layout = painter.layoutOf(dataset);
      if (!layout) return fail('not-a-raster', 'The grid has no cells to draw');
      const first = scratchEngine(before);
      if (!first.ok) return first;
      const beforeMask = first.value.coverageMask(type);
      const second = scratchEngine(after);
      if (!second.ok) return second;
      const afterMask = second.value.coverageMask(type);
      const delta = diffCoverageMasks(beforeMask, afterMask);
      if (!delta.ok) return delta;
      const population = dataset.grid.layers[dataset.residentLayer] ?? new Float32Array(0);
      const totals = sumCoverageChange(delta.value, population);
      const image = renderCoverageChange(beforeMask, afterMask, layout);
      return withTransfer(ok({ type, image, ...totals }));
    },

    /**
     * The coverage or 2SFCA surface of one type painted as RGBA in the worker, so the main thread only uploads it;
     * the pixel buffer is transferred.
     */
    overlayImage(request: OverlayRequest): Result<OverlayImage> {
      if (!engine || !dataset) return fail('no-dataset', 'No dataset is loaded');
      const surface =
        request.kind === 'coverage' ? engine.coverageMask(request.type) : engine.sfcaSurface(request.type);
      const painted = painter.overlayImage(dataset, surface, request);
      return painted.ok && (painted.value.image || painted.value.base) ? withTransfer(painted) : painted;
    },

    /** Removes one facility incrementally. */
    removeFacility(id: string): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const removed = engine.removeFacility(id);
      return removed.ok ? ok(engine.results()) : removed;
    },
  };
}

export type { DatasetReplaced, DatasetReplacement } from './import-dataset';
export type { OverlayImage, OverlayRequest, PopulationRaster } from './map-painter';
export type EngineApi = ReturnType<typeof createEngineApi>;
