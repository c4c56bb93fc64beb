/**
 * Where the network ends (domain.md § Walking-network distance): results in network mode state, per district, the
 * share of the population on the network (cells within 300 m of a node), and list the facilities off the network,
 * which reach nothing.
 */
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { NetworkDistanceProvider } from './network-distance-provider';

/** Population on and off the network in one area. */
export interface NetworkPopulationShare {
  /** Persons in the area (the layer's cells, negative values counted as 0). */
  population: number;
  /** Persons in cells snapped to the network. */
  onNetworkPopulation: number;
  /** onNetworkPopulation / population; 0 when the area has nobody. */
  share: number;
}

/** {@link NetworkPopulationShare} per district (in `dataset.districts` order), outside districts, and in total. */
export interface NetworkPopulationShares {
  districts: (NetworkPopulationShare & { id: string; name: string })[];
  outsideDistricts: NetworkPopulationShare;
  total: NetworkPopulationShare;
}

function share(population: number, onNetworkPopulation: number): NetworkPopulationShare {
  return { population, onNetworkPopulation, share: population > 0 ? onNetworkPopulation / population : 0 };
}

/**
 * Shares of `layer` (default the dataset's resident layer) on the network of `provider`, which must have been made
 * for `dataset.grid`. Sums run in Float64 over cells in index order.
 */
export function networkPopulationShares(
  dataset: Dataset,
  provider: NetworkDistanceProvider,
  layer: string = dataset.residentLayer,
): NetworkPopulationShares {
  const values = dataset.grid.layers[layer];
  const districtCount = dataset.districts.length;
  // Slot districtCount holds the cells outside every district.
  const population = new Float64Array(districtCount + 1);
  const onNetwork = new Float64Array(districtCount + 1);
  const nodeOfCell = provider.cellSnapping.nodeOfCell;
  if (values) {
    for (let cell = 0; cell < dataset.grid.cellCount; cell++) {
      const district = dataset.districtOfCell[cell] as number;
      const slot = district >= 0 ? district : districtCount;
      const persons = Math.max(0, values[cell] as number);
      population[slot] = (population[slot] as number) + persons;
      if ((nodeOfCell[cell] as number) >= 0) onNetwork[slot] = (onNetwork[slot] as number) + persons;
    }
  }
  let totalPopulation = 0;
  let totalOnNetwork = 0;
  for (let slot = 0; slot <= districtCount; slot++) {
    totalPopulation += population[slot] as number;
    totalOnNetwork += onNetwork[slot] as number;
  }
  return {
    districts: dataset.districts.map((district, index) => ({
      id: district.id,
      name: district.name,
      ...share(population[index] as number, onNetwork[index] as number),
    })),
    outsideDistricts: share(population[districtCount] as number, onNetwork[districtCount] as number),
    total: share(totalPopulation, totalOnNetwork),
  };
}

/** Ids of the facilities with no node within 300 m (they cover nothing in network mode), in the given order. */
export function offNetworkFacilityIds(
  provider: NetworkDistanceProvider,
  facilities: readonly Pick<Facility, 'id' | 'lon' | 'lat'>[],
): string[] {
  return facilities
    .filter((facility) => provider.snapFacility(facility.lon, facility.lat) === null)
    .map((facility) => facility.id);
}
