/**
 * The app's state as signals. Components read them; the controller and the map adapter write them. The active
 * scenario lives here with its history; the planner controller edits it.
 */
import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { resultsAtLevel } from '../core/io/level-results';
import { DEFAULT_DATASET_ID } from '../core/model/dataset';
import type { Locale } from '../core/model/locale';
import type { Result, ResultError } from '../core/model/result';
import type { Results } from '../core/model/results';
import { defaultScenarioParameters, type Scenario } from '../core/model/scenario';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { QuarantinedItem } from '../core/scenarios/salvage-scenario-list';
import type { ScenarioContent } from '../core/scenarios/scenario-commands';
import { activeScenario, createScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory, type ScenarioListHistory } from '../core/scenarios/scenario-list-history';
import type { DatasetSummary } from '../core/session/dataset-summary';
import type { NetworkStatus } from '../core/session/walking-network';
import type { CoverageChangeImage, LoadStage, OverlayImage, PopulationRaster } from '../engine/engine-client';
import type { AutosaveFailure } from './autosave-record';
import { detectLocale } from './locale';
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
  /** An edit the core or the engine refused (nothing changed); shown as a dismissible notice, not a load failure. */
  editError: Signal<ResultError | null>;
  /** A passing message for the user; the UI translates the code. */
  notice: Signal<NoticeCode | null>;
  summary: Signal<DatasetSummary | null>;
  results: Signal<Results | null>;
  /** Population layer drawn on the map, e.g. `total`. */
  populationLayer: Signal<string>;
  raster: Signal<PopulationRaster | null>;
  /**
   * Unit level the table, chart, district colouring, popups and outlines show (issue 12): `districts`
   * (`DISTRICT_LEVEL_ID`) or the id of a level of the summary. Reset to `districts` when a new summary lacks it.
   */
  unitLevelId: Signal<string>;
  /**
   * The results seen from the chosen level (`resultsAtLevel`: its units in place of `districts`), or the results
   * themselves at the districts or while the level is absent from them (e.g. between a dataset change and the reset).
   */
  levelResults: ReadonlySignal<Results | null>;
  /**
   * Generated H3 hexagon units (issue 12): `on` is the planner's choice, kept as a preference (`hexagonUnits`);
   * `busy` while the engine adds or removes the level (≈ 0.5–1 s on Wuhan).
   */
  hexagonUnits: Signal<{ on: boolean; busy: boolean }>;
  /** District (or unit of the chosen level) under the pointer on the map or in the table. */
  hoveredDistrictId: Signal<string | null>;
  basemap: Signal<BasemapState>;
  settingsOpen: Signal<boolean>;
  /** True once the dataset is loaded and drawn (map idle with the grid and districts on it). */
  ready: Signal<boolean>;
  /**
   * The scenarios and one undo/redo history over them: every edit, of a facility or of the list, is a committed
   * command (conventions.md § Edits). Write it only through the planner and scenario controllers.
   */
  scenarios: Signal<ScenarioListHistory>;
  /** The scenario on screen (the list's active one). */
  activeScenario: ReadonlySignal<Scenario>;
  /** Facility type placed by the next click on the map. */
  paletteType: Signal<string>;
  selectedFacilityId: Signal<string | null>;
  /** Analysis view (issue 4 "On the map"): cell overlay drawn over the grid. */
  overlayKind: Signal<OverlayChoice>;
  /** Facility type of the overlay; null follows the palette's type. */
  overlayType: Signal<string | null>;
  /** The painted overlay of the latest results, or null when none is drawn. */
  overlayImage: Signal<OverlayImage | null>;
  /** How districts are coloured by the selected indicator. */
  choroplethMode: Signal<ChoroplethChoice>;
  /** Rule-set indicator shown on the map and in the chart; null means the rule set's first. */
  indicatorId: Signal<string | null>;
  /** Which meeting-room view covers the planner (issue 6): none, the comparison, or the printable report. */
  meetingView: Signal<'none' | 'compare' | 'report'>;
  /** The delta map of the comparison, or null when none is drawn. */
  deltaImage: Signal<CoverageChangeImage | null>;
  /** Presentation mode's slide index, or null when not presenting. */
  presentationSlide: Signal<number | null>;
  /** What became of a share link opened at start: the scenario added, or why it was refused. */
  shareLinkOutcome: Signal<{ added: string } | { error: ResultError } | null>;
  /** The scenario of a share link opened at start, waiting for the user to add or ignore it (issue 15), or null. */
  shareLinkOffer: Signal<ScenarioContent | null>;
  /** Why the last autosave read or write failed (shown as a notice; work goes on unsaved), or null. */
  autosaveFailure: Signal<AutosaveFailure | null>;
  /** Stored scenarios or facilities restore refused and kept aside (offered as a download), or null. */
  autosaveQuarantine: Signal<QuarantinedItem[] | null>;
  /** The format version of a stored record this version cannot read: it is kept untouched and nothing is saved. */
  autosaveForeignVersion: Signal<string | null>;
  /**
   * Whether this tab owns writing the saved work (tab-coordination.ts): a `reader` tab refuses edits
   * (`tab-read-only`) and follows the writer tab; `writer` when the tab is alone.
   */
  tabRole: Signal<'writer' | 'reader'>;
  /** A facility being dragged: where it is drawn now (not committed until release), or null. */
  facilityDrag: Signal<FacilityDragPreview | null>;
  /** The walking network in the engine worker (issue 13): none asked yet, loading, ready or failed. */
  network: Signal<NetworkStatus>;
  /** The streets the selected or dragged facility reaches in network mode, or null when none is drawn. */
  networkCatchment: Signal<NetworkCatchment | null>;
}

