import type { UnitRow } from './unit-rows';

export type DistrictSortKey = 'official' | 'population' | 'elderly' | 'households';
export interface DistrictSort {
  key: DistrictSortKey;
  descending: boolean;
}

const figureOf: Record<Exclude<DistrictSortKey, 'official'>, (district: UnitRow) => number> = {
  population: (district) => district.population,
  elderly: (district) => district.elderlyPopulation ?? 0,
  households: (district) => district.households,
};

/**
 * Districts (or units of a finer level) in the planner's chosen order. `official` follows the administrative codes (江岸 420102, 江汉 420103, …),
 * the order of statistical yearbooks; figures sort with ties broken by that order.
 */
export function sortDistricts<T extends UnitRow>(districts: readonly T[], sort: DistrictSort): T[] {
  const official = (a: UnitRow, b: UnitRow) => a.id.localeCompare(b.id, 'en', { numeric: true });
  if (sort.key === 'official') return [...districts].sort(official);
  const figure = figureOf[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...districts].sort((a, b) => sign * (figure(a) - figure(b)) || official(a, b));
}

/** A click on a column: sort by it, largest first; a second click flips; the district column restores the codes. */
export function nextSort(current: DistrictSort, clicked: DistrictSortKey): DistrictSort {
  if (clicked === 'official') return { key: 'official', descending: false };
  if (current.key === clicked) return { key: clicked, descending: !current.descending };
  return { key: clicked, descending: true };
}
