import { describe, expect, it } from 'vitest';
import { haversineDistanceMeters } from '../geo/distance';
import type { Dataset } from '../model/dataset';
import { createDijkstraScratch } from './bounded-dijkstra';
import { at, networkOf, pointGrid, street } from './network.fixture';
import { encodeNetworkFile } from './network-file';
import { networkExtent, networkSegments, reachedSegments } from './network-geometry';
import { setUpNetwork, setUpNetworkFile } from './network-setup';

function datasetOf(points: [number, number][]): Dataset {
  return {
    id: 'd',
    name: 'D',
    grid: pointGrid(points),
    districts: [],
    districtOfCell: new Int32Array(points.length).fill(-1),
    householdSize: 2.5,
    residentLayer: 'total',
    sourceCrs: 'EPSG:4326',
  };
}

function totalMeters(segments: Float64Array | Float32Array): number {
  let meters = 0;
  for (let k = 0; k < segments.length; k += 4)
    meters += haversineDistanceMeters(
      segments[k] as number,
      segments[k + 1] as number,
      segments[k + 2] as number,
      segments[k + 3] as number,
    );
  return meters;
}

describe('setting a network up under a dataset', () => {
  it('refuses a network that reaches no cell and warns when it falls apart', () => {
    const network = networkOf([street(0, 0, 400, 0), street(0, 5000, 100, 5000)]);
    const far = setUpNetwork(datasetOf([[0, 2000]]), network);
    expect(far.ok ? null : far.error.code).toBe('network-no-overlap');
    const near = setUpNetworkFile(datasetOf([[0, 20]]), encodeNetworkFile(network));
    if (!near.ok) throw new Error(near.error.message);
    // 17 of the 22 nodes are on the 400 m street.
    expect(near.value.warnings).toEqual([
      expect.objectContaining({ code: 'network-fragmented', details: { percent: 77.3 } }),
    ]);
    expect(near.value.shares.total.share).toBe(1);
  });
});

describe('network geometry', () => {
  const network = networkOf([street(0, 0, 400, 0), street(200, 0, 200, 300)]);
  const setup = setUpNetwork(datasetOf([[0, 20]]), network);
  if (!setup.ok) throw new Error(setup.error.message);
  const scratch = createDijkstraScratch(network);

  it('gives the extent and every edge once', () => {
    const [west, south, east, north] = networkExtent(network) ?? [];
    expect(west).toBeCloseTo(at(0, 0)[0], 6);
    expect(east).toBeCloseTo(at(400, 0)[0], 6);
    expect(south).toBeCloseTo(at(0, 0)[1], 6);
    expect(north).toBeCloseTo(at(0, 300)[1], 6);
    expect(networkSegments(network).length).toBe(4 * network.edgeCount);
    // Float32 coordinates: about 1 m per vertex.
    expect(Math.abs(totalMeters(networkSegments(network)) - 700)).toBeLessThan(3);
  });

  it('draws the streets a facility reaches, cut at the radius', () => {
    // From (0, 10): snap 10 m, then 240 m east along the street, none of the branch at x = 200 beyond 40 m.
    const reached = reachedSegments(setup.value.provider, scratch, ...at(0, 10), 250);
    expect(totalMeters(reached)).toBeCloseTo(240 + 40, 0);
    expect(reachedSegments(setup.value.provider, scratch, ...at(0, 700), 2000)).toHaveLength(0);
  });

  it('leaves the middle of an edge reached from both ends when it is out of reach', () => {
    // A 200 × 50 m block walked from the middle of its south side with r = 240 m: the north side's middle edge
    // (x = 80 … 120, 40 m) is reached at 230 m from both ends, so 10 m of each end are drawn and 20 m are not.
    const north = {
      type: 'Feature' as const,
      properties: { highway: 'residential' },
      geometry: {
        type: 'LineString' as const,
        coordinates: [at(0, 50), at(80, 50), at(120, 50), at(200, 50)],
      },
    };
    const block = networkOf([street(0, 0, 200, 0), street(0, 0, 0, 50), street(200, 0, 200, 50), north]);
    const blockSetup = setUpNetwork(datasetOf([[100, 10]]), block);
    if (!blockSetup.ok) throw new Error(blockSetup.error.message);
    const reached = reachedSegments(
      blockSetup.value.provider,
      createDijkstraScratch(block),
      ...at(100, 0),
      240,
    );
    expect(totalMeters(reached)).toBeCloseTo(200 + 2 * 50 + 2 * (80 + 10), 0);
  });
});
