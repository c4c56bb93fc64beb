/**
 * Rows kept between results() calls (finest-rows.ts) on the 5 × 5 fixture (five-by-five.fixture.ts), districts only
 * (so the districts are the finest level): an edit builds again the rows it reaches and hands on the others; an edit
 * that changes what every row reads builds them all. The engine's property test checks results() after every edit
 * against a fresh engine; these cases pin down what it cannot reach by chance.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import type { IndicatorResult, Results } from '../model/results';
import { createEngine } from './engine';
import { facilityAt, fiveByFiveDataset, pixelCentre } from './five-by-five.fixture';

const WEST = 0;
const EAST = 1;

function withChildren(): Dataset {
  const dataset = fiveByFiveDataset();
  const total = dataset.grid.layers.total as Float32Array;
  dataset.grid.layers.children = total.map((persons) => persons / 20);
  dataset.childLayer = 'children';
  return dataset;
}

function inclusive(results: Results, district: number): IndicatorResult | undefined {
  return results.districts[district]?.indicators.find(
    (entry) => entry.id === 'inclusive-kindergarten-coverage',
  );
}

describe('rows kept between results() calls', () => {
  it('a move within West builds West again and hands East on as it was', () => {
    const created = createEngine(fiveByFiveDataset());
    if (!created.ok) throw new Error(created.error.message);
    const engine = created.value;
    // With 50 m a station reaches only its own cell (neighbours' centres are 100 m away): S1 at r1c0 in West, S2 at
    // r1c3 in East (a type's first or last facility would change every row: S2 keeps the type present while S1 moves).
    engine.setFacilities([
      facilityAt('S1', 'community_service_station', 1, 0, 50, 100),
      facilityAt('S2', 'community_service_station', 1, 3, 50, 100),
    ]);
    const first = engine.results();
    engine.moveFacility('S1', ...pixelCentre(2, 0));
    const second = engine.results();
    expect(second.districts[EAST]).toBe(first.districts[EAST]);
    expect(second.districts[WEST]).not.toBe(first.districts[WEST]);
    // r1c0 holds 60 persons, r2c0 110: the covered population follows the station.
    expect(first.districts[WEST]?.coverage.community_service_station?.coveredPopulation).toBe(60);
    expect(second.districts[WEST]?.coverage.community_service_station?.coveredPopulation).toBe(110);
  });

  it("a kindergarten stating places by kind makes every unit's 普惠 share evaluable, units it does not reach too", () => {
    const created = createEngine(withChildren(), { ruleSetId: 'xinji-2022-2025' });
    if (!created.ok) throw new Error(created.error.message);
    const engine = created.value;
    engine.setFacilities([
      { ...facilityAt('K1', 'kindergarten', 1, 1, 150, 3150), capacity: { places: 180 } },
    ]);
    expect(inclusive(engine.results(), EAST)?.outcome).toBe('notEvaluable');
    // K2 (50 m at r1c0) reaches only West; East's share becomes evaluable all the same: 0 places of 69 children.
    engine.addFacility({
      ...facilityAt('K2', 'kindergarten', 1, 0, 50, 3150),
      capacity: { places: 60, inclusivePlaces: 15 },
    });
    expect(inclusive(engine.results(), EAST)).toMatchObject({ value: 0, available: true, pass: false });
  });
});
