import { describe, expect, it } from 'vitest';
import type { Results } from '../model/results';
import type { NetworkPopulationShares } from './network-population';
import { withNetworkFigures } from './network-results';

const results = (distance: 'network' | 'great-circle'): Results => ({
  method: { coverage: 'centroid', householdSize: 2.5, distance, layer: 'total' },
  districts: [
    {
      id: 'a',
      name: 'A',
      population: 10,
      households: 4,
      facilityAreaSquareMeters: 0,
      areaPer100Households: 0,
      coverage: {},
      sfcaPer100Households: {},
      indicators: [],
    },
    {
      id: 'b',
      name: 'B',
      population: 0,
      households: 0,
      facilityAreaSquareMeters: 0,
      areaPer100Households: 0,
      coverage: {},
      sfcaPer100Households: {},
      indicators: [],
    },
  ],
  totals: { population: 14, populationOutsideDistricts: 4, coverage: {} },
  facilities: [
    { id: 'f1', type: 't', districtId: 'a', demandHouseholds: 1, supplyPer100Households: 1, flags: [] },
    { id: 'f2', type: 't', districtId: null, demandHouseholds: 0, supplyPer100Households: 0, flags: [] },
  ],
});

const shares: NetworkPopulationShares = {
  districts: [{ id: 'a', name: 'A', population: 10, onNetworkPopulation: 6, share: 0.6 }],
  outsideDistricts: { population: 4, onNetworkPopulation: 1, share: 0.25 },
  total: { population: 14, onNetworkPopulation: 7, share: 0.5 },
};

describe('network figures in the results', () => {
  it('adds the population on the network per district and in total, and flags off-network facilities', () => {
    const added = withNetworkFigures(results('network'), shares, ['f2']);
    expect(
      added.districts.map((district) => [district.populationOnNetwork, district.populationOnNetworkPercent]),
    ).toEqual([
      [6, 60],
      [undefined, undefined],
    ]);
    expect(added.totals).toMatchObject({
      populationOnNetwork: 7,
      populationOnNetworkPercent: 50,
      populationOutsideDistrictsOnNetwork: 1,
    });
    expect(added.facilities?.map((facility) => facility.offNetwork)).toEqual([undefined, true]);
  });

  it('leaves straight-line results alone', () => {
    const straight = results('great-circle');
    expect(withNetworkFigures(straight, shares, ['f2'])).toBe(straight);
  });
});
