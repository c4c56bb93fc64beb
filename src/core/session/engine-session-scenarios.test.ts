import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import type { Facility } from '../model/facility';
import { ok } from '../model/result';
import { COVERAGE_CHANGE_COLOURS } from '../render/coverage-change-raster';
import { createEngineSession } from './engine-session';
import { smallDataset } from './small-dataset.fixture';

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };
const fetchBytes = async () => new ArrayBuffer(1);
const TYPE = 'community_service_station';

/** A station at the centre of cell `cell` of the 4 × 4 fixture; 50 m reaches no neighbour (≥ 96 m away). */
function stationAt(id: string, cell: number, radiusMeters = 50): Facility {
  return {
    id,
    name: id,
    type: TYPE,
    status: 'proposed',
    lon: 114 + ((cell % 4) + 0.5) * 0.001,
    lat: 30.004 - (Math.floor(cell / 4) + 0.5) * 0.001,
    floorAreaSquareMeters: 600,
    radiusMeters,
  };
}

async function loadedApi() {
  const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
  await api.loadDefaultDataset(urls);
  return api;
}

describe('engine session: scenarios other than the active one', () => {
  it('evaluates a facility list on a second engine and leaves the live one as it was', async () => {
    const api = await loadedApi();
    const live = api.addFacility(stationAt('live', 10));
    expect(live.ok).toBe(true);
    const other = [stationAt('a', 0), stationAt('b', 5, 150)];
    const evaluated = api.evaluateScenario(other, { ruleSetId: 'national-2021-2025' });
    const independent = createEngine(smallDataset(), { ruleSetId: 'national-2021-2025' });
    if (!independent.ok) throw new Error('engine');
    independent.value.setFacilities(other);
    expect(evaluated).toEqual(ok(independent.value.results()));
    // The live engine still holds only its own station.
    const after = api.results();
    expect(after.ok && after.value.facilities?.map((f) => f.id)).toEqual(['live']);
    expect(after).toEqual(live);
  });

  it('applies the options of each evaluation in full (no value left over from the previous one)', async () => {
    const api = await loadedApi();
    const facilities = [stationAt('a', 0)];
    const withSize = api.evaluateScenario(facilities, { householdSize: 4 });
    const without = api.evaluateScenario(facilities, {});
    if (!withSize.ok || !without.ok) throw new Error('evaluation failed');
    expect(withSize.value.method.householdSize).toBe(4);
    expect(without.value.method.householdSize).toBe(2.5);
    // District A: total = 2 × Σ (c + 1) over cells 0,1,4,5,8,9,12,13 = 2 × 60 = 120 persons → 120 / 2.5 households.
    expect(without.value.districts[0]?.households).toBeCloseTo(48, 9);
  });

  it('returns a coverage mask and the delta map with hand-counted residents gained and lost', async () => {
    const api = await loadedApi();
    const mask = api.coverageMaskFor([stationAt('a', 0)], TYPE, {});
    expect(mask.ok && [...mask.value.values]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const change = api.coverageChange(
      { facilities: [stationAt('a', 0), stationAt('k', 10)], options: {} },
      { facilities: [stationAt('b', 5), stationAt('k', 10)], options: {} },
      TYPE,
    );
    if (!change.ok) throw new Error(change.error.message);
    // Total layer = 2 × (cell + 1): cell 5 gained (12 persons), cell 0 lost (2), cell 10 kept.
    expect(change.value.gainedPopulation).toBe(12);
    expect(change.value.lostPopulation).toBe(2);
    const pixel = (p: number) => [...change.value.image.rgba.subarray(p * 4, p * 4 + 4)];
    expect(pixel(5)).toEqual([...COVERAGE_CHANGE_COLOURS.gained]);
    expect(pixel(0)).toEqual([...COVERAGE_CHANGE_COLOURS.lost]);
    expect(pixel(10)).toEqual([...COVERAGE_CHANGE_COLOURS.kept]);
    expect(pixel(1)).toEqual([0, 0, 0, 0]);
  });

  it('setScenario: a refused rule set leaves the live engine with its options and facilities', async () => {
    const api = await loadedApi();
    const before = api.setScenario([stationAt('a', 0)], { ruleSetId: 'national-2021-2025' });
    expect(before.ok).toBe(true);
    const refused = api.setScenario([stationAt('b', 5)], { ruleSetId: 'no-such-rule-set' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-rule-set' } });
    expect(api.results()).toEqual(before);
    // The same options again are applied on a fresh comparison, not skipped as "already applied".
    expect(api.setScenario([stationAt('b', 5)], { ruleSetId: 'no-such-rule-set' }).ok).toBe(false);
  });

  it('fails with a code before a dataset is loaded', () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    expect(api.evaluateScenario([], {})).toMatchObject({ ok: false, error: { code: 'no-dataset' } });
    expect(
      api.coverageChange({ facilities: [], options: {} }, { facilities: [], options: {} }, TYPE),
    ).toMatchObject({ ok: false, error: { code: 'no-dataset' } });
  });
});
