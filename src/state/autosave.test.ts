import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Facility } from '../core/model/facility';
import { AUTOSAVE_DEBOUNCE_MILLISECONDS, type AutosaveStorage, createAutosave } from './autosave';
import { AUTOSAVE_VERSION, autosaveKey, quarantineKey, readAutosaveRecord } from './autosave-record';
import { commitToActive } from './list-commit';
import { createStore } from './store';

const DATASET = 'wuhan-2020';
const KEY = `scenarios.v1.${DATASET}`;

function station(id: string, lon = 114.25): Facility {
  return {
    id,
    name: `站 ${id}`,
    type: 'community_service_station',
    status: 'proposed',
    lon,
    lat: 30.618,
    floorAreaSquareMeters: 600,
    radiusMeters: 300,
  };
}

/** An in-memory stand-in for IndexedDB that counts writes and can be told to fail like the browser does. */
function memoryStorage() {
  const records = new Map<string, unknown>();
  const state = { writes: 0, failWith: null as string | null };
  const refuse = () => {
    const error = new Error('refused');
    error.name = state.failWith ?? '';
    return Promise.reject(error);
  };
  const storage: AutosaveStorage = {
    read: async (key) => (state.failWith ? refuse() : structuredClone(records.get(key))),
    write: async (key, value) => {
      if (state.failWith) return refuse();
      state.writes += 1;
      records.set(key, structuredClone(value));
    },
  };
  return { storage, records, state };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes the list (not the undo stacks) once per burst of edits, after the debounce', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { storage, records, state } = memoryStorage();
    const autosave = createAutosave(store, storage);
    expect(await autosave.start(DATASET)).toBe(false);
    commitToActive(store, { kind: 'addFacility', facility: station('f1') });
    commitToActive(store, { kind: 'moveFacility', id: 'f1', lon: 114.3, lat: 30.6 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MILLISECONDS - 1);
    expect(state.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.writes).toBe(1);
    const record = records.get(KEY) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(['datasetId', 'list', 'savedAt', 'version']);
    expect(record.version).toBe(AUTOSAVE_VERSION);
    expect(record.list).toEqual(store.scenarios.peek().list);
    expect(store.scenarios.peek().list.scenarios[0]?.facilities[0]).toMatchObject({ lon: 114.3, lat: 30.6 });
  });

  it('flushes a pending change at once (page hidden) and writes nothing when nothing changed', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { storage, records, state } = memoryStorage();
    const autosave = createAutosave(store, storage);
    await autosave.start(DATASET);
    await autosave.flush();
    expect(state.writes).toBe(0);
    commitToActive(store, { kind: 'addFacility', facility: station('f1') });
    await autosave.flush();
    expect(state.writes).toBe(1);
    expect(records.has(KEY)).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MILLISECONDS * 2);
    expect(state.writes).toBe(1);
  });

  it('restores the stored list of the dataset into a fresh history on the next start', async () => {
    const { storage } = memoryStorage();
    const first = createStore(undefined, ['zh-CN']);
    const writer = createAutosave(first, storage);
    await writer.start(DATASET);
    commitToActive(first, { kind: 'addFacility', facility: station('f1') });
    commitToActive(first, { kind: 'addFacility', facility: station('f2', 114.26) });
    await writer.flush();

    const second = createStore(undefined, ['zh-CN']);
    second.selectedFacilityId.value = 'f9';
    expect(await createAutosave(second, storage).start(DATASET)).toBe(true);
    expect(second.scenarios.peek().list).toEqual(first.scenarios.peek().list);
    expect(second.scenarios.peek().undoStack).toEqual([]);
    expect(second.selectedFacilityId.peek()).toBeNull();
    // Another dataset has no stored list.
    const third = createStore(undefined, ['zh-CN']);
    expect(await createAutosave(third, storage).start('other')).toBe(false);
    expect(third.activeScenario.peek().facilities).toEqual([]);
  });

  it('keeps a list changed before the restore', async () => {
    const { storage, records } = memoryStorage();
    const valid = createStore(undefined, ['zh-CN']);
    commitToActive(valid, { kind: 'addFacility', facility: station('f1') });
    const list = valid.scenarios.peek().list;
    records.set(KEY, { version: AUTOSAVE_VERSION, datasetId: DATASET, savedAt: '', list });

    const edited = createStore(undefined, ['zh-CN']);
    const editedAutosave = createAutosave(edited, storage);
    commitToActive(edited, { kind: 'addFacility', facility: station('g1', 114.27) });
    expect(await editedAutosave.start(DATASET)).toBe(false);
    expect(edited.activeScenario.peek().facilities.map((f) => f.id)).toEqual(['g1']);
    expect(autosaveKey(DATASET)).toBe(KEY);
  });

  it('restores the valid facilities of a damaged record and keeps the damaged one in the quarantine record', async () => {
    const { storage, records } = memoryStorage();
    const valid = createStore(undefined, ['zh-CN']);
    commitToActive(valid, { kind: 'addFacility', facility: station('f1') });
    commitToActive(valid, { kind: 'addFacility', facility: station('f2', 114.26) });
    const broken = structuredClone(valid.scenarios.peek().list);
    (broken.scenarios[0]?.facilities[0] as Facility).radiusMeters = Number.NaN;
    records.set(KEY, { version: AUTOSAVE_VERSION, datasetId: DATASET, savedAt: '', list: broken });

    const fresh = createStore(undefined, ['zh-CN']);
    expect(await createAutosave(fresh, storage).start(DATASET)).toBe(true);
    expect(fresh.activeScenario.peek().facilities.map((f) => f.id)).toEqual(['f2']);
    expect(fresh.autosaveQuarantine.peek()).toEqual([
      expect.objectContaining({ kind: 'facility', value: broken.scenarios[0]?.facilities[0] }),
    ]);
    const quarantine = records.get(quarantineKey(DATASET)) as { items: unknown[] };
    expect(quarantine.items).toHaveLength(1);
    // The cleaned list is written back, so the next start does not set the same facility aside again.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MILLISECONDS);
    expect(readAutosaveRecord(records.get(KEY), DATASET).ok).toBe(true);
    expect(readAutosaveRecord(broken, DATASET)).toMatchObject({ ok: false });
  });

  it('never overwrites a record of another format version, and says so', async () => {
    const { storage, records, state } = memoryStorage();
    const list = createStore(undefined, ['zh-CN']).scenarios.peek().list;
    const newer = { version: 2, datasetId: DATASET, savedAt: '', list, somethingNew: true };
    records.set(KEY, newer);
    const store = createStore(undefined, ['zh-CN']);
    const autosave = createAutosave(store, storage);
    expect(await autosave.start(DATASET)).toBe(false);
    expect(store.autosaveForeignVersion.peek()).toBe('2');
    commitToActive(store, { kind: 'addFacility', facility: station('f1') });
    await autosave.flush();
    autosave.flushOnHide();
    expect(state.writes).toBe(0);
    expect(records.get(KEY)).toEqual(newer);
    expect(readAutosaveRecord(newer, DATASET)).toMatchObject({
      ok: false,
      error: { code: 'autosave-version' },
    });
  });

  it('keeps a change made just before the page was hidden even when its IndexedDB write is cut off', async () => {
    const { storage, records } = memoryStorage();
    const pageHide = new Map<string, string>();
    const pageHideStorage = {
      getItem: (key: string) => pageHide.get(key) ?? null,
      setItem: (key: string, value: string) => void pageHide.set(key, value),
      removeItem: (key: string) => void pageHide.delete(key),
    };
    const first = createStore(undefined, ['zh-CN']);
    const writer = createAutosave(first, storage, pageHideStorage);
    await writer.start(DATASET);
    commitToActive(first, { kind: 'addFacility', facility: station('f1') });
    await writer.flush();
    // The last edit's IndexedDB write never finishes: the page went away.
    storage.write = () => new Promise(() => {});
    commitToActive(first, { kind: 'moveFacility', id: 'f1', lon: 114.3, lat: 30.6 });
    writer.flushOnHide();
    expect(pageHide.has(KEY)).toBe(true);
    expect((records.get(KEY) as { list: unknown }).list).not.toEqual(first.scenarios.peek().list);

    const second = createStore(undefined, ['zh-CN']);
    const { storage: reopened } = { storage: memoryStorage().storage };
    reopened.read = async (key) => records.get(key);
    let written = 0;
    reopened.write = async (key, value) => {
      written += 1;
      records.set(key, structuredClone(value));
    };
    const reader = createAutosave(second, reopened, pageHideStorage);
    expect(await reader.start(DATASET)).toBe(true);
    expect(second.scenarios.peek().list).toEqual(first.scenarios.peek().list);
    // The newer copy goes to IndexedDB, after which the page-hide copy is dropped.
    await reader.flush();
    expect(written).toBe(1);
    expect(pageHide.has(KEY)).toBe(false);
    expect((records.get(KEY) as { list: unknown }).list).toEqual(first.scenarios.peek().list);
  });

  it('reports a full or refused storage and keeps working; a later successful write clears the notice', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { storage, state } = memoryStorage();
    state.failWith = 'InvalidStateError';
    const autosave = createAutosave(store, storage);
    expect(await autosave.start(DATASET)).toBe(false);
    expect(store.autosaveFailure.peek()).toBe('unavailable');
    state.failWith = 'QuotaExceededError';
    commitToActive(store, { kind: 'addFacility', facility: station('f1') });
    await autosave.flush();
    expect(store.autosaveFailure.peek()).toBe('quota');
    expect(store.activeScenario.peek().facilities).toHaveLength(1);
    state.failWith = null;
    commitToActive(store, { kind: 'addFacility', facility: station('f2', 114.26) });
    await autosave.flush();
    expect(store.autosaveFailure.peek()).toBeNull();
    expect(state.writes).toBe(1);
  });
});

describe('autosave.reload (another tab wrote)', () => {
  it('shows the list another tab stored, and does not write it back', async () => {
    const { storage, state } = memoryStorage();
    const writer = createStore(undefined, ['zh-CN']);
    const writerSave = createAutosave(writer, storage);
    await writerSave.start(DATASET);
    const reader = createStore(undefined, ['zh-CN']);
    const readerSave = createAutosave(reader, storage);
    await readerSave.start(DATASET);
    commitToActive(writer, { kind: 'addFacility', facility: station('f1') });
    await writerSave.flush();
    expect(state.writes).toBe(1);
    expect(await readerSave.reload()).toBe(true);
    expect(reader.activeScenario.peek().facilities.map((f) => f.id)).toEqual(['f1']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MILLISECONDS * 2);
    expect(state.writes).toBe(1);
  });
});
