import { describe, expect, it } from 'vitest';
import { summarizeDataset } from './dataset-summary';
import { smallDataset } from './small-dataset.fixture';
import { resultsFromSummary } from './summary-results';

describe('resultsFromSummary', () => {
  it('carries the population figures into the Results shape with empty coverage', () => {
    const results = resultsFromSummary(summarizeDataset(smallDataset()));
    expect(results.method).toEqual({
      coverage: 'centroid',
      householdSize: 2.5,
      distance: 'great-circle',
      layer: 'total',
    });
    expect(results.districts[1]).toEqual({
      id: 'B',
      name: '乙区',
      population: 90,
      households: 30,
      elderlyPopulation: 11.25,
      populationByLayer: { adults20plus: 45, elderly60plus: 11.25, total: 90 },
      facilityAreaSquareMeters: 0,
      areaPer100Households: 0,
      coverage: {},
      sfcaPer100Households: {},
      indicators: [],
    });
    expect(results.totals).toEqual({ population: 240, populationOutsideDistricts: 30, coverage: {} });
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });
});
