import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { PopulationGrid } from '../model/grid';
import { ok } from '../model/result';
import type { UnitLevel } from '../model/unit-level';
import { createEngineSession } from './engine-session';
import { createHexagonLevelCache, HEXAGON_MIN_PERSONS, withHexagonLevel } from './hexagon-level';
import { cell5Station, smallDataset } from './small-dataset.fixture';

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };
const fetchBytes = async () => new ArrayBuffer(8);

async function loadedSession() {
  const session = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
  await session.loadDefaultDataset(urls);
  return session;
}

/**
 * The 4 × 4 fixture spans 0.004° (≈ 400 m), less than one resolution-8 hexagon (≈ 920 m across): H3 itself puts
 * every cell centre in one hexagon, whose polygon then holds all 15 cells: 2 × (1 + … + 15) = 240 residents.
 */
const hexagonOfFixture = latLngToCell(30.0035, 114.0005, 8);

describe('generated hexagon units in the engine session', () => {
  it('adds the hexagon level as the finest level, labelled generated, with its polygons, keeping the dataset id', async () => {
    const session = await loadedSession();
    const summary = session.setHexagonUnits(true);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.id).toBe('small');
    expect(
      summary.value.levels.map(({ id, generated, unitCount }) => ({ id, generated, unitCount })),
    ).toEqual([{ id: 'h3-r8', generated: true, unitCount: 1 }]);
    const feature = summary.value.levels[0]?.geoJson.features[0];
    expect(feature?.properties.id).toBe(hexagonOfFixture);
    // A hexagon: six corners and the closing one.
    expect(feature?.geometry.type === 'Polygon' && feature.geometry.coordinates[0]?.length).toBe(7);
  });

  it('evaluates every figure on the hexagon too: a station reaching cell 5 covers 12 of its 240 residents', async () => {
    const session = await loadedSession();
    session.setHexagonUnits(true);
    session.setScenario([cell5Station], { ruleSetId: 'national-2021-2025' });
    const results = session.results();
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    const unit = results.value.levels?.[0]?.units[0];
    expect(unit?.id).toBe(hexagonOfFixture);
    expect(unit?.population).toBe(240);
    expect(unit?.facilityAreaSquareMeters).toBe(100);
    // Cell 5 holds 2 × 6 = 12 residents: 12 / 240 = 5%.
    expect(unit?.coverage.community_service_station).toEqual({ coveredPopulation: 12, percent: 5 });
    expect(results.value.totals.rollUp?.unitsWithFacility.community_service_station).toBe(1);
  });

  it('removes the level again; the districts are as before', async () => {
    const session = await loadedSession();
    session.setHexagonUnits(true);
    const summary = session.setHexagonUnits(false);
    expect(summary.ok && summary.value.levels).toEqual([]);
    const results = session.results();
    expect(results.ok && (results.value.levels ?? []).length).toBe(0);
    expect(results.ok && results.value.districts.map((district) => district.population)).toEqual([120, 90]);
  });

  it('keeps the choice for a dataset imported afterwards, generated over its grid', async () => {
    const session = await loadedSession();
    session.setHexagonUnits(true);
    const replaced = session.loadDataset({ name: 'districts.geojson', districts: smallDataset().districts });
    expect(replaced.ok && replaced.value.summary.levels.map((level) => level.id)).toEqual(['h3-r8']);
  });

  it('answers no-dataset before a dataset is loaded', () => {
    const session = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    const answer = session.setHexagonUnits(true);
    expect(!answer.ok && answer.error.code).toBe('no-dataset');
  });
});

describe('withHexagonLevel', () => {
  /** A stand-in generator that counts its calls (an empty level), so the test sees what is generated and when. */
  const countingGenerator = () => {
    const calls: PopulationGrid[] = [];
    const levelOf = (grid: PopulationGrid): UnitLevel => {
      calls.push(grid);
      return { id: 'h3-r8', name: 'hexagons', generated: true, units: [], unitOfCell: new Int32Array(0) };
    };
    return { calls, levelOf };
  };

  it('places hexagons only where a cell holds at least 20 residents', () => {
    // Totals c + 1 (≤ 15 persons per cell): no cell reaches 20, so no hexagon; then cell 3 raised to 20: one.
    const dataset = smallDataset();
    const total = Float32Array.from(dataset.grid.layers.adults20plus as Float32Array);
    const sparse = { ...dataset, grid: { ...dataset.grid, layers: { ...dataset.grid.layers, total } } };
    expect(withHexagonLevel(sparse, true, createHexagonLevelCache()).levels?.[0]?.units).toEqual([]);
    total[3] = HEXAGON_MIN_PERSONS;
    expect(withHexagonLevel(sparse, true, createHexagonLevelCache()).levels?.[0]?.units.length).toBe(1);
  });

  it('appends the hexagons after the other levels and takes only them away', () => {
    const dataset = smallDataset();
    const streets = {
      id: 'streets',
      name: '街道',
      units: dataset.districts,
      unitOfCell: dataset.districtOfCell,
    };
    const counted = countingGenerator();
    const on = withHexagonLevel({ ...dataset, levels: [streets] }, true, counted.levelOf);
    expect(on.levels?.map((level) => level.id)).toEqual(['streets', 'h3-r8']);
    expect(withHexagonLevel(on, false, counted.levelOf).levels?.map((level) => level.id)).toEqual([
      'streets',
    ]);
    expect(withHexagonLevel(on, true, counted.levelOf).levels?.map((level) => level.id)).toEqual([
      'streets',
      'h3-r8',
    ]);
    expect(counted.calls.length).toBe(2);
  });
});
