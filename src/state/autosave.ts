/**
 * Autosave (issue 4): every committed change of the scenario list is written to the browser's storage, debounced,
 * and flushed when the page is hidden; at start the stored list of the dataset is validated and restored. A storage
 * failure is shown (store.autosaveFailure) and the app keeps working without it.
 */
import { effect } from '@preact/signals';
import type { ScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory } from '../core/scenarios/scenario-list-history';
import { autosaveFailureOf, autosaveKey, autosaveRecordOf, readAutosaveRecord } from './autosave-record';
import type { AppStore } from './store';

/** Where records go: IndexedDB in the app (autosave-idb.ts), a Map in tests. Both calls may reject. */
export interface AutosaveStorage {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
}

/** Wait after the last change before writing, ms: a burst of edits (or undo presses) costs one write. */
export const AUTOSAVE_DEBOUNCE_MILLISECONDS = 300;

export interface Autosave {
  /**
   * Restores the dataset's stored list when the list on screen is still the untouched start list, then follows
   * every change. Returns whether a list was restored (the caller then sends it to the engine).
   */
  start(datasetId: string): Promise<boolean>;
  /** Writes a change still waiting for its debounce now (page hidden). */
  flush(): Promise<void>;
  stop(): void;
}

export function createAutosave(store: AppStore, storage: AutosaveStorage): Autosave {
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
      try {
        const stored = await storage.read(autosaveKey(id));
        const list = stored === undefined ? null : readAutosaveRecord(stored, id);
        // A list changed meanwhile (a share link opened at start, an edit) is newer than the stored one: keep it.
        if (list?.ok && store.scenarios.peek() === initialHistory) {
          store.scenarios.value = createScenarioListHistory(list.value);
          store.selectedFacilityId.value = null;
          lastSaved = list.value;
          restored = true;
        }
      } catch (error) {
        reportFailure(error);
      }
      // The untouched start list needs no write; a list changed before the restore does.
      if (store.scenarios.peek() === initialHistory) lastSaved = initialHistory.list;
      follow();
      return restored;
    },
    flush: write,
    stop() {
      clearTimeout(timer);
      stopFollowing?.();
    },
  };
}
