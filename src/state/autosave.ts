/**
 * Autosave (issue 4): every committed change of the scenario list is written to the browser's storage, debounced,
 * and flushed when the page is hidden; at start the stored list of the dataset is validated and restored. A storage
 * failure is shown (store.autosaveFailure) and the app keeps working without it.
 */
import { effect } from '@preact/signals';
import type { ScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory } from '../core/scenarios/scenario-list-history';
import { autosaveFailureOf, autosaveKey, autosaveRecordOf, newestStoredList } from './autosave-record';
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

/** Wait after the last change before writing, ms: a burst of edits (or undo presses) costs one write. */
export const AUTOSAVE_DEBOUNCE_MILLISECONDS = 300;

export interface Autosave {
  /**
   * Restores the dataset's stored list when the list on screen is still the untouched start list, then follows
   * every change. Returns whether a list was restored (the caller then sends it to the engine).
   */
  start(datasetId: string): Promise<boolean>;
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
): Autosave {
  const initialHistory = store.scenarios.peek();
  let datasetId: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: ScenarioList | null = null;
  let lastSaved: ScenarioList | null = null;
  let stopFollowing: (() => void) | undefined;

  const reportFailure = (error: unknown) => {
    store.autosaveFailure.value = autosaveFailureOf(error);
  };

  const write = async () => {
    clearTimeout(timer);
    timer = undefined;
    const list = unsaved;
    unsaved = null;
    if (!list || datasetId === null || list === lastSaved) return;
    try {
      await storage.write(autosaveKey(datasetId), autosaveRecordOf(list, datasetId, new Date()));
      lastSaved = list;
      store.autosaveFailure.value = null;
      // IndexedDB now holds the newest list: a page-hide copy from an earlier visit is stale.
      pageHideStorage?.removeItem(autosaveKey(datasetId));
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

  return {
    async start(id) {
      datasetId = id;
      let restored = false;
      const stored: unknown[] = [];
      try {
        stored.push(await storage.read(autosaveKey(id)));
      } catch (error) {
        reportFailure(error);
      }
      const hidden = readPageHideCopy(pageHideStorage, autosaveKey(id));
      const list = newestStoredList([...stored, hidden], id);
      // A list changed meanwhile (a share link opened at start, an edit) is newer than the stored one: keep it.
      if (list && store.scenarios.peek() === initialHistory) {
        store.scenarios.value = createScenarioListHistory(list);
        store.selectedFacilityId.value = null;
        // Written again unless IndexedDB already holds it (then the page-hide copy is dropped at the next write).
        lastSaved = hidden === undefined ? list : null;
        restored = true;
      }
      // The untouched start list needs no write; a list changed before the restore does.
      if (store.scenarios.peek() === initialHistory) lastSaved = initialHistory.list;
      follow();
      return restored;
    },
    flush: write,
    flushOnHide() {
      const list = store.scenarios.peek().list;
      if (!pageHideStorage || datasetId === null || list === lastSaved) return;
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
