import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import type { Dataset } from '../core/model/dataset';
import { ok } from '../core/model/result';
import { at, networkOf, pointGrid, street } from '../core/network/network.fixture';
import { encodeNetworkFile } from '../core/network/network-file';

/** One 400 m street and one cell beside it. */
const bytes = encodeNetworkFile(networkOf([street(0, 0, 400, 0)]));
const dataset: Dataset = {
  id: 'street',
  name: 'Street',
  grid: pointGrid([[0, 20]]),
  districts: [],
  districtOfCell: new Int32Array(1).fill(-1),
  householdSize: 2.5,
  residentLayer: 'total',
  sourceCrs: 'EPSG:4326',
};

describe('engine worker api: reached streets', () => {
  it('answers an off-network facility with no streets instead of failing on an empty transfer', async () => {
    const api = createEngineApi({
      fetchBytes: async () => bytes.slice().buffer as ArrayBuffer,
      buildDataset: async () => ok(dataset),
    });
    await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
    await api.loadNetwork('streets.lcnet');
    const [offLon, offLat] = at(0, 2000);
    const off = api.reachedStreets(offLon, offLat, 500);
    expect(off.ok && off.value.segments.length).toBe(0);
    const [lon, lat] = at(0, 0);
    const on = api.reachedStreets(lon, lat, 90);
    // The walk to the node (0 m here), then 90 m along the street: three whole 25 m edges and 15 m of the fourth.
    expect(on.ok && on.value.segments.length).toBe(20);
  });
});
