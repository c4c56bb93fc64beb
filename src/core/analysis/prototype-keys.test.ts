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
  // The same station as engine.test.ts's S1 (row 1, column 3, r 150 m), which covers 240 persons of the east.
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
