/**
 * Facility types are strings from files: `__proto__` and `constructor` must be ordinary types whose coverage is
 * counted like any other (issue 15: type `__proto__` silently dropped its coverage).
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../compare/compare-results';
import { assignCellsToDistricts } from '../geo/assign-districts';
import { createEngine } from './engine';
import { facilityAt, fiveByFiveDataset } from './five-by-five.fixture';

function resultsWithType(type: string) {
  const created = createEngine(fiveByFiveDataset());
  if (!created.ok) throw new Error(created.error.message);
  // A station at row 1, column 3 (r 150 m): it covers 810 persons, all in East (see the clone test below).
  const set = created.value.setFacilities([facilityAt('S1', type, 1, 3, 150, 800)]);
  if (!set.ok) throw new Error(set.error.message);
  return created.value.results();
}

describe('facility types named like Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'counts coverage of type %s',
    (type) => {
      const reference = resultsWithType('community_service_station');
      const results = resultsWithType(type);
      const east = results.districts[1];
      expect(Object.hasOwn(east?.coverage ?? {}, type)).toBe(true);
      expect(east?.coverage[type]?.coveredPopulation).toBe(
        reference.districts[1]?.coverage.community_service_station?.coveredPopulation,
      );
      expect(Object.hasOwn(results.totals.coverage, type)).toBe(true);
      const delta = compareResults(reference, results);
      expect(Object.hasOwn(delta.totals.coverage, type)).toBe(true);
    },
  );
});

describe('comparing results that crossed a structured clone (they inherit Object.prototype)', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty'])(
    'reads a type %s absent before as 0, not as an inherited member',
    (type) => {
      const before = structuredClone(resultsWithType('community_service_station'));
      const after = structuredClone(resultsWithType(type));
      // S1 (r1c3, 150 m) reaches the block r0–r2 × c2–c4 (diagonals at 141.5 m), all in East: 30 + 40 + 50 + 80 + 90
      // + 100 + 130 + 140 + 150 = 810 persons. East's 2SFCA figure for the type is positive after, absent before.
      const sfcaAfter = after.districts[1]?.sfcaPer100Households[type] as number;
      expect(sfcaAfter).toBeGreaterThan(0);
      const delta = compareResults(before, after);
      const east = delta.districts.find((district) => district.id === after.districts[1]?.id);
      expect(east?.sfcaPer100Households[type]).toEqual({ before: 0, after: sfcaAfter, delta: sfcaAfter });
      expect(east?.coverage[type]?.coveredPopulation).toEqual({ before: 0, after: 810, delta: 810 });
      // The districts are the finest level here: one of them (East) holds S1 after, none before.
      expect(delta.totals.rollUp?.unitsWithFacility[type]).toEqual({ before: 0, after: 1, delta: 1 });
    },
  );
});

/** The 5 × 5 fixture's rows 0–1 as one unit of a finer level ("N": 550 persons, 4 West and 6 East cells). */
function withNorthRows() {
  const dataset = fiveByFiveDataset();
  const pixel = 0.0009;
  const south = 0.00225 - 2 * pixel;
  const ring = [
    [0, south],
    [5 * pixel, south],
    [5 * pixel, 0.00225],
    [0, 0.00225],
    [0, south],
  ];
  const units = [{ id: 'N', name: 'N', geometry: { type: 'Polygon' as const, coordinates: [ring] } }];
  dataset.levels = [
    { id: 'rows', name: 'Rows', units, unitOfCell: assignCellsToDistricts(dataset.grid, units) },
  ];
  return dataset;
}

describe('roll-ups of facility types named like Object.prototype members', () => {
  it.each(['__proto__', 'constructor'])('counts the units with a facility of type %s', (type) => {
    const created = createEngine(withNorthRows());
    if (!created.ok) throw new Error(created.error.message);
    // One facility at r1c1, inside unit N: N (the only finest unit, which counts in East, 6 of its 10 cells) has one.
    created.value.setFacilities([facilityAt('F', type, 1, 1, 150, 50)]);
    const results = created.value.results();
    for (const rollUp of [results.totals.rollUp, results.districts[1]?.rollUp]) {
      expect(Object.hasOwn(rollUp?.unitsWithFacility ?? {}, type)).toBe(true);
      expect(rollUp?.unitsWithFacility[type]).toBe(1);
    }
    expect(results.districts[0]?.rollUp?.unitsWithFacility[type]).toBe(0);
  });
});
