/**
 * Issue 15 "Data loss", the whole chain: a file holding values the engine refuses is imported → added and activated
 * → autosaved → the next start rejected the whole stored list → the first edit overwrote it. Each case starts with
 * earlier work saved, runs the real import path and autosave over an in-memory store, and checks that a reload
 * still shows every earlier scenario.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../core/io/import/import-file';
import { formatImportError } from '../core/io/import/messages';
import type { Facility } from '../core/model/facility';
import { type AutosaveStorage, createAutosave } from './autosave';
import { autosaveKey, autosaveRecordOf, quarantineKey } from './autosave-record';
import type { EngineSync } from './engine-sync';
import { commitToActive } from './list-commit';
import { createScenarioController } from './scenario-controller';
import { type AppStore, createStore } from './store';

const DATASET = 'wuhan';

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

function memoryStorage() {
  const records = new Map<string, unknown>();
  const storage: AutosaveStorage = {
    read: async (key) => structuredClone(records.get(key)),
    write: async (key, value) => void records.set(key, structuredClone(value)),
  };
  return { storage, records };
}

const noSync: EngineSync = { send: async () => {}, syncActive: async () => {} };

/** A tab with earlier work saved: scenario 1 holds f1, scenario 2 (a copy) holds f1 and f2. */
async function tabWithEarlierWork(storage: AutosaveStorage) {
  const store = createStore(undefined, ['en']);
  const autosave = createAutosave(store, storage);
  await autosave.start(DATASET);
  const scenarios = createScenarioController(store, noSync);
  commitToActive(store, { kind: 'addFacility', facility: station('f1') });
  await scenarios.duplicate(store.activeScenario.peek().id);
  commitToActive(store, { kind: 'addFacility', facility: station('f2', 114.26) });
  await autosave.flush();
  return { store, autosave, scenarios };
}

/** Reloads: a fresh store restored from `storage`, then one edit (which writes the list again). */
async function reloadAndEdit(storage: AutosaveStorage): Promise<AppStore> {
  const store = createStore(undefined, ['en']);
  const autosave = createAutosave(store, storage);
  await autosave.start(DATASET);
  commitToActive(store, { kind: 'addFacility', facility: station('after-reload', 114.27) });
  await autosave.flush();
  const again = createStore(undefined, ['en']);
  await createAutosave(again, storage).start(DATASET);
  return again;
}

function facilityIdsByScenario(store: AppStore): string[][] {
  return store.scenarios.peek().list.scenarios.map((scenario) => scenario.facilities.map((f) => f.id));
}

const geoJsonFile = (properties: Record<string, unknown>, coordinates = [114.3, 30.6]) => ({
  name: 'hostile.geojson',
  bytes: new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'ok-1',
          geometry: { type: 'Point', coordinates: [114.31, 30.61] },
          properties: { name: 'Fine', type: 'kindergarten', area_m2: 900, radius_m: 300 },
        },
        {
          type: 'Feature',
          id: 'bad-1',
          geometry: { type: 'Point', coordinates },
          properties: { name: 'Bad one', type: 'kindergarten', area_m2: 900, radius_m: 300, ...properties },
        },
      ],
    }),
  ),
});

const csvFile = {
  name: 'polar.csv',
  bytes: new TextEncoder().encode(
    'name,type,area_m2,lon,lat\nFine,幼儿园,900,114.3,30.6\nPolar,幼儿园,900,114.3,87\n',
  ),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a file with values the engine refuses (issue 15 data-loss chain)', () => {
  it.each([
    ['a radius over 10 km', geoJsonFile({ radius_m: 20_000 }), 'radius'],
    ['a latitude between 85° and 90°', geoJsonFile({}, [114.3, 87.5]), 'lat'],
    ['a floor area over 1e7 m²', geoJsonFile({ area_m2: 20_000_000 }), 'floorArea'],
    ['a latitude of 87° in a CSV', csvFile, 'lat'],
  ])(
    '%s: the file is refused naming the facility, and every earlier scenario survives a reload',
    async (_case, file, field) => {
      const { storage } = memoryStorage();
      const { store, autosave, scenarios } = await tabWithEarlierWork(storage);
      const earlier = facilityIdsByScenario(store);
      expect(earlier).toEqual([['f1'], ['f1', 'f2']]);

      const imported = await importFile(file, { kind: 'facilities' });
      // The chain as the import controller runs it: what imports is added as a new active scenario and autosaved.
      if (imported.ok && imported.value.kind === 'facilities') {
        const active = store.activeScenario.peek();
        await scenarios.addScenario({ ...active, name: 'hostile', facilities: imported.value.facilities });
        await autosave.flush();
      }
      const reloaded = await reloadAndEdit(storage);
      expect(facilityIdsByScenario(reloaded).slice(0, 2)).toEqual([['f1'], ['f1', 'f2', 'after-reload']]);

      expect(imported).toMatchObject({ ok: false, error: { code: 'invalid-facility', details: { field } } });
      if (!imported.ok) {
        const name = file === csvFile ? 'Polar' : 'Bad one';
        expect(formatImportError(imported.error, file.name, 'en')).toContain(name);
        expect(formatImportError(imported.error, file.name, 'zh-CN')).toContain(`设施“${name}”`);
      }
    },
  );

  it.each([
    ['radiusMeters', 20_000],
    ['lat', 87.5],
    ['floorAreaSquareMeters', 20_000_000],
    ['status', '__proto__'],
  ])(
    'a stored facility with %s = %s (an older version wrote it): the rest is restored, it is quarantined, nothing is lost',
    async (field, value) => {
      const { storage, records } = memoryStorage();
      const { store } = await tabWithEarlierWork(storage);
      const list = structuredClone(store.scenarios.peek().list);
      const bad = { ...station('bad'), [field]: value };
      (list.scenarios[1] as { facilities: unknown[] }).facilities.push(bad);
      records.set(autosaveKey(DATASET), autosaveRecordOf(list, DATASET, new Date()));

      const reloaded = await reloadAndEdit(storage);
      expect(facilityIdsByScenario(reloaded)).toEqual([['f1'], ['f1', 'f2', 'after-reload']]);
      const quarantine = records.get(quarantineKey(DATASET)) as { items: { kind: string; value: unknown }[] };
      expect(quarantine.items).toEqual([expect.objectContaining({ kind: 'facility', value: bad })]);
    },
  );
});
