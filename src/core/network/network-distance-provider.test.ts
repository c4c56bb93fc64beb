import { describe, expect, it } from 'vitest';
import { createCatchmentBuffer, createCatchmentRanges } from '../analysis/catchment';
import { createEuclideanDistanceProvider } from '../analysis/distance-provider';
import { createEngine } from '../analysis/engine';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { at, networkOf, pointGrid, street } from './network.fixture';
import { createNetworkDistanceProvider } from './network-distance-provider';
import { networkPopulationShares, offNetworkFacilityIds } from './network-population';

function cellsOf(
  provider: ReturnType<typeof createEuclideanDistanceProvider>,
  [x, y]: [number, number],
  radiusMeters: number,
): { cells: number[]; meters: number[] } {
  const buffer = createCatchmentBuffer(4);
  const [lon, lat] = at(x, y);
  const count = provider.collect(lon, lat, radiusMeters, buffer, true);
  return {
    cells: Array.from(buffer.cells.subarray(0, count)),
    meters: Array.from(buffer.distancesMeters.subarray(0, count)),
  };
}

function station(id: string, [x, y]: [number, number], radiusMeters: number): Facility {
  const [lon, lat] = at(x, y);
  return {
    id,
    name: id,
    type: 'community_service_station',
    status: 'proposed',
    lon,
    lat,
    radiusMeters,
    floorAreaSquareMeters: 600,
  };
}

describe('river with one bridge', () => {
  // South bank street y = −100 and north bank street y = +100 from x = 0 to 1,000 m; one bridge at x = 600.
  const network = networkOf([
    street(0, -100, 1000, -100),
    street(0, 100, 1000, 100),
    street(600, -100, 600, 100),
  ]);
  // Cell 0 on the north bank, 20 m off the street at x = 200; cell 1 on the south bank at the facility.
  const grid = pointGrid([
    [200, 120],
    [0, -110],
  ]);
  const network_ = createNetworkDistanceProvider(grid, network);
  const straight = createEuclideanDistanceProvider(grid);

  it('straight-line covers the far bank, the network does not while the bridge is out of reach', () => {
    // From x = 0: 298 m across the river, 600 + 200 + 400 + 20 = 1,220 m by the bridge.
    expect(cellsOf(straight, [0, -100], 1000).cells).toEqual([0, 1]);
    expect(cellsOf(network_, [0, -100], 1000).cells).toEqual([1]);
  });

  it('covers the far bank once the bridge is within reach', () => {
    // From x = 300: 300 + 200 + 400 + 20 = 920 m.
    const reached = cellsOf(network_, [300, -100], 1000);
    expect(reached.cells).toEqual([0, 1]);
    expect(reached.meters[0]).toBeCloseTo(920, 1);
    // From x = 200: 400 + 200 + 400 + 20 = 1,020 m > 1,000 m.
    expect(cellsOf(network_, [200, -100], 1000).cells).toEqual([1]);
  });

  it('gives the same cells as runs', () => {
    const ranges = createCatchmentRanges(1);
    const [lon, lat] = at(300, -100);
    expect(network_.collectRanges(lon, lat, 1000, ranges)).toBe(1);
    expect(Array.from(ranges.bounds.subarray(0, 2))).toEqual([0, 2]);
  });

  it('lowers coverage in the engine: results say "network"', () => {
    const dataset: Dataset = {
      id: 'river',
      name: 'River',
      grid,
      districts: [],
      districtOfCell: new Int32Array(2).fill(-1),
      householdSize: 2.5,
      residentLayer: 'total',
      sourceCrs: 'EPSG:4326',
    };
    const straightEngine = createEngine(dataset, { ruleSetId: null });
    const networkEngine = createEngine(dataset, { ruleSetId: null }, network_);
    if (!(straightEngine.ok && networkEngine.ok)) throw new Error('engine');
    for (const engine of [straightEngine.value, networkEngine.value])
      engine.setFacilities([station('s', [0, -100], 1000)]);
    expect(Array.from(straightEngine.value.coverageMask('community_service_station'))).toEqual([1, 1]);
    expect(Array.from(networkEngine.value.coverageMask('community_service_station'))).toEqual([0, 1]);
    expect(networkEngine.value.results().method.distance).toBe('network');
    expect(straightEngine.value.results().method.distance).toBe('great-circle');
  });

  it('refuses area-weighted coverage with the network, which samples cells by straight line', () => {
    const dataset: Dataset = {
      id: 'river',
      name: 'River',
      grid,
      districts: [],
      districtOfCell: new Int32Array(2).fill(-1),
      householdSize: 2.5,
      residentLayer: 'total',
      sourceCrs: 'EPSG:4326',
    };
    const created = createEngine(dataset, { coverageMethod: 'area-weighted' }, network_);
    expect(created.ok ? 'ok' : created.error.code).toBe('invalid-option');
    const engine = createEngine(dataset, {}, network_);
    if (!engine.ok) throw new Error(engine.error.message);
    expect(engine.value.setOptions({ coverageMethod: 'area-weighted' }).ok).toBe(false);
    expect(engine.value.options().coverageMethod).toBe('centroid');
  });
});

