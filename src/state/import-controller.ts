/**
 * Import of user files (issue #5): inspect the dropped or picked files in the import worker, let the user confirm
 * what cannot be known from the bytes, import with progress and Cancel, then apply — districts and/or grid replace
 * the dataset in the engine worker, facilities and scenario files become new scenarios. Any failure leaves the
 * dataset, the scenarios and the results exactly as they were and reports one message naming the file.
 */
import { type Signal, signal } from '@preact/signals';
import type {
  FileInspection,
  ImportedFacilities,
  ImportIssue,
  ImportKind,
  ImportOptions,
  ImportQuestion,
} from '../core/io/import/import-types';
import type { HouseholdsInput } from '../core/model/dataset';
import type { Result } from '../core/model/result';
import type { Scenario } from '../core/model/scenario';
import type { ImportedStreetNetwork } from '../core/network/inspect-network';
import type { ScenarioContent } from '../core/scenarios/scenario-commands';
import type { DatasetSummary } from '../core/session/dataset-summary';
import type { NetworkStatus } from '../core/session/walking-network';
import type { DatasetReplacement, EngineClient } from '../engine/engine-client';
import {
  IMPORT_CANCELLED,
  type ImportBundle,
  type ImportClient,
  type ImportFailure,
  type ImportSourceFile,
} from '../engine/import-client';
import { currentLevelIds, levelBlock, levelReplacementsOf } from './level-import';
import type { AppStore } from './store';

/** One file waiting in the confirmation dialog with the options it will be imported with. */
export interface PendingFile {
  file: ImportSourceFile;
  inspection: FileInspection;
  options: ImportOptions;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'inspecting'; fileNames: string[] }
  | { phase: 'confirm'; files: PendingFile[] }
  | { phase: 'importing'; fileNames: string[]; fraction: number }
  /** `snapping`: a street network's cells are being snapped in the engine worker (issue 13). */
  | { phase: 'applying'; fileNames: string[]; snapping?: { fraction: number } };

/** What the last import did, for the message under the header; texts are built by the UI in its language. */
export type ImportReport =
  | { kind: 'error'; failure: ImportFailure }
  | {
      kind: 'done';
      fileNames: string[];
      /** Districts and layer ids of the new dataset, when it was replaced. */
      districtCount?: number;
      layers?: string[];
      /** Names of the unit levels added or replaced (issue 12). */
      levels?: string[];
      /** Names of the scenarios added. */
      scenarios: string[];
      /** The walking network now in use, when the batch had one (issue 13). */
      network?: NetworkStatus;
      warnings: { fileName: string; issue: ImportIssue }[];
    };

export interface ImportController {
  state: Signal<ImportState>;
  report: Signal<ImportReport | null>;
  /** Inspects the files and opens the confirmation dialog (or reports the first unreadable file). */
  open(files: ImportSourceFile[]): Promise<void>;
  /** Replaces the options of the index-th pending file. */
  setOptions(index: number, options: ImportOptions): void;
  /** Imports the pending files with their options and applies them. */
  confirm(): Promise<void>;
  /** Closes the dialog, or stops the import in flight (terminating the worker); nothing changes. */
  cancel(): void;
  dismissReport(): void;
}

/** What the import needs of the rest of the app (the scenario and app controllers, the engine sync). */
export interface ImportDependencies {
  /** Installs a replaced dataset's summary and raster in the store (app-controller). */
  installDataset(summary: DatasetSummary): Promise<void>;
  /** Sends the active scenario to the engine again (a new engine starts with no facilities). */
  syncActive(): Promise<void>;
  addScenario(content: ScenarioContent, options?: { activate?: boolean }): Promise<string>;
  /** Replaces the walking network in use (network-controller `useImported`); refusals keep the current one. */
  useNetwork?(
    imported: ImportedStreetNetwork,
    onProgress?: (fraction: number) => void,
  ): Promise<Result<NetworkStatus>>;
}

/** Layer id for a grid file, from age words in its name (WorldPop `age60plus` → `elderly60plus`); else `total`. */
export function layerIdFromFileName(fileName: string): string {
  const lower = fileName.toLowerCase();
  const elderly = lower.match(/(?:age|elderly|older)_?(6[05])_?plus|(6[05])\+/);
  if (elderly) return `elderly${elderly[1] ?? elderly[2]}plus`;
  const adults = lower.match(/(?:age|adults?)_?(1[58]|20)_?plus/);
  if (adults) return `adults${adults[1]}plus`;
  return 'total';
}

/** The options a file starts with in the dialog: the inspection's suggestion, and a layer id for grids. */
export function defaultOptions(inspection: FileInspection): ImportOptions {
  const options: ImportOptions = { ...inspection.suggested };
  if (options.kind === undefined) options.kind = inspection.kinds[0] as ImportKind;
  // The inspection suggests `total`; a WorldPop-style age band in the file name is a better guess.
  if (options.kind === 'grid' && (options.layerId === undefined || options.layerId === 'total'))
    options.layerId = layerIdFromFileName(inspection.fileName);
  return options;
}

