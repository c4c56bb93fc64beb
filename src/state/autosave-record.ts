/**
 * What autosave stores and how a stored value is read back (issue 4 "Autosave"): the scenario list only, never the
 * undo stacks, under a key that names the format version and the dataset. Pure: no IndexedDB here, so it is tested
 * in Node; the adapter (autosave-idb.ts) only moves these values in and out of the browser's store.
 */
import { fail, ok, type Result } from '../core/model/result';
import type { ScenarioList } from '../core/scenarios/scenario-list';
import { validateScenarioList } from '../core/scenarios/validate-scenario';

/** Format version of {@link AutosaveRecord}; a stored record of another version is ignored, not guessed at. */
export const AUTOSAVE_VERSION = 1;

/** The stored value: the list of one dataset's scenarios, with when it was written. */
export interface AutosaveRecord {
  version: typeof AUTOSAVE_VERSION;
  datasetId: string;
  /** ISO 8601 time of the write, for people looking at the store (not read back). */
  savedAt: string;
  list: ScenarioList;
}

/** Why the browser's storage failed, for a message in the UI language. */
export type AutosaveFailure = 'quota' | 'unavailable' | 'failed';

/** The key of a dataset's autosave, e.g. `scenarios.v1.wuhan-2020`. */
export function autosaveKey(datasetId: string): string {
  return `scenarios.v${AUTOSAVE_VERSION}.${datasetId}`;
}

/** The record to store for a list (plain data: structured-clone safe). */
export function autosaveRecordOf(list: ScenarioList, datasetId: string, now: Date): AutosaveRecord {
  return { version: AUTOSAVE_VERSION, datasetId, savedAt: now.toISOString(), list };
}

/**
 * The scenario list in a stored value, validated as untrusted input (a damaged or hand-edited store must not put a
 * NaN into the engine). Fails with `autosave-version` or `autosave-dataset` when the record is not ours to read,
 * and `invalid-scenario` when its content is bad.
 */
export function readAutosaveRecord(value: unknown, datasetId: string): Result<ScenarioList> {
  if (typeof value !== 'object' || value === null) return fail('autosave-version', 'no autosave record');
  const record = value as Record<string, unknown>;
  if (record.version !== AUTOSAVE_VERSION) {
    return fail('autosave-version', `autosave version ${String(record.version)} is not ${AUTOSAVE_VERSION}`);
  }
  if (record.datasetId !== datasetId) {
    return fail('autosave-dataset', `autosave is for dataset ${String(record.datasetId)}, not ${datasetId}`);
  }
  const list = validateScenarioList(record.list);
  return list.ok ? ok(list.value) : list;
}

/**
 * The newest valid list among stored values (by `savedAt`), or null when none is valid. Used at start with the
 * IndexedDB record and the copy written synchronously when the page was hidden: whichever was written last wins; on
 * equal times the later value in `values` (pass the page-hide copy last: it is written at the page's very end).
 */
export function newestStoredList(values: readonly unknown[], datasetId: string): ScenarioList | null {
  let newest: { savedAt: string; list: ScenarioList } | null = null;
  for (const value of values) {
    const list = readAutosaveRecord(value, datasetId);
    if (!list.ok) continue;
    const savedAt = String((value as { savedAt?: unknown }).savedAt ?? '');
    if (newest === null || savedAt >= newest.savedAt) newest = { savedAt, list: list.value };
  }
  return newest?.list ?? null;
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