describe('snapping limits', () => {
  // One street along y = 0 from x = −100 to 100 m (a node every 25 m, one at x = 0).
  const network = networkOf([street(-100, 0, 100, 0)]);

  it('attaches a cell 299 m from the nearest node and leaves one 301 m away off the network', () => {
    const grid = pointGrid([
      [0, 299],
      [0, -301],
    ]);
    const provider = createNetworkDistanceProvider(grid, network);
    expect(Array.from(provider.cellSnapping.nodeOfCell.map((node) => (node >= 0 ? 1 : 0)))).toEqual([1, 0]);
    expect(provider.cellSnapping.snapMetersOfCell[0]).toBeCloseTo(299, 2);
    // Straight-line reaches both from the street; the network only the snapped one, at 0 + 0 + 299 m.
    const reached = cellsOf(provider, [0, 0], 1000);
    expect(reached.cells).toEqual([0]);
    expect(reached.meters[0]).toBeCloseTo(299, 2);
    expect(cellsOf(createEuclideanDistanceProvider(grid), [0, 0], 1000).cells).toEqual([0, 1]);
  });

  it('snaps a facility 299 m away and not one 301 m away', () => {
    const provider = createNetworkDistanceProvider(pointGrid([[0, 10]]), network);
    const near = provider.snapFacility(...at(0, -299));
    expect(near?.meters).toBeCloseTo(299, 2);
    expect(provider.snapFacility(...at(0, -301))).toBeNull();
    expect(cellsOf(provider, [0, -299], 1000).cells).toEqual([0]);
    expect(cellsOf(provider, [0, -301], 1000).cells).toEqual([]);
  });

  it('counts the facility snap against the radius', () => {
    const provider = createNetworkDistanceProvider(pointGrid([[50, 10]]), network);
    // 200 (snap) + 50 (path) + 10 (snap) = 260 m.
    expect(cellsOf(provider, [0, -200], 260.01).cells).toEqual([0]);
    expect(cellsOf(provider, [0, -200], 259.99).cells).toEqual([]);
    expect(cellsOf(provider, [0, -200], 199).cells).toEqual([]);
  });
});

describe('off-network facility', () => {
  const network = networkOf([street(0, 0, 500, 0)]);
  const grid = pointGrid(
    [
      [100, 20],
      [0, 900],
      [400, -50],
    ],
    [10, 5, 20],
  );
  const provider = createNetworkDistanceProvider(grid, network);

  it('covers nothing, even cells next to it, and is listed', () => {
    // The facility stands 10 m from cell 1, which is itself off the network.
    expect(cellsOf(provider, [0, 910], 2000).cells).toEqual([]);
    const facilities = [station('on', [100, 0], 500), station('off', [0, 910], 2000)];
    expect(offNetworkFacilityIds(provider, facilities)).toEqual(['off']);
  });

  it('states the share of population on the network per district', () => {
    const dataset: Dataset = {
      id: 'shares',
      name: 'Shares',
      grid,
      districts: [{ id: 'd', name: 'D', geometry: { type: 'Polygon', coordinates: [] } }],
      districtOfCell: Int32Array.from([0, 0, -1]),
      householdSize: 2.5,
      residentLayer: 'total',
      sourceCrs: 'EPSG:4326',
    };
    const shares = networkPopulationShares(dataset, provider);
    expect(shares.districts).toEqual([
      { id: 'd', name: 'D', population: 15, onNetworkPopulation: 10, share: 10 / 15 },
    ]);
    expect(shares.outsideDistricts).toEqual({ population: 20, onNetworkPopulation: 20, share: 1 });
    expect(shares.total).toEqual({ population: 35, onNetworkPopulation: 30, share: 30 / 35 });
  });
});
