/**
 * Network figures in the results (domain.md § Walking-network distance, "Where the network ends"): per district the
 * population on the network and its share, the same for the whole grid and outside districts, and a flag on each
 * facility that is off the network. The engine's figures are left as they are; this only adds fields.
 */
import type { Results } from '../model/results';
import type { NetworkPopulationShares } from './network-population';

/**
 * A copy of `results` (from an engine using the network provider) with the network fields filled from `shares`
 * (matched by district id) and `offNetworkFacilityIds`. Results of a straight-line engine come back unchanged.
 */
export function withNetworkFigures(
  results: Results,
  shares: NetworkPopulationShares,
  offNetworkFacilityIds: readonly string[],
): Results {
  if (results.method.distance !== 'network') return results;
  const byId = new Map(shares.districts.map((district) => [district.id, district]));
  const off = new Set(offNetworkFacilityIds);
  return {
    ...results,
    districts: results.districts.map((district) => {
      const share = byId.get(district.id);
      return share
        ? {
            ...district,
            populationOnNetwork: share.onNetworkPopulation,
            populationOnNetworkPercent: 100 * share.share,
          }
        : district;
    }),
    totals: {
      ...results.totals,
      populationOnNetwork: shares.total.onNetworkPopulation,
      populationOnNetworkPercent: 100 * shares.total.share,
      populationOutsideDistrictsOnNetwork: shares.outsideDistricts.onNetworkPopulation,
    },
    ...(results.facilities
      ? {
          facilities: results.facilities.map((facility) =>
            off.has(facility.id) ? { ...facility, offNetwork: true } : facility,
          ),
        }
      : {}),
  };
}