/** Whether `options` answers `question` (a `required` question without an answer blocks the import). */
function isAnswered(question: ImportQuestion, options: ImportOptions): boolean {
  switch (question.topic) {
    case 'kind':
      return options.kind !== undefined;
    case 'crs':
      return options.crs !== undefined && options.crs !== '';
    case 'layer':
      return options.layer !== undefined;
    case 'nameField':
      return options.nameField !== undefined && options.nameField !== '';
    case 'valueField':
      return options.valueField !== undefined && options.valueField !== '';
    case 'coordinateColumns':
      return Boolean(options.xColumn && options.yColumn) || Boolean(options.h3Column);
    case 'axisOrder':
      return options.axisOrder !== undefined;
    case 'facilityFields':
      return question.missing.every((field) =>
        field === 'type'
          ? Boolean(options.facilityFields?.type) || Boolean(options.defaultFacilityType)
          : field === 'area'
            ? Boolean(options.facilityFields?.area) || options.defaultFloorAreaSquareMeters !== undefined
            : Boolean(options.facilityFields?.[field]),
      );
  }
}

/** The required questions of a pending file that still have no answer (asked only for the kind chosen). */
export function unansweredQuestions(pending: PendingFile): ImportQuestion[] {
  const kind = pending.options.kind;
  return pending.inspection.questions.filter((question) => {
    if (!question.required || isAnswered(question, pending.options)) return false;
    // Questions about another kind's fields do not apply once the user picked a different kind.
    if (question.topic === 'nameField') return kind === 'districts' || kind === 'level';
    if (question.topic === 'valueField') return kind === 'grid';
    if (question.topic === 'facilityFields') return kind === 'facilities';
    return true;
  });
}

/** Gives each grid file of the batch its own layer id (`total`, `total_2`, …) so none overwrites another. */
export function uniqueLayerIds(files: readonly PendingFile[]): PendingFile[] {
  const used = new Set<string>();
  return files.map((pending) => {
    if (pending.options.kind !== 'grid') return pending;
    const base = pending.options.layerId?.trim() || 'total';
    let layerId = base;
    for (let n = 2; used.has(layerId); n++) layerId = `${base}_${n}`;
    used.add(layerId);
    return layerId === pending.options.layerId
      ? pending
      : { ...pending, options: { ...pending.options, layerId } };
  });
}

/** File name without its extension, for the name of a scenario made from a facilities file. */
function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

function facilitiesScenario(active: Scenario, imported: ImportedFacilities): ScenarioContent {
  return {
    name: baseName(imported.fileName),
    datasetId: active.datasetId,
    ruleSetId: active.ruleSetId,
    parameters: { ...active.parameters, thresholdOverrides: { ...active.parameters.thresholdOverrides } },
    facilities: imported.facilities,
  };
}

function replacementOf(
  bundle: ImportBundle,
  households: HouseholdsInput | undefined,
): DatasetReplacement | undefined {
  const levels = levelReplacementsOf(bundle);
  if (!bundle.districts && !bundle.grid && levels.length === 0) return undefined;
  const names = [
    bundle.districts?.fileName,
    ...(bundle.levels ?? []).map((level) => level.fileName),
    bundle.grid?.fileName,
  ].filter((name) => name !== undefined);
  const replacement: DatasetReplacement = { name: names.join(' + ') };
  if (levels.length > 0) replacement.levels = levels;
  if (bundle.districts) {
    replacement.districts = bundle.districts.districts;
    replacement.districtsCrsId = bundle.districts.crsId;
  }
  if (bundle.grid) {
    replacement.grid = bundle.grid.grid;
    replacement.gridCrsId = bundle.grid.crsId;
    if (households) replacement.households = households;
  }
  return replacement;
}

