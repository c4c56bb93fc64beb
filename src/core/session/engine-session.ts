/**
 * What the engine worker holds between calls, as plain functions over injected I/O so Node tests call them directly:
 * the dataset, the live engine (edited incrementally), a second engine for other scenarios, and the map painter. The
 * Dataset stays here: only summaries, results and images leave. workers/engine-api.ts adapts it to messages.
 */
import type { FacilityPatch } from '../analysis/engine';
import { createEngine, type Engine } from '../analysis/engine';
import { type ScenarioOptions, withoutDistance } from '../analysis/scenario-options';
import { HEXAGON_LEVEL_ID } from '../geo/hexagon-units';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { fail, ok, type Result } from '../model/result';
import type { Results } from '../model/results';
import type { StreetNetwork } from '../network/street-network';
import {
  createMapPainter,
  type OverlayImage,
  type OverlayRequest,
  type PopulationRaster,
} from '../render/map-painter';
import { type AppliedOptions, applyScenario } from './apply-scenario';
import { type CoverageChangeImage, coverageChangeImage } from './coverage-change';
import { type DatasetSummary, layerToShow, summarizeDataset } from './dataset-summary';
import {
  type DefaultDatasetFiles,
  type DefaultDatasetUrls,
  type FetchBytes,
  fetchDefaultDatasetFiles,
} from './default-dataset-files';
import { createHexagonLevelCache, withHexagonLevel, withoutHexagonLevel } from './hexagon-level';
import {
  BUILD_SHARE,
  buildFraction,
  FETCH_SHARE,
  type ProgressCallback,
  stageOfBuilder,
} from './load-progress';
import { type DatasetReplaced, type DatasetReplacement, replaceDataset } from './replace-dataset';
import { createScenarioEngine, type ScenarioEvaluationInput } from './scenario-engine';
import { createSuggestRunner, type LoadCoverageSolver } from './suggest-session';
import { createWalkingNetwork, type NetworkStatus } from './walking-network';

/** Builds the Dataset from the fetched files; `onProgress` gets the builder's fraction (0–1) and a stage name. */
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

