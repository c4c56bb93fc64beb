import type { DistrictResult, Results } from '../core/model/results';
import type { DatasetSummary } from './dataset-summary';

/**
 * Results in the engine's shape before any facility is evaluated: the population figures of the summary, no
 * facility area, empty coverage. `totals.population` counts every cell, outside districts included, so
 * `population − populationOutsideDistricts` is the in-district sum.
 */
export function resultsFromSummary(summary: DatasetSummary): Results {
  return {
    method: {
      coverage: 'centroid',
      householdSize: summary.householdSize,
      distance: 'great-circle',
      layer: summary.residentLayer,
    },
    districts: summary.districts.map(
      (district): DistrictResult => ({
        id: district.id,
        name: district.name,
        population: district.population,
        households: district.households,
        ...(district.elderlyPopulation !== undefined
          ? { elderlyPopulation: district.elderlyPopulation }
          : {}),
        populationByLayer: { ...district.populationByLayer },
        facilityAreaSquareMeters: 0,
        areaPer100Households: 0,
        coverage: {},
        sfcaPer100Households: {},
        indicators: [],
      }),
    ),
    totals: {
      population: summary.allCells.population,
      populationOutsideDistricts: summary.outside.population,
      coverage: {},
    },
  };
}