export function createImportController(
  store: AppStore,
  engine: EngineClient,
  client: ImportClient,
  dependencies: ImportDependencies,
): ImportController {
  const state = signal<ImportState>({ phase: 'idle' });
  const report = signal<ImportReport | null>(null);
  /** Bumped by cancel, so a late answer of a cancelled job is dropped. */
  let job = 0;

  const fail = (failure: ImportFailure) => {
    state.value = { phase: 'idle' };
    if (failure.error.code !== IMPORT_CANCELLED) report.value = { kind: 'error', failure };
  };

  const warningsOf = (bundle: ImportBundle, extra: ImportIssue[], datasetName: string) => [
    ...[
      bundle.districts,
      ...(bundle.levels ?? []),
      bundle.grid,
      ...bundle.facilities,
      ...bundle.scenarios,
    ].flatMap((imported) =>
      imported ? imported.warnings.map((issue) => ({ fileName: imported.fileName, issue })) : [],
    ),
    ...extra.map((issue) => ({ fileName: datasetName, issue })),
  ];

  const useNetwork = (
    imported: ImportedStreetNetwork,
    fileNames: string[],
  ): Promise<Result<NetworkStatus>> => {
    state.value = { phase: 'applying', fileNames, snapping: { fraction: 0 } };
    const onProgress = (fraction: number) => {
      if (state.peek().phase === 'applying')
        state.value = { phase: 'applying', fileNames, snapping: { fraction } };
    };
    return dependencies.useNetwork
      ? dependencies.useNetwork(imported, onProgress)
      : Promise.resolve({
          ok: false,
          error: { code: 'network-not-ready', message: 'No walking network here' },
        });
  };

  const apply = async (
    bundle: ImportBundle,
    fileNames: string[],
    households: HouseholdsInput | undefined,
  ) => {
    const done: Extract<ImportReport, { kind: 'done' }> = {
      kind: 'done',
      fileNames,
      scenarios: [],
      warnings: [],
    };
    const replacement = replacementOf(bundle, households);
    let extra: ImportIssue[] = [];
    if (replacement) {
      const replaced = await engine.loadDataset(replacement);
      if (!replaced.ok) return fail({ fileName: replacement.name, error: replaced.error });
      extra = replaced.value.warnings;
      await dependencies.syncActive();
      await dependencies.installDataset(replaced.value.summary);
      done.districtCount = replaced.value.summary.districts.length;
      done.layers = replaced.value.summary.layers;
      if (bundle.levels) done.levels = bundle.levels.map((level) => level.levelName);
    }
    if (bundle.network) {
      const used = await useNetwork(bundle.network, fileNames);
      if (!used.ok) return fail({ fileName: bundle.network.fileName, error: used.error });
      done.network = used.value;
    }
    for (const imported of bundle.facilities) {
      await dependencies.addScenario(facilitiesScenario(store.activeScenario.peek(), imported));
      done.scenarios.push(store.activeScenario.peek().name);
    }
    for (const imported of bundle.scenarios) {
      const { id: _id, ...content } = imported.scenario;
      await dependencies.addScenario(content);
      done.scenarios.push(store.activeScenario.peek().name);
    }
    done.warnings = warningsOf(bundle, extra, replacement?.name ?? '');
    const network = bundle.network;
    if (network)
      done.warnings.push(...network.warnings.map((issue) => ({ fileName: network.fileName, issue })));
    state.value = { phase: 'idle' };
    report.value = done;
  };

  return {
    state,
    report,
    async open(files) {
      if (files.length === 0 || state.peek().phase === 'importing' || state.peek().phase === 'applying')
        return;
      const mine = ++job;
      report.value = null;
      state.value = { phase: 'inspecting', fileNames: files.map((file) => file.name) };
      const outcomes = await client.inspect(files);
      if (mine !== job) return;
      const pending: PendingFile[] = [];
      for (const [index, outcome] of outcomes.entries()) {
        if (!outcome.ok) return fail(outcome.failure);
        pending.push({
          file: files[index] as ImportSourceFile,
          inspection: outcome.value,
          options: defaultOptions(outcome.value),
        });
      }
      state.value = { phase: 'confirm', files: uniqueLayerIds(pending) };
    },
    setOptions(index, options) {
      const current = state.peek();
      if (current.phase !== 'confirm') return;
      const files = current.files.map((pending, i) => (i === index ? { ...pending, options } : pending));
      state.value = { phase: 'confirm', files };
    },
    async confirm() {
      const current = state.peek();
      if (current.phase !== 'confirm') return;
      const levelIds = currentLevelIds(store.results.peek());
      if (
        current.files.some(
          (pending) =>
            unansweredQuestions(pending).length > 0 || levelBlock(pending.options, levelIds) !== undefined,
        )
      )
        return;
      const files = uniqueLayerIds(current.files);
      const mine = ++job;
      const fileNames = files.map((pending) => pending.file.name);
      state.value = { phase: 'importing', fileNames, fraction: 0 };
      const outcome = await client.importBatch(
        files.map((pending) => ({ file: pending.file, options: pending.options })),
        (fraction) => {
          if (mine === job && state.peek().phase === 'importing')
            state.value = { phase: 'importing', fileNames, fraction };
        },
      );
      if (mine !== job) return;
      if (!outcome.ok) return fail(outcome.failure);
      state.value = { phase: 'applying', fileNames };
      const households = files.find((pending) => pending.options.households)?.options.households;
      await apply(outcome.value, fileNames, households);
    },
    cancel() {
      const phase = state.peek().phase;
      if (phase === 'applying') return;
      job += 1;
      if (phase === 'importing' || phase === 'inspecting') client.cancel();
      state.value = { phase: 'idle' };
    },
    dismissReport() {
      report.value = null;
    },
  };
}
