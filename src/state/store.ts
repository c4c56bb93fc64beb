/**
 * The app's state as signals. Components read them; the controller and the map adapter write them. The active
 * scenario lives here with its history; the planner controller edits it.
 */
import { type Signal, signal } from '@preact/signals';
import { createHistory, type History } from '../core/commands/history';
import type { Result, ResultError } from '../core/model/result';
import type { Results } from '../core/model/results';
import { defaultScenarioParameters, type Scenario } from '../core/model/scenario';
import type { DatasetSummary } from '../engine/dataset-summary';
import type { LoadStage, PopulationRaster } from '../engine/engine-client';
import { detectLocale, type Locale } from './locale';
import { type PreferenceStorage, readPreference } from './preferences';

export interface LoadProgress {
  /** Overall fraction done, 0–1. */
  fraction: number;
  stage: LoadStage | 'draw';
}

export type NoticeCode = 'worker-restarted';

export type BasemapStatus = 'offline' | 'loading' | 'online' | 'failed';

export interface BasemapState {
  /** Online MapLibre style URL; empty means the offline style. */
  styleUrl: string;
  status: BasemapStatus;
  /** Why the online style failed, in English from MapLibre. */
  failure?: string;
}

export interface AppStore {
  locale: Signal<Locale>;
  progress: Signal<LoadProgress | null>;
  loadError: Signal<ResultError | null>;
  /** A passing message for the user; the UI translates the code. */
  notice: Signal<NoticeCode | null>;
  summary: Signal<DatasetSummary | null>;
  results: Signal<Results | null>;
  /** Population layer drawn on the map, e.g. `total`. */
  populationLayer: Signal<string>;
  raster: Signal<PopulationRaster | null>;
  /** District under the pointer on the map or in the table. */
  hoveredDistrictId: Signal<string | null>;
  basemap: Signal<BasemapState>;
  settingsOpen: Signal<boolean>;
  /** True once the dataset is loaded and drawn (map idle with the grid and districts on it). */
  ready: Signal<boolean>;
  /** The active scenario and its undo/redo stacks; every edit is a committed command (conventions.md § Edits). */
  history: Signal<History>;
  /** Facility type placed by the next click on the map. */
  paletteType: Signal<string>;
  selectedFacilityId: Signal<string | null>;
}

/** Facility type selected in the palette at start (issue 4: a 5-minute community service station). */
export const DEFAULT_PALETTE_TYPE = 'community_service_station';

/** An empty scenario on the default dataset, judged by the default rule set. */
export function emptyScenario(): Scenario {
  return {
    id: 'scenario-1',
    name: 'Scenario 1',
    datasetId: 'wuhan',
    ruleSetId: 'national-2021-2025',
    parameters: defaultScenarioParameters(),
    facilities: [],
  };
}

export function createStore(
  storage: PreferenceStorage | undefined,
  browserLanguages: readonly string[],
): AppStore {
  const styleUrl = readPreference(storage, 'basemapUrl') ?? '';
  return {
    locale: signal(detectLocale(readPreference(storage, 'locale'), browserLanguages)),
    progress: signal({ fraction: 0, stage: 'fetch' }),
    loadError: signal(null),
    notice: signal(null),
    summary: signal(null),
    results: signal(null),
    populationLayer: signal('total'),
    raster: signal(null),
    hoveredDistrictId: signal(null),
    basemap: signal({ styleUrl, status: styleUrl ? 'loading' : 'offline' }),
    settingsOpen: signal(false),
    ready: signal(false),
    history: signal(createHistory(emptyScenario())),
    paletteType: signal(DEFAULT_PALETTE_TYPE),
    selectedFacilityId: signal(null),
  };
}

/** Unwraps a Result into the store's error slot; returns the value or undefined. */
export function valueOrReport<T>(store: AppStore, result: Result<T>): T | undefined {
  if (result.ok) return result.value;
  store.loadError.value = result.error;
  return undefined;
}
