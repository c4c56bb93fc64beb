/** The actions the UI calls: load the dataset, switch layer, language and basemap. */
import { batch } from '@preact/signals';
import type { Locale } from '../core/model/locale';
import type { Result } from '../core/model/result';
import { type DatasetSummary, layerToShow } from '../core/session/dataset-summary';
import type { DefaultDatasetUrls, EngineClient } from '../engine/engine-client';
import { type PreferenceStorage, writePreference } from './preferences';
import { type AppStore, valueOrReport } from './store';

export interface AppController {
  load(): Promise<void>;
  setPopulationLayer(layer: string): Promise<void>;
  setLocale(locale: Locale): void;
  setBasemapUrl(styleUrl: string): void;
  /**
   * Shows a dataset the engine worker already holds (an import, issue #5): its summary, the layer's raster and the
   * results, in one batch like `load`. A grid without raster layout (CSV, H3) is drawn on a display layout of its own.
   */
  installDataset(summary: DatasetSummary): Promise<void>;
  /**
   * Called by the engine client after it restarted a crashed worker; `quiet` for a restart the user asked for (a
   * cancelled site suggestion), which shows no notice.
   */
  workerRestarted(reloaded: Promise<unknown> | undefined, quiet?: boolean): Promise<void>;
}

export function createAppController(
  store: AppStore,
  engine: EngineClient,
  urls: DefaultDatasetUrls,
  storage: PreferenceStorage | undefined,
): AppController {
  // "Latest wins": a slow raster for a layer the user already left is dropped.
  let rasterGeneration = 0;

  const requestLayer = async (layer: string) => {
    const generation = ++rasterGeneration;
    const raster = await engine.populationRaster(layer);
    return generation === rasterGeneration ? raster : undefined;
  };

  const drawLayer = async (layer: string) => {
    const raster = await requestLayer(layer);
    const value = raster && valueOrReport(store, raster);
    if (!value) return;
    performance.mark('lifecircle:raster-received');
    store.raster.value = value;
  };

  const load = async () => {
    store.loadError.value = null;
    store.ready.value = false;
    store.progress.value = { fraction: 0, stage: 'fetch' };
    const loaded = await engine.loadDefaultDataset(
      urls,
      (fraction, stage) => {
        const previous = store.progress.value;
        if (!previous || previous.stage === 'draw') return;
        if (previous.stage !== stage) performance.mark(`lifecircle:stage-${stage}`);
        store.progress.value = { fraction, stage };
      },
      store.populationLayer.peek(),
    );
    const summary = valueOrReport(store, loaded);
    if (!summary) {
      store.progress.value = null;
      return;
    }
    performance.mark('lifecircle:dataset-loaded');
    store.progress.value = { fraction: 1, stage: 'draw' };
    const layer = layerToShow(summary.layers, summary.residentLayer, store.populationLayer.peek());
    const [raster, results] = await Promise.all([requestLayer(layer), engine.results()]);
    performance.mark('lifecircle:raster-received');
    // One batch: panel, districts and grid appear together, so the map draws the new data in one go.
    batch(() => {
      store.populationLayer.value = layer;
      store.summary.value = summary;
      const resultsValue = valueOrReport(store, results);
      if (resultsValue) store.results.value = resultsValue;
      const rasterValue = raster && valueOrReport(store, raster);
      if (rasterValue) store.raster.value = rasterValue;
    });
  };

  const installDataset = async (summary: DatasetSummary) => {
    const layer = layerToShow(summary.layers, summary.residentLayer, store.populationLayer.peek());
    const [raster, results] = await Promise.all([requestLayer(layer), engine.results()]);
    batch(() => {
      store.populationLayer.value = layer;
      store.summary.value = summary;
      if (results.ok) store.results.value = results.value;
      if (raster) store.raster.value = raster.ok ? raster.value : null;
    });
  };

  return {
    load,
    installDataset,
    async setPopulationLayer(layer) {
      store.populationLayer.value = layer;
      await drawLayer(layer);
    },
    setLocale(locale) {
      store.locale.value = locale;
      writePreference(storage, 'locale', locale);
      document.documentElement.lang = locale;
    },
    setBasemapUrl(styleUrl) {
      const trimmed = styleUrl.trim();
      writePreference(storage, 'basemapUrl', trimmed);
      store.basemap.value = { styleUrl: trimmed, status: trimmed ? 'loading' : 'offline' };
    },
    async workerRestarted(reloaded, quiet = false) {
      if (!quiet) store.notice.value = 'worker-restarted';
      const summary = (await reloaded) as Result<DatasetSummary> | undefined;
      // The engine client loads the imported dataset again after the default one, so this is normally the dataset
      // on screen; if a replay failed it is another one: show that, so the map and panel match what the engine
      // computes.
      const shown = store.summary.peek();
      if (summary?.ok && shown && summary.value.id !== shown.id) {
        await installDataset(summary.value);
        return;
      }
      await drawLayer(store.populationLayer.value);
    },
  };
}
