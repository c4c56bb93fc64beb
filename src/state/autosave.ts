/**
 * Autosave (issue 4; issue 15 "Data loss"): every committed change of the scenario list is written to the browser's
 * storage, debounced, and flushed when the page is hidden; at start the stored list of the dataset is read back
 * scenario by scenario and facility by facility: the valid ones are restored, the rest are written to a quarantine
 * record first (store.autosaveQuarantine offers them as a download). A record of another format version is never
 * overwritten (store.autosaveForeignVersion: this tab then saves nothing). A storage failure is shown
 * (store.autosaveFailure) and the app keeps working without it.
 */
import { effect } from '@preact/signals';
import type { ScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory } from '../core/scenarios/scenario-list-history';
import {
  autosaveFailureOf,
  autosaveKey,
  autosaveRecordOf,
  newestStoredReading,
  quarantineKey,
  quarantineRecordOf,
  type StoredReading,
} from './autosave-record';
import type { AppStore } from './store';

/** Where records go: IndexedDB in the app (autosave-idb.ts), a Map in tests. Both calls may reject. */
export interface AutosaveStorage {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
}

/**
 * Synchronous storage for the last change when the page is hidden (localStorage's shape). Chromium aborts an
 * IndexedDB transaction that is still running when the page goes away, so a change made less than the debounce
 * before a reload would be lost; a synchronous write cannot be cut off. The next start takes the newer copy.
 */
export interface PageHideStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** How autosave shares the storage with other tabs (tab-coordination.ts); both default to "alone". */
export interface AutosaveCoordination {
  /** Whether this tab may write now (false in a tab that another tab's writer made read-only). */
  canWrite(): boolean;
  /** Called after each successful write, so other tabs can follow. */
  onWritten?(): void;
}

/** Wait after the last change before writing, ms: a burst of edits (or undo presses) costs one write. */
export const AUTOSAVE_DEBOUNCE_MILLISECONDS = 300;

export interface Autosave {
  /**
   * Restores the dataset's stored list when the list on screen is still the untouched start list, then follows
   * every change. Returns whether a list was restored (the caller then sends it to the engine).
   */
  start(datasetId: string): Promise<boolean>;
  /**
   * Reads the stored list again and shows it even when the list on screen changed (this tab follows another tab's
   * writes, or takes over writing from it). Returns whether a list was installed (the caller resyncs the engine).
   */
  reload(): Promise<boolean>;
  /** Writes a change still waiting for its debounce now. */
  flush(): Promise<void>;
  /** The page is being hidden: a change not yet in IndexedDB is also written synchronously to the page-hide store. */
  flushOnHide(): void;
  stop(): void;
}

