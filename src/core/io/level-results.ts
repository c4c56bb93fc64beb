/**
 * Exports per unit level (issue 12): the results seen from one finer level, shaped as the districts' results, so the
 * CSV and GeoJSON writers (results-csv.ts, results-geojson.ts) write a level's units exactly as they write districts.
 */
import type { Results } from '../model/results';

/**
 * `results` with the units of level `levelId` in place of the districts (the totals unchanged; "outside" becomes
 * the residents in no unit of that level), or null when the results have no such level.
 */
export function resultsAtLevel(results: Results, levelId: string): Results | null {
  const level = results.levels?.find((candidate) => candidate.id === levelId);
  if (!level) return null;
  const inUnits = level.units.reduce((sum, unit) => sum + unit.population, 0);
  const { levels: _levels, ...rest } = results;
  return {
    ...rest,
    districts: level.units,
    totals: {
      ...results.totals,
      populationOutsideDistricts: Math.max(0, results.totals.population - inUnits),
    },
  };
}
