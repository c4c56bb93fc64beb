/**
 * What autosave stores and how a stored value is read back (issue 4 "Autosave", issue 15 "Data loss"): the scenario
 * list only, never the undo stacks, under a key that names the format version and the dataset. Pure: no IndexedDB
 * here, so it is tested in Node; the adapter (autosave-idb.ts) only moves these values in and out of the browser's
 * store. Reading salvages: each scenario and facility is checked on its own, the valid ones are kept and the rest
 * are set aside in a quarantine record under a key of its own; a record of another format version is never read
 * nor overwritten.
 */
import { fail, ok, type Result } from '../core/model/result';
import { type QuarantinedItem, salvageScenarioList } from '../core/scenarios/salvage-scenario-list';
import type { ScenarioList } from '../core/scenarios/scenario-list';

/** Format version of {@link AutosaveRecord}; a stored record of another version is left alone, not guessed at. */
export const AUTOSAVE_VERSION = 1;

/** The stored value: the list of one dataset's scenarios, with when it was written. */
export interface AutosaveRecord {
  version: typeof AUTOSAVE_VERSION;
  datasetId: string;
  /** ISO 8601 time of the write: the newer of the IndexedDB record and the page-hide copy wins at start. */
  savedAt: string;
  list: ScenarioList;
}

/** What restore set aside, kept for the user to download: every refused item with its stored value. */
export interface QuarantineRecord {
  version: typeof AUTOSAVE_VERSION;
  datasetId: string;
  savedAt: string;
  items: QuarantinedItem[];
}

/** Why the browser's storage failed, for a message in the UI language. */
export type AutosaveFailure = 'quota' | 'unavailable' | 'failed';

/** The key of a dataset's autosave, e.g. `scenarios.v1.wuhan-2020`. */
export function autosaveKey(datasetId: string): string {
  return `scenarios.v${AUTOSAVE_VERSION}.${datasetId}`;
}

/** The key of a dataset's quarantine record, beside its autosave: `scenarios.v1.wuhan-2020.quarantine`. */
export function quarantineKey(datasetId: string): string {
  return `${autosaveKey(datasetId)}.quarantine`;
}

/** The record to store for a list (plain data: structured-clone safe). */
export function autosaveRecordOf(list: ScenarioList, datasetId: string, now: Date): AutosaveRecord {
  return { version: AUTOSAVE_VERSION, datasetId, savedAt: now.toISOString(), list };
}

/** The quarantine record holding the items of `previous` (a stored quarantine record, if valid) and `items`. */
export function quarantineRecordOf(
  previous: unknown,
  items: readonly QuarantinedItem[],
  datasetId: string,
  now: Date,
): QuarantineRecord {
  const kept =
    typeof previous === 'object' && previous !== null && Array.isArray((previous as QuarantineRecord).items)
      ? (previous as QuarantineRecord).items
      : [];
  return { version: AUTOSAVE_VERSION, datasetId, savedAt: now.toISOString(), items: [...kept, ...items] };
}

/**
 * One stored value read back:
 * - `none`: nothing stored (or a record of another dataset, which this key never holds);
 * - `foreign`: a record of another format version (`version` as stored): not ours to read or overwrite;
 * - `list`: our version, salvaged: the valid scenarios (null when none) and what was set aside.
 */
export type StoredReading =
  | { kind: 'none' }
  | { kind: 'foreign'; version: string }
  | { kind: 'list'; savedAt: string; list: ScenarioList | null; quarantined: QuarantinedItem[] };

/** Reads one stored value as untrusted input (a damaged or hand-edited store must not put a NaN into the engine). */
export function readStoredValue(value: unknown, datasetId: string): StoredReading {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value !== 'object' || Array.isArray(value)) {
    // Not a record at all: nothing to salvage but the value itself.
    return { kind: 'list', savedAt: '', ...salvageScenarioList(value) };
  }
  const record = value as Record<string, unknown>;
  if (record.version !== AUTOSAVE_VERSION) return { kind: 'foreign', version: String(record.version) };
  if (record.datasetId !== datasetId) return { kind: 'none' };
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : '';
  return { kind: 'list', savedAt, ...salvageScenarioList(record.list) };
}

/**
 * The scenario list of a stored value when every scenario and facility in it is valid: `autosave-version` or
 * `autosave-dataset` when the record is not ours to read, `invalid-scenario` naming the first item set aside.
 */
export function readAutosaveRecord(value: unknown, datasetId: string): Result<ScenarioList> {
  const reading = readStoredValue(value, datasetId);
  if (reading.kind === 'foreign') return fail('autosave-version', `autosave version ${reading.version}`);
  if (reading.kind === 'none') return fail('autosave-dataset', `no autosave record for dataset ${datasetId}`);
  const first = reading.quarantined[0];
  if (first) return { ok: false, error: first.error };
  return reading.list ? ok(reading.list) : fail('invalid-scenario', 'no scenario');
}

/**
 * What start finds among the stored values (the IndexedDB record, then the copy written synchronously when the page
 * was hidden): a foreign version anywhere wins (nothing may be written over it); else the newest of our records by
 * `savedAt` (on equal times the later value: pass the page-hide copy last, it is written at the page's very end).
 */
export function newestStoredReading(values: readonly unknown[], datasetId: string): StoredReading {
  let newest: StoredReading = { kind: 'none' };
  for (const value of values) {
    const reading = readStoredValue(value, datasetId);
    if (reading.kind === 'foreign') return reading;
    if (reading.kind !== 'list') continue;
    if (newest.kind !== 'list' || reading.savedAt >= newest.savedAt) newest = reading;
  }
  return newest;
}

/** Sorts a storage error (a DOMException from IndexedDB, or anything else) into what the user is told. */
export function autosaveFailureOf(error: unknown): AutosaveFailure {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError')
    return 'unavailable';
  if (name === 'AutosaveUnavailable') return 'unavailable';
  return 'failed';
}