/** The page-hide copy as parsed JSON, or undefined when there is none or it is not JSON. */
function readPageHideCopy(storage: PageHideStorage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export function createAutosave(
  store: AppStore,
  storage: AutosaveStorage,
  pageHideStorage?: PageHideStorage,
  coordination: AutosaveCoordination = { canWrite: () => true },
): Autosave {
  const initialHistory = store.scenarios.peek();
  let datasetId: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: ScenarioList | null = null;
  let lastSaved: ScenarioList | null = null;
  let stopFollowing: (() => void) | undefined;
  /** Set when the stored record must not be overwritten (another format version, or a quarantine not kept). */
  let frozen = false;

  const reportFailure = (error: unknown) => {
    store.autosaveFailure.value = autosaveFailureOf(error);
  };

  const write = async () => {
    clearTimeout(timer);
    timer = undefined;
    const list = unsaved;
    unsaved = null;
    if (!list || datasetId === null || list === lastSaved || frozen || !coordination.canWrite()) return;
    try {
      await storage.write(autosaveKey(datasetId), autosaveRecordOf(list, datasetId, new Date()));
      lastSaved = list;
      store.autosaveFailure.value = null;
      // IndexedDB now holds the newest list: a page-hide copy from an earlier visit is stale.
      pageHideStorage?.removeItem(autosaveKey(datasetId));
      coordination.onWritten?.();
    } catch (error) {
      reportFailure(error);
    }
  };

  const follow = () => {
    stopFollowing?.();
    stopFollowing = effect(() => {
      const list = store.scenarios.value.list;
      if (list === lastSaved) return;
      unsaved = list;
      clearTimeout(timer);
      timer = setTimeout(() => void write(), AUTOSAVE_DEBOUNCE_MILLISECONDS);
    });
  };

  /** The stored readings of the dataset: IndexedDB's record, then the page-hide copy. */
  const readStored = async (id: string): Promise<{ reading: StoredReading; hidden: unknown }> => {
    const stored: unknown[] = [];
    try {
      stored.push(await storage.read(autosaveKey(id)));
    } catch (error) {
      reportFailure(error);
    }
    const hidden = readPageHideCopy(pageHideStorage, autosaveKey(id));
    return { reading: newestStoredReading([...stored, hidden], id), hidden };
  };

  /** Writes what restore set aside before anything can overwrite it; false when it could not be kept. */
  const keepQuarantine = async (id: string, reading: Extract<StoredReading, { kind: 'list' }>) => {
    // A read-only tab leaves the record to the writer tab, which sets the same items aside.
    if (reading.quarantined.length === 0 || !coordination.canWrite()) return true;
    try {
      const previous = await storage.read(quarantineKey(id));
      await storage.write(
        quarantineKey(id),
        quarantineRecordOf(previous, reading.quarantined, id, new Date()),
      );
      store.autosaveQuarantine.value = [...(store.autosaveQuarantine.peek() ?? []), ...reading.quarantined];
      return true;
    } catch (error) {
      reportFailure(error);
      return false;
    }
  };

  const install = (list: ScenarioList) => {
    store.scenarios.value = createScenarioListHistory(list);
    store.selectedFacilityId.value = null;
  };

  return {
    async start(id) {
      datasetId = id;
      let restored = false;
      const { reading, hidden } = await readStored(id);
      if (reading.kind === 'foreign') {
        frozen = true;
        store.autosaveForeignVersion.value = reading.version;
      }
      if (reading.kind === 'list') {
        // The stored record is rewritten only once what it held beyond the valid list is safe elsewhere.
        frozen = !(await keepQuarantine(id, reading));
        // A list changed meanwhile (a share link opened at start, an edit) is newer than the stored one: keep it.
        if (reading.list && store.scenarios.peek() === initialHistory) {
          install(reading.list);
          // Written again when IndexedDB does not hold exactly this list (a page-hide copy, items set aside).
          lastSaved = hidden === undefined && reading.quarantined.length === 0 ? reading.list : null;
          restored = true;
        }
      }
      // The untouched start list needs no write; a list changed before the restore does.
      if (store.scenarios.peek() === initialHistory) lastSaved = initialHistory.list;
      follow();
      return restored;
    },
    async reload() {
      if (datasetId === null || frozen) return false;
      clearTimeout(timer);
      unsaved = null;
      const { reading } = await readStored(datasetId);
      if (reading.kind !== 'list' || !reading.list) return false;
      // Marked saved first: the list came from the storage, writing it back would be a wasted write.
      lastSaved = reading.list;
      install(reading.list);
      return true;
    },
    flush: write,
    flushOnHide() {
      const list = store.scenarios.peek().list;
      if (!pageHideStorage || datasetId === null || list === lastSaved || frozen || !coordination.canWrite())
        return;
      try {
        const record = autosaveRecordOf(list, datasetId, new Date());
        pageHideStorage.setItem(autosaveKey(datasetId), JSON.stringify(record));
      } catch (error) {
        reportFailure(error);
      }
      void write();
    },
    stop() {
      clearTimeout(timer);
      stopFollowing?.();
    },
  };
}
