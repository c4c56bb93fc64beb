import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityAt, fiveByFiveWithRowBands } from '../analysis/five-by-five.fixture';
import type { DistrictResult, Results } from '../model/results';
import { plainEqual } from './plain-equal';
import { applyResultsPatch, resultsPatch } from './results-patch';

/** A row with hand-picked figures: `population` residents, `covered` of them covered by stations. */
function row(id: string, population: number, covered: number): DistrictResult {
  return {
    id,
    name: id.toUpperCase(),
    population,
    households: population / 2,
    facilityAreaSquareMeters: 0,
    areaPer100Households: 0,
    coverage: { station: { coveredPopulation: covered, percent: (100 * covered) / population } },
    sfcaPer100Households: { station: 0 },
    indicators: [],
  };
}

/** Two districts, a level of two bands and a level of three hexagons; a station covers `covered` in hexagon h2. */
function results(covered: number): Results {
  return {
    method: { coverage: 'centroid', householdSize: 2, distance: 'great-circle', layer: 'total' },
    districts: [row('a', 100, covered), row('b', 60, 0)],
    levels: [
      { id: 'bands', name: 'Bands', units: [row('n', 80, covered), row('s', 80, 0)] },
      {
        id: 'h3',
        name: 'Hexagons',
        generated: true,
        units: [row('h1', 50, 0), row('h2', 40, covered), row('h3', 70, 0)],
      },
    ],
    totals: { population: 160, populationOutsideDistricts: 0, coverage: {} },
  };
}

describe('results patch', () => {
  it('carries exactly the rows that changed: a station moved into hexagon h2 changes a, n and h2, nothing else', () => {
    const before = results(0);
    const after = results(20);
    const patch = resultsPatch(before, after);
    expect(patch.districts).toEqual({ length: 2, indices: [0], changedRows: [after.districts[0]] });
    expect(patch.levels?.map((level) => level.units)).toEqual([
      { length: 2, indices: [0], changedRows: [after.levels?.[0]?.units[0]] },
      { length: 3, indices: [1], changedRows: [after.levels?.[1]?.units[1]] },
    ]);
    const applied = applyResultsPatch(before, patch);
    expect(applied).toStrictEqual(after);
    // Unchanged rows are the base's own objects; the results and the lists are new.
    expect(applied?.levels?.[1]?.units[0]).toBe(before.levels?.[1]?.units[0]);
    expect(applied?.levels?.[1]?.units).not.toBe(before.levels?.[1]?.units);
    expect(applied).not.toBe(before);
    // Keys in the engine's order, so JSON of the rebuilt results is that of the new ones.
    expect(JSON.stringify(applied)).toBe(JSON.stringify(after));
  });

  it("finds the engine's own rows equal when nothing changed: they are plain records, as a clone would make them", () => {
    const created = createEngine(fiveByFiveWithRowBands());
    if (!created.ok) throw new Error(created.error.message);
    created.value.setFacilities([facilityAt('S1', 'community_service_station', 1, 3, 150, 800)]);
    const first = created.value.results();
    const patch = resultsPatch(first, created.value.results());
    const nothing = (length: number) => ({ length, indices: [], changedRows: [] });
    expect(patch.districts).toEqual(nothing(2));
    expect(patch.levels?.map((level) => level.units)).toEqual([nothing(2)]);
    expect(patch.facilities).toEqual(nothing(1));
  });

  it('sends a list whole when its length changed, and refuses a patch made from results of another shape', () => {
    const before = results(0);
    const after = results(20);
    after.levels?.[1]?.units.push(row('h4', 10, 0));
    const patch = resultsPatch(before, after);
    expect(patch.levels?.[1]?.units).toEqual({ rows: after.levels?.[1]?.units });
    expect(applyResultsPatch(before, patch)).toStrictEqual(after);
    // Applied onto results whose bands level has three units, the patch's two-row bands change does not fit.
    const other = results(0);
    other.levels?.[0]?.units.push(row('w', 1, 0));
    expect(applyResultsPatch(other, patch)).toBeUndefined();
  });
});

describe('plain equality of rows', () => {
  it('tells apart what a structured clone tells apart', () => {
    expect(plainEqual(row('a', 100, 20), row('a', 100, 20))).toBe(true);
    expect(plainEqual(0, -0)).toBe(false);
    expect(plainEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(plainEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(plainEqual({ a: undefined }, {})).toBe(false);
    // A hole (an index never set) against an element holding undefined.
    const holed: unknown[] = [1];
    holed[2] = 3;
    expect(plainEqual(holed, [1, undefined, 3])).toBe(false);
    expect(plainEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(plainEqual(new Float32Array([1]), new Float32Array([1]))).toBe(false);
    expect(plainEqual(Object.assign(Object.create(null), { a: 1 }), { a: 1 })).toBe(true);
  });
});
