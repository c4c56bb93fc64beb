/**
 * Facility types are strings from files: `__proto__` and `constructor` must be ordinary types whose coverage is
 * counted like any other (issue 15: type `__proto__` silently dropped its coverage).
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../compare/compare-results';
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