/** The I/O the session needs: reading bytes by URL and building the default dataset from its files. */
export interface EngineDependencies {
  fetchBytes: FetchBytes;
  buildDataset: BuildDataset;
  /** Loads the exact solver of site suggestion (HiGHS wasm in the worker); without it no exact answer is computed. */
  loadCoverageSolver?: LoadCoverageSolver;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const NO_DATASET = () => fail('no-dataset', 'No dataset is loaded');

/**
 * The engine worker's state and functions; every answer is a `Result` (errors as values with a code). Two live
 * engines over the one dataset: straight-line (made with the dataset) and walking network (made on the first
 * scenario in network mode, once the network is loaded); the scenario's distance mode picks the one edited.
 */
export function createEngineSession(dependencies: EngineDependencies) {
  let dataset: Dataset | undefined;
  let straight: Engine | undefined;
  let walking: Engine | undefined;
  /** The live engine: `straight` or `walking`, as the last scenario's distance mode said. */
  let engine: Engine | undefined;
  const painter = createMapPainter();
  const scenarioEngine = createScenarioEngine();
  const walkingScenarioEngine = createScenarioEngine();
  const network = createWalkingNetwork(dependencies.fetchBytes, () => dataset);
  /** The options last applied to each live engine; reset when it is made. */
  const appliedStraight: AppliedOptions = { optionsJson: undefined };
  const appliedWalking: AppliedOptions = { optionsJson: undefined };
  /** The planner's choice of generated hexagon units: kept across dataset loads, applied to each dataset loaded. */
  let hexagonUnits = false;
  const hexagonLevelOf = createHexagonLevelCache();

  const use = (next: Dataset, created: Engine) => {
    dataset = next;
    straight = created;
    engine = created;
    walking = undefined;
    appliedStraight.optionsJson = undefined;
  };
  /** Results of an engine; a network engine's with the population on the network and off-network facilities. */
  const resultsOf = (current: Engine): Results => {
    const results = current.results();
    return results.method.distance === 'network' ? network.decorate(results, current.facilities()) : results;
  };
  const edited = (edit: (current: Engine) => Result<unknown>): Result<Results> => {
    if (!engine) return NO_DATASET();
    const done = edit(engine);
    return done.ok ? ok(resultsOf(engine)) : done;
  };
  /** Makes the engine of `options.distance` live (the walking one is built on first use). */
  const engineFor = (options: ScenarioOptions): Result<{ engine: Engine; applied: AppliedOptions }> => {
    if (!straight) return NO_DATASET();
    if (options.distance !== 'network') return ok({ engine: straight, applied: appliedStraight });
    if (!walking) {
      const created = network.createEngine(withoutDistance(options));
      if (!created.ok) return created;
      walking = created.value;
      appliedWalking.optionsJson = undefined;
    }
    return ok({ engine: walking, applied: appliedWalking });
  };
  const scratchEngine = (input: ScenarioEvaluationInput): Result<Engine> => {
    if (!dataset) return NO_DATASET();
    const plain = { facilities: input.facilities, options: withoutDistance(input.options) };
    if (input.options.distance !== 'network') return scenarioEngine(dataset, plain);
    const provider = network.provider();
    return provider
      ? walkingScenarioEngine(dataset, plain, provider)
      : fail('network-not-ready', 'The walking network is not loaded yet');
  };

  return {
    /**
     * Fetches the default dataset's files, builds the Dataset (kept here) and returns its summary. With
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
        files = await fetchDefaultDatasetFiles(urls, dependencies.fetchBytes, onProgress);
      } catch (error) {
        return fail('fetch-failed', messageOf(error));
      }
      try {
        const built = await dependencies.buildDataset(files, (fraction, stage) =>
          onProgress?.(buildFraction(fraction), stageOfBuilder(stage)),
        );
        if (!built.ok) return built;
        onProgress?.(FETCH_SHARE + BUILD_SHARE, 'summarise');
        const loaded = withHexagonLevel(built.value, hexagonUnits, hexagonLevelOf);
        const created = createEngine(loaded);
        if (!created.ok) return created;
        use(loaded, created.value);
        const summary = summarizeDataset(loaded);
        if (prepaintLayer !== undefined) {
          painter.prepaint(loaded, layerToShow(summary.layers, summary.residentLayer, prepaintLayer));
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
        // The hexagons are generated over the new grid, never carried over from the old one.
        const current = dataset && withoutHexagonLevel(dataset);
        const replaced = replaceDataset(current, replacement, generation);
        if (!replaced.ok) return replaced;
        const loaded = withHexagonLevel(replaced.value.dataset, hexagonUnits, hexagonLevelOf);
        const created = createEngine(loaded);
        if (!created.ok) return created;
        use(loaded, created.value);
        return ok({ summary: summarizeDataset(loaded), warnings: replaced.value.warnings });
      } catch (error) {
        return fail('load-failed', messageOf(error));
      }
    },

    /**
     * Adds (`on`) or removes the generated H3 hexagon level (`HEXAGON_LEVEL_ID`, labelled generated) over the
     * dataset as its finest level, and keeps the choice for every dataset loaded later. A change starts a new engine
     * with no facilities (the caller sends the scenario again, as after `loadDataset`); the dataset's id is kept.
     * Answers the new summary. Costs the generation once per grid (≈ 0.25–0.4 s on Wuhan) plus the engine's set-up.
     */
    setHexagonUnits(on: boolean): Result<DatasetSummary> {
      if (!dataset) return NO_DATASET();
      hexagonUnits = on;
      const present = (dataset.levels ?? []).some((level) => level.id === HEXAGON_LEVEL_ID);
      if (present === on) return ok(summarizeDataset(dataset));
      const next = withHexagonLevel(dataset, on, hexagonLevelOf);
      try {
        const created = createEngine(next);
        if (!created.ok) return created;
        use(next, created.value);
        return ok(summarizeDataset(next));
      } catch (error) {
        return fail('load-failed', messageOf(error));
      }
    },

    /** The layer painted as RGBA with its class ramp. */
    populationRaster(layer: string): Result<PopulationRaster> {
      return dataset ? painter.populationRaster(dataset, layer) : NO_DATASET();
    },

    /** Per-district figures of the current facilities, from the analysis engine (model/results.ts). */
    results(): Result<Results> {
      return edited(() => ok(undefined));
    },

    /** Replaces every facility (a full evaluation) and returns the new results. */
    setFacilities(facilities: Facility[]): Result<Results> {
      return edited((current) => current.setFacilities(facilities));
    },

    /**
     * Judges by a scenario's options (rule set, household size, thresholds, coverage method) and evaluates its
     * facilities in full: what switching scenarios, undo across scenarios and resyncs send. Options equal to the
     * current ones are not applied again (applying rebuilds the engine's state).
     */
    setScenario(facilities: Facility[], options: ScenarioOptions): Result<Results> {
      const chosen = engineFor(options);
      if (!chosen.ok) return chosen;
      const applied = applyScenario(
        chosen.value.engine,
        chosen.value.applied,
        facilities,
        withoutDistance(options),
      );
      if (!applied.ok) return applied;
      engine = chosen.value.engine;
      return ok(resultsOf(engine));
    },

    /**
     * Fetches the prepared walking network at `url` (the default `data/wuhan-streets.lcnet`) and snaps the dataset's
     * cells to it; called after the dataset is loaded, so the start-up never waits for it.
     */
    loadNetwork(url: string): Promise<Result<NetworkStatus>> {
      return network.load(url);
    },

    /**
     * Replaces the walking network by one the user imported (issue 13), named `fileName` in the interface: the
     * dataset's cells are snapped to it first, and a network reaching no cell is refused (`network-no-overlap`)
     * with the network in use kept; `onProgress` gets the fraction of cells snapped. The network engine is rebuilt on
     * the next scenario in network mode.
     */
    useNetwork(
      street: StreetNetwork,
      fileName: string,
      onProgress?: (fraction: number) => void,
    ): Result<NetworkStatus> {
      const adopted = network.adopt(street, fileName, onProgress);
      if (adopted.ok) walking = undefined;
      return adopted;
    },

    /** Whether the walking network is loading, ready (counts, extent, population on it) or failed. */
    networkStatus(): Result<NetworkStatus> {
      return ok(network.status());
    },

    /** The streets a facility at (lon, lat) reaches within `radiusMeters` along the network, for drawing. */
    reachedStreets(lon: number, lat: number, radiusMeters: number): Result<{ segments: Float64Array }> {
      return network.reachedStreets(lon, lat, radiusMeters);
    },

    /**
     * Site suggestion (issue 14) on the dataset with the given scenario's facilities fixed, in its distance mode
     * (suggest-session.ts); progress through `onProgress` (a Comlink proxy from the main thread).
     */
    suggestSites: createSuggestRunner(
      () => dataset,
      () => network.provider(),
      dependencies.loadCoverageSolver,
    ),

    /** Adds one facility incrementally and returns the new results. */
    addFacility(facility: Facility): Result<Results> {
      return edited((current) => current.addFacility(facility));
    },

    /** Moves one facility to (lon, lat), WGS 84 degrees, incrementally; called for every frame of a drag. */
    moveFacility(id: string, lon: number, lat: number): Result<Results> {
      return edited((current) => current.moveFacility(id, lon, lat));
    },

    /** Changes any fields of one facility but its id, incrementally. */
    updateFacility(id: string, patch: FacilityPatch): Result<Results> {
      return edited((current) => current.updateFacility(id, patch));
    },

    /** Removes one facility incrementally. */
    removeFacility(id: string): Result<Results> {
      return edited((current) => current.removeFacility(id));
    },

    /**
     * A per-cell surface of one facility type for the map overlays: `coverage` (1 where some facility of the type
     * reaches the cell centre) or `sfca` (100 × A_i, m² per 100 households reachable).
     */
    cellSurface(type: string, kind: 'coverage' | 'sfca'): Result<CellSurface> {
      if (!engine) return NO_DATASET();
      const values = kind === 'coverage' ? engine.coverageMask(type) : engine.sfcaSurface(type);
      return ok({ type, kind, values });
    },

    /** Results of any facility list under `options`, from the second engine; the live engine is not touched. */
    evaluateScenario(facilities: Facility[], options: ScenarioOptions): Result<Results> {
      const engine2 = scratchEngine({ facilities, options });
      return engine2.ok ? ok(resultsOf(engine2.value)) : engine2;
    },

    /** Per-cell coverage (0/1) of one type for any facility list, from the second engine. */
    coverageMaskFor(facilities: Facility[], type: string, options: ScenarioOptions): Result<CellSurface> {
      const engine2 = scratchEngine({ facilities, options });
      if (!engine2.ok) return engine2;
      return ok({ type, kind: 'coverage' as const, values: engine2.value.coverageMask(type) });
    },

    /** The delta map of `type` from scenario `before` to `after` ({@link coverageChangeImage}). */
    coverageChange(
      before: ScenarioEvaluationInput,
      after: ScenarioEvaluationInput,
      type: string,
    ): Result<CoverageChangeImage> {
      if (!dataset) return NO_DATASET();
      const layout = painter.layoutOf(dataset);
      if (!layout) return fail('not-a-raster', 'The grid has no cells to draw');
      const first = scratchEngine(before);
      if (!first.ok) return first;
      const beforeMask = first.value.coverageMask(type);
      const second = scratchEngine(after);
      if (!second.ok) return second;
      return coverageChangeImage(dataset, layout, type, beforeMask, second.value.coverageMask(type));
    },

    /** The coverage or 2SFCA surface of one type painted as RGBA, so the main thread only uploads it. */
    overlayImage(request: OverlayRequest): Result<OverlayImage> {
      if (!engine || !dataset) return NO_DATASET();
      const surface =
        request.kind === 'coverage' ? engine.coverageMask(request.type) : engine.sfcaSurface(request.type);
      return painter.overlayImage(dataset, surface, request);
    },
  };
}

export type { OverlayImage, OverlayRequest, PopulationRaster } from '../render/map-painter';
export type { CoverageChangeImage } from './coverage-change';
export type { DefaultDatasetFiles, DefaultDatasetUrls } from './default-dataset-files';
export type { LoadStage, ProgressCallback } from './load-progress';
export type { DatasetReplaced, DatasetReplacement } from './replace-dataset';
export type { ScenarioEvaluationInput } from './scenario-engine';
export type { NetworkStatus } from './walking-network';
