/**
 * The worker's functions, as plain functions over injected I/O so Node tests can call them directly; the worker
 * file only exposes them through Comlink. The Dataset stays here: only summaries, results and images leave.
 */

import type { FacilityPatch } from '../src/core/analysis/engine';
import { createEngine, type Engine } from '../src/core/analysis/engine';
import type { Dataset } from '../src/core/model/dataset';
import type { Facility } from '../src/core/model/facility';
import { fail, ok, type Result } from '../src/core/model/result';
import type { Results } from '../src/core/model/results';
import { type DatasetSummary, summarizeDataset } from '../src/engine/dataset-summary';
import { withTransfer } from '../src/engine/transfer';
import { buildClassRamp, type ClassRamp } from '../src/map/render-model/colour-ramp';
import { type RasterImage, renderPopulationRaster } from '../src/map/render-model/population-raster';

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

export interface PopulationRaster {
  layer: string;
  image: RasterImage;
  ramp: ClassRamp;
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

export function createEngineApi(dependencies: EngineDependencies) {
  let dataset: Dataset | undefined;
  let engine: Engine | undefined;
  const ramps = new Map<string, ClassRamp>();

  return {
    /** Fetches the default dataset's files, builds the Dataset (kept in the worker) and returns its summary. */
    async loadDefaultDataset(
      urls: DefaultDatasetUrls,
      onProgress?: ProgressCallback,
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
        ramps.clear();
        const summary = summarizeDataset(dataset);
        onProgress?.(1, 'summarise');
        return ok(summary);
      } catch (error) {
        return fail('load-failed', messageOf(error));
      }
    },

    /** The layer painted as RGBA with its class ramp; the pixel buffer is transferred, not copied. */
    populationRaster(layer: string): Result<PopulationRaster> {
      if (!dataset) return fail('no-dataset', 'No dataset is loaded');
      const values = dataset.grid.layers[layer];
      if (!values) return fail('unknown-layer', `The dataset has no layer "${layer}"`);
      if (!dataset.grid.raster) return fail('not-a-raster', 'The grid has no raster layout to draw');
      let ramp = ramps.get(layer);
      if (!ramp) {
        ramp = buildClassRamp(values);
        ramps.set(layer, ramp);
      }
      const image = renderPopulationRaster(values, dataset.grid.raster, ramp);
      return withTransfer(ok({ layer, image, ramp }));
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

    /** Removes one facility incrementally. */
    removeFacility(id: string): Result<Results> {
      if (!engine) return fail('no-dataset', 'No dataset is loaded');
      const removed = engine.removeFacility(id);
      return removed.ok ? ok(engine.results()) : removed;
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
