import { describe, expect, it } from 'vitest';
import type { DistrictSummary } from '../core/session/dataset-summary';
import { nextSort, sortDistricts } from './district-order';

const district = (id: string, population: number, elderly: number): DistrictSummary => ({
  id,
  name: id,
  cellCount: 1,
  population,
  populationByLayer: {},
  households: population / 2,
  householdSize: 2,
  elderlyPopulation: elderly,
  bounds: [0, 0, 1, 1],
});

const districts = [district('420111', 30, 1), district('420102', 10, 3), district('420103', 30, 2)];

describe('sortDistricts', () => {
  it('orders by administrative code, numerically', () => {
    const ids = sortDistricts([district('10', 1, 1), district('9', 1, 1), district('420102', 1, 1)], {
      key: 'official',
      descending: false,
    }).map((d) => d.id);
    expect(ids).toEqual(['9', '10', '420102']);
  });
  it('orders by a figure with ties in code order', () => {
    expect(sortDistricts(districts, { key: 'population', descending: true }).map((d) => d.id)).toEqual([
      '420103',
      '420111',
      '420102',
    ]);
    expect(sortDistricts(districts, { key: 'elderly', descending: false }).map((d) => d.id)).toEqual([
      '420111',
      '420103',
      '420102',
    ]);
  });
});

describe('nextSort', () => {
  it('sorts largest first, flips on a second click, and restores the codes', () => {
    const first = nextSort({ key: 'official', descending: false }, 'households');
    expect(first).toEqual({ key: 'households', descending: true });
    expect(nextSort(first, 'households')).toEqual({ key: 'households', descending: false });
    expect(nextSort(first, 'official')).toEqual({ key: 'official', descending: false });
  });
});