/**
 * Reached streets of one facility: segments [lon₀, lat₀, lon₁, lat₁], WGS 84 degrees, from the facility at
 * (lon, lat), the position they were computed for (during a drag, where the facility is drawn with them).
 */
export interface NetworkCatchment {
  facilityId: string;
  lon: number;
  lat: number;
  segments: Float64Array;
}

/** The position of a facility under the pointer during a drag, WGS 84 degrees. */
export interface FacilityDragPreview {
  id: string;
  lon: number;
  lat: number;
}

/** Cell overlay on the grid: none, coverage of a type (covered / not covered), or its 2SFCA surface. */
export type OverlayChoice = 'none' | 'coverage' | 'sfca';
/** District colouring: none, pass/fail, or the value in classes around the threshold. */
export type ChoroplethChoice = 'none' | 'pass' | 'value';

/** Preference key of the generated hexagon units' switch (`on` or absent). */
export const HEXAGON_UNITS_PREFERENCE = 'hexagonUnits';

/** Facility type selected in the palette at start (issue 4: a 5-minute community service station). */
const DEFAULT_PALETTE_TYPE = 'community_service_station';

/** The name of the n-th new scenario in the UI language. */
export function scenarioName(locale: Locale, ordinal: number): string {
  return locale === 'en' ? `Scenario ${ordinal}` : `方案 ${ordinal}`;
}

/** An empty scenario on the default dataset, judged by the default rule set. */
export function emptyScenario(locale: Locale = 'zh-CN'): Scenario {
  return {
    id: 'scenario-1',
    name: scenarioName(locale, 1),
    datasetId: DEFAULT_DATASET_ID,
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
  const locale = detectLocale(readPreference(storage, 'locale'), browserLanguages);
  const scenarios = signal(createScenarioListHistory(createScenarioList(emptyScenario(locale))));
  const results = signal<Results | null>(null);
  const unitLevelId = signal<string>(DISTRICT_LEVEL_ID);
  return {
    locale: signal(locale),
    progress: signal({ fraction: 0, stage: 'fetch' }),
    loadError: signal(null),
    editError: signal(null),
    notice: signal(null),
    summary: signal(null),
    results,
    unitLevelId,
    levelResults: computed(() => {
      const value = results.value;
      return value ? (resultsAtLevel(value, unitLevelId.value) ?? value) : null;
    }),
    hexagonUnits: signal({ on: readPreference(storage, HEXAGON_UNITS_PREFERENCE) === 'on', busy: false }),
    populationLayer: signal('total'),
    raster: signal(null),
    hoveredDistrictId: signal(null),
    basemap: signal({ styleUrl, status: styleUrl ? 'loading' : 'offline' }),
    settingsOpen: signal(false),
    ready: signal(false),
    scenarios,
    activeScenario: computed(() => activeScenario(scenarios.value.list)),
    paletteType: signal(DEFAULT_PALETTE_TYPE),
    selectedFacilityId: signal(null),
    overlayKind: signal('none'),
    overlayType: signal(null),
    overlayImage: signal(null),
    choroplethMode: signal('pass'),
    indicatorId: signal(null),
    meetingView: signal('none'),
    deltaImage: signal(null),
    presentationSlide: signal(null),
    shareLinkOutcome: signal(null),
    shareLinkOffer: signal(null),
    autosaveFailure: signal(null),
    autosaveQuarantine: signal(null),
    autosaveForeignVersion: signal(null),
    tabRole: signal('writer'),
    facilityDrag: signal(null),
    network: signal({ status: 'none' }),
    networkCatchment: signal(null),
  };
}

/** Unwraps a Result of an edit; a refusal goes to `editError` (nothing changed). Returns the value or undefined. */
export function valueOrRefuse<T>(store: AppStore, result: Result<T>): T | undefined {
  if (result.ok) return result.value;
  store.editError.value = result.error;
  return undefined;
}

/** Unwraps a Result into the store's load-error slot; returns the value or undefined. */
export function valueOrReport<T>(store: AppStore, result: Result<T>): T | undefined {
  if (result.ok) return result.value;
  store.loadError.value = result.error;
  return undefined;
}
