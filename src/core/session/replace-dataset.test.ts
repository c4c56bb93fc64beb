import { describe, expect, it } from 'vitest';
import { ok } from '../model/result';
import { createEngineSession } from './engine-session';
import { elderlyLayerOf, replaceDataset, residentLayerOf } from './replace-dataset';
import { rectangle, smallDataset } from './small-dataset.fixture';

async function loadedApi() {
  const api = createEngineSession({
    fetchBytes: async () => new ArrayBuffer(8),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  return api;
}

describe('replacing the dataset with imported parts', () => {
  it('new districts over the current grid: the north half holds cells 0–7, adults 1+…+8 = 36, total 72', async () => {
    const api = await loadedApi();
    const replaced = api.loadDataset({
      name: 'north.geojson',
      districts: [{ id: 'N', name: '北区', geometry: rectangle(114, 30.002, 114.004, 30.004) }],
    });
    if (!replaced.ok) throw new Error(replaced.error.message);
    const [north] = replaced.value.summary.districts;
    expect(north?.populationByLayer).toEqual({ adults20plus: 36, elderly60plus: 9, total: 72 });
    // The grid is kept, so are its resident layer and the census estimate: 240 − 72 persons outside.
    expect(replaced.value.summary.residentLayer).toBe('total');
    expect(replaced.value.summary.estimate?.scale).toBe(2);
    expect(replaced.value.summary.outside.population).toBe(168);
    // 168 of 240 persons outside: more than half, so the import says so.
    expect(replaced.value.warnings.map((warning) => warning.code)).toEqual(['population-mostly-outside']);
    const results = api.results();
    expect(results.ok && results.value.districts.map((district) => district.name)).toEqual(['北区']);
  });

  it('districts that miss the grid are refused and the loaded dataset and results stay as they were', async () => {
    const api = await loadedApi();
    const before = api.results();
    const refused = api.loadDataset({
      name: 'far.geojson',
      districts: [{ id: 'F', name: '远区', geometry: rectangle(10, 10, 11, 11) }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('grid-districts-no-overlap');
    expect(api.results()).toEqual(before);
    expect(api.populationRaster('total').ok).toBe(true);
  });

  it('a new grid brings its own layers: total if present, else the first; elderly by its id', () => {
    const grid = smallDataset().grid;
    expect(residentLayerOf(grid)).toBe('total');
    expect(elderlyLayerOf(grid)).toBe('elderly60plus');
    const adultsOnly = { ...grid, layers: { adults20plus: grid.layers.adults20plus as Float32Array } };
    expect(residentLayerOf(adultsOnly)).toBe('adults20plus');
    expect(elderlyLayerOf(adultsOnly)).toBeUndefined();
    const current = smallDataset();
    const replaced = replaceDataset(current, { name: 'adults.tif', grid: adultsOnly }, 3);
    if (!replaced.ok) throw new Error(replaced.error.message);
    expect(replaced.value.dataset.id).toBe('import-3');
    expect(replaced.value.dataset.residentLayer).toBe('adults20plus');
    expect(replaced.value.dataset.estimate).toBeUndefined();
    expect(replaced.value.dataset.elderlyLayer).toBeUndefined();
    // The districts are kept, so every cell stays in the district it was in.
    expect(Array.from(replaced.value.dataset.districtOfCell)).toEqual(Array.from(current.districtOfCell));
  });

  it('households from the import dialog: a census total of family households or persons per household', () => {
    const current = smallDataset();
    const grid = smallDataset().grid;
    // The total layer is 2 × (1 + 2 + … + 15) = 240 persons; 80 family households → 240 / 80 = 3 per household.
    const census = replaceDataset(current, { name: 'g.tif', grid, households: { familyHouseholds: 80 } }, 1);
    if (!census.ok) throw new Error(census.error.message);
    expect(census.value.dataset.householdSize).toBe(3);
    expect(census.value.dataset.householdBasis).toEqual({ residents: 240, familyHouseholds: 80 });
    const stated = replaceDataset(
      current,
      { name: 'g.tif', grid, households: { residentsPerHousehold: 2.8 } },
      2,
    );
    if (!stated.ok) throw new Error(stated.error.message);
    expect(stated.value.dataset.householdSize).toBe(2.8);
    expect(stated.value.dataset.householdBasis).toBeUndefined();
    // Nothing stated: the current dataset's size stays.
    const kept = replaceDataset(current, { name: 'g.tif', grid }, 3);
    expect(kept.ok && kept.value.dataset.householdSize).toBe(2.5);
  });

  it('a census total that is not a positive number is refused with invalid-household-size', () => {
    const current = smallDataset();
    for (const households of [
      { familyHouseholds: 0 },
      { familyHouseholds: Number.NaN },
      { residentsPerHousehold: -1 },
    ]) {
      const replaced = replaceDataset(current, { name: 'g.tif', grid: current.grid, households }, 4);
      expect(replaced.ok ? 'accepted' : replaced.error.code).toBe('invalid-household-size');
    }
    expect(current.householdSize).toBe(2.5);
  });
});
