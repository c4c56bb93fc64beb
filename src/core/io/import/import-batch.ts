/**
 * Import batches (issue #5): inspect dropped files and import them with the options the user confirmed, through the
 * one import path of this folder. Parsing a 30 MB file takes seconds, so workers/import-api.ts runs these in their
 * own worker: the engine stays responsive, and Cancel terminates that worker without touching the dataset.
 */
import { ok, type Result } from '../../model/result';
import { type ImportedStreetNetwork, importStreetNetwork } from '../../network/inspect-network';
import { importFile } from './import-file';
import { importGridLayers } from './import-grid-layers';
import type {
  FileInspection,
  ImportedDistricts,
  ImportedFacilities,
  ImportedGrid,
  ImportedLevel,
  ImportedScenario,
  ImportIssue,
  ImportOptions,
} from './import-types';
import { inspectFile } from './inspect-file';
import { MAX_IMPORT_FILE_BYTES } from './limits';
import { importFail, importIssue } from './messages';

/**
 * The part of a Blob the import reads: its size in bytes and its contents. A browser `File` or `Blob` is one (core
 * has no DOM types, hence the narrow shape); the import worker receives Files cloned by reference, not copied.
 */
export interface ByteSource {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file handed to the import: its name and its bytes. */
export interface ImportSourceFile {
  name: string;
  blob: ByteSource;
}

/** One file with the options confirmed in the dialog; `options.kind` says what it becomes. */
export interface ImportFileRequest {
  file: ImportSourceFile;
  options: ImportOptions;
}

/** A failure naming the file(s) it comes from, so the UI can say which file is wrong. */
export interface ImportFailure {
  fileName: string;
  error: ImportIssue;
}

/** A value, or the failure naming its file (the import's counterpart of `Result<T>`). */
export type ImportOutcome<T> = { ok: true; value: T } | { ok: false; failure: ImportFailure };

/** What a batch of files became. Several grid files are the layers of one grid. */
export interface ImportBundle {
  districts?: ImportedDistricts;
  /** Unit levels, in the order of their files; absent when the batch has none. */
  levels?: ImportedLevel[];
  grid?: ImportedGrid;
  facilities: ImportedFacilities[];
  scenarios: ImportedScenario[];
  /** A street network to replace the session's walking network (issue 13); at most one per batch. */
  network?: ImportedStreetNetwork;
}

/** Progress of a batch: fraction 0–1 over all files (weighted by size) and the file being read. */
export type ImportBatchProgress = (fraction: number, fileName: string) => void;

/**
 * The file's bytes, or `file-too-large` decided from `blob.size` before anything is read: reading a 2 GB file
 * whole only to refuse it would exhaust the tab first.
 */
async function bytesOf(file: ImportSourceFile): Promise<Result<Uint8Array>> {
  if (file.blob.size > MAX_IMPORT_FILE_BYTES) return importFail('file-too-large', { bytes: file.blob.size });
  return ok(new Uint8Array(await file.blob.arrayBuffer()));
}

function failure(fileName: string, error: ImportIssue): { ok: false; failure: ImportFailure } {
  return { ok: false, failure: { fileName, error } };
}

async function importGridFiles(
  requests: ImportFileRequest[],
  progress: (done: number, fraction: number, name: string) => void,
): Promise<ImportOutcome<ImportedGrid>> {
  const names = requests.map((request) => request.file.name).join(' + ');
  const inputs = [];
  for (const request of requests) {
    const bytes = await bytesOf(request.file);
    if (!bytes.ok) return failure(request.file.name, bytes.error);
    inputs.push({
      input: { name: request.file.name, bytes: bytes.value },
      layerId: request.options.layerId ?? 'total',
    });
  }
  const options = requests[0]?.options ?? {};
  const read =
    inputs.length === 1
      ? await importFile((inputs[0] as (typeof inputs)[number]).input, { ...options, kind: 'grid' }, (f) =>
          progress(0, f, names),
        )
      : await importGridLayers(inputs, options, (f) => progress(0, f, names));
  if (!read.ok) return failure(names, read.error);
  if (read.value.kind !== 'grid') return failure(names, importIssue('kind-unsupported', { kind: 'grid' }));
  return { ok: true, value: read.value };
}

/**
 * Imports a batch: at most one districts file, any number of grid files (layers of one grid, `options.layerId`
 * each), unit-level files (level names unique: `level-name-duplicate`), facility and scenario files. Fails on
 * the first bad file, naming it; `several-district-files` when two files are confirmed as districts,
 * `several-network-files` when two are confirmed as walking networks.
 */
export async function importBatch(
  requests: ImportFileRequest[],
  onProgress?: ImportBatchProgress,
): Promise<ImportOutcome<ImportBundle>> {
  const totalBytes = Math.max(
    1,
    requests.reduce((sum, request) => sum + request.file.blob.size, 0),
  );
  let doneBytes = 0;
  const report = (weightBytes: number) => (_: number, fraction: number, name: string) =>
    onProgress?.((doneBytes + fraction * weightBytes) / totalBytes, name);
  const bundle: ImportBundle = { facilities: [], scenarios: [] };
  const districtRequests = requests.filter((request) => request.options.kind === 'districts');
  if (districtRequests.length > 1)
    return failure(
      districtRequests.map((request) => request.file.name).join(' + '),
      importIssue('several-district-files', { count: districtRequests.length }),
    );
  const networkRequests = requests.filter((request) => request.options.kind === 'network');
  if (networkRequests.length > 1)
    return failure(
      networkRequests.map((request) => request.file.name).join(' + '),
      importIssue('several-network-files', { count: networkRequests.length }),
    );
  const gridRequests = requests.filter((request) => request.options.kind === 'grid');
  if (gridRequests.length > 0) {
    const weight = gridRequests.reduce((sum, request) => sum + request.file.blob.size, 0);
    const grid = await importGridFiles(gridRequests, report(weight));
    if (!grid.ok) return grid;
    bundle.grid = grid.value;
    doneBytes += weight;
  }
  for (const request of requests) {
    if (request.options.kind === 'grid') continue;
    const name = request.file.name;
    const weight = request.file.blob.size;
    const bytes = await bytesOf(request.file);
    if (!bytes.ok) return failure(name, bytes.error);
    if (request.options.kind === 'network') {
      const network = importStreetNetwork({ name, bytes: bytes.value }, request.options, (fraction) =>
        report(weight)(0, fraction, name),
      );
      doneBytes += weight;
      if (!network.ok) return failure(name, network.error);
      bundle.network = network.value;
      continue;
    }
    const read = await importFile({ name, bytes: bytes.value }, request.options, (f) =>
      report(weight)(0, f, name),
    );
    doneBytes += weight;
    if (!read.ok) return failure(name, read.error);
    if (read.value.kind === 'districts') bundle.districts = read.value;
    else if (read.value.kind === 'level') {
      const level = read.value;
      const levels = bundle.levels ?? [];
      if (levels.some((other) => other.levelId === level.levelId))
        return failure(name, importIssue('level-name-duplicate', { name: level.levelName }));
      bundle.levels = [...levels, level];
    } else if (read.value.kind === 'facilities') bundle.facilities.push(read.value);
    else if (read.value.kind === 'scenario') bundle.scenarios.push(read.value);
    else bundle.grid = read.value;
  }
  onProgress?.(1, '');
  return { ok: true, value: bundle };
}

/** Inspects each file (format, kinds, fields, questions); one outcome per file, in order. */
export async function inspectFiles(files: ImportSourceFile[]): Promise<ImportOutcome<FileInspection>[]> {
  const outcomes: ImportOutcome<FileInspection>[] = [];
  for (const file of files) {
    const bytes = await bytesOf(file);
    const inspection = bytes.ok ? await inspectFile({ name: file.name, bytes: bytes.value }) : bytes;
    outcomes.push(inspection.ok ? inspection : failure(file.name, inspection.error));
  }
  return outcomes;
}
