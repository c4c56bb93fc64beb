import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { summarizeDataset } from '../core/session/dataset-summary';
import { cell5Station, smallDataset } from '../core/session/small-dataset.fixture';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import type { PreferenceStorage } from './preferences';
import { createStore } from './store';
import { createUnitLevelController, levelIdIn } from './unit-level-controller';

const urls = { adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' };

function memoryStorage(): PreferenceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** The real engine session in-process on the 4 × 4 fixture, loaded, with the store showing its summary. */
async function loadedApp(storage = memoryStorage()) {
  const calls: string[] = [];
  const engine = inProcessClient(
    createEngineApi({
      fetchBytes: async () => new ArrayBuffer(8),
      buildDataset: async () => ok(smallDataset()),
    }),
    calls,
  );
  const loaded = await engine.loadDefaultDataset(urls);
  const store = createStore(storage, ['zh-CN']);
  if (loaded.ok) store.summary.value = loaded.value;
  const sync = createEngineSync(store, engine);
  await sync.syncActive();
  const controller = createUnitLevelController(store, engine, sync, storage);
  return { store, engine, sync, controller, calls, storage };
}

describe('unit level controller', () => {
  it('shows the districts until a level is chosen: levelResults are the results themselves', async () => {
    const { store } = await loadedApp();
    expect(store.unitLevelId.value).toBe('districts');
    expect(store.levelResults.value).toBe(store.results.value);
    expect(store.levelResults.value?.districts.map((row) => row.population)).toEqual([120, 90]);
  });

  it('switches hexagons on: one hexagon of 240 residents shown, and a station reaching cell 5 covers 5% of it', async () => {
    const { store, controller, storage, sync, engine } = await loadedApp();
    await controller.setHexagonUnits(true);
    expect(store.hexagonUnits.value).toEqual({ on: true, busy: false });
    expect(storage.items.get('lifecircle.hexagonUnits')).toBe('on');
    expect(store.summary.value?.levels.map((level) => level.id)).toEqual(['h3-r8']);
    expect(store.unitLevelId.value).toBe('h3-r8');
    const rows = store.levelResults.value?.districts ?? [];
    expect(rows.map((row) => row.population)).toEqual([240]);
    // The fixture's 15 cells all lie in the hexagon: nobody outside it.
    expect(store.levelResults.value?.totals.populationOutsideDistricts).toBe(0);
    // Cell 5 holds 2 × 6 = 12 residents of 240: 5%; the city's one hexagon now has a station.
    await sync.send(() => engine.addFacility(cell5Station));
    expect(store.levelResults.value?.districts[0]?.coverage.community_service_station).toEqual({
      coveredPopulation: 12,
      percent: 5,
    });
    expect(store.levelResults.value?.totals.rollUp?.unitsWithFacility.community_service_station).toBe(1);
  });

  it('switches hexagons off: the level disappears and the table goes back to the districts', async () => {
    const { store, controller, storage } = await loadedApp();
    await controller.setHexagonUnits(true);
    await controller.setHexagonUnits(false);
    expect(store.summary.value?.levels).toEqual([]);
    expect(store.unitLevelId.value).toBe('districts');
    expect(store.levelResults.value?.districts.map((row) => row.population)).toEqual([120, 90]);
    expect(storage.items.has('lifecircle.hexagonUnits')).toBe(false);
  });

  it('restores the stored choice after the load, without choosing the level', async () => {
    const storage = memoryStorage();
    storage.setItem('lifecircle.hexagonUnits', 'on');
    const { store, controller } = await loadedApp(storage);
    expect(store.hexagonUnits.value.on).toBe(true);
    await controller.restoreHexagonUnits();
    expect(store.summary.value?.levels.map((level) => level.unitCount)).toEqual([1]);
    expect(store.results.value?.levels?.[0]?.units[0]?.population).toBe(240);
    expect(store.unitLevelId.value).toBe('districts');
  });

  it('falls back to the districts when a new summary lacks the chosen level, and refuses unknown levels', async () => {
    const { store, controller } = await loadedApp();
    await controller.setHexagonUnits(true);
    expect(store.unitLevelId.value).toBe('h3-r8');
    // A dataset replaced without the level (e.g. another import): the figures fall back at once, the id is reset.
    store.summary.value = summarizeDataset(smallDataset());
    expect(store.unitLevelId.value).toBe('districts');
    controller.chooseLevel('streets');
    expect(store.unitLevelId.value).toBe('districts');
  });
});

describe('levelIdIn', () => {
  const summary = summarizeDataset({
    ...smallDataset(),
    levels: [
      {
        id: 'streets',
        name: '街道',
        units: smallDataset().districts,
        unitOfCell: smallDataset().districtOfCell,
      },
    ],
  });
  it('keeps the districts or a level of the summary, and replaces anything else by the districts', () => {
    expect(levelIdIn(summary, 'districts')).toBe('districts');
    expect(levelIdIn(summary, 'streets')).toBe('streets');
    expect(levelIdIn(summary, 'h3-r8')).toBe('districts');
    expect(levelIdIn(null, 'streets')).toBe('districts');
  });
});
