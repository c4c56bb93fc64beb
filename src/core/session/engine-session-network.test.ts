import { describe, expect, it } from 'vitest';
import { haversineDistanceMeters } from '../geo/distance';
import { ok, type Result } from '../model/result';
import type { Results } from '../model/results';
import { at } from '../network/network.fixture';
import { encodeNetworkFile } from '../network/network-file';
import { riverDataset, riverNetwork, riverStation } from '../network/river.fixture';
import { createEngineSession } from './engine-session';

/** The river of core/network/river.fixture.ts: 100% in a straight line, 50% along the streets. */
const network = riverNetwork();
const networkBytes = encodeNetworkFile(network);
const station = riverStation();
const { lon: stationLon, lat: stationLat } = station;

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };

async function sessionWith(fetchNetwork: () => Promise<ArrayBuffer>) {
  const session = createEngineSession({
    fetchBytes: async (url) => (url === 'streets.lcnet' ? fetchNetwork() : new ArrayBuffer(0)),
    buildDataset: async () => ok(riverDataset()),
  });
  await session.loadDefaultDataset(urls);
  return session;
}

const loaded = () => sessionWith(async () => networkBytes.slice().buffer as ArrayBuffer);

function coverageOf(results: Result<Results>): number | undefined {
  if (!results.ok) throw new Error(results.error.message);
  return results.value.totals.coverage.community_service_station?.percent;
}

describe('engine session: walking network', () => {
  it('says none, then loading, then ready with the counts and the extent', async () => {
    let arrive: (bytes: ArrayBuffer) => void = () => undefined;
    const session = await sessionWith(() => new Promise((resolve) => (arrive = resolve)));
    expect(session.networkStatus()).toEqual(ok({ status: 'none' }));
    const loading = session.loadNetwork('streets.lcnet');
    expect(session.networkStatus()).toEqual(ok({ status: 'loading' }));
    arrive(networkBytes.slice().buffer as ArrayBuffer);
    const ready = await loading;
    expect(ready.ok && ready.value.status).toBe('ready');
    const status = session.networkStatus();
    if (!status.ok || status.value.status !== 'ready') throw new Error('not ready');
    expect(status.value.nodes).toBe(network.nodeCount);
    expect(status.value.edges).toBe(network.edgeCount);
    expect(status.value.populationOnNetworkPercent).toBe(100);
    expect(status.value.extent[0]).toBeCloseTo(stationLon, 6);
    expect(status.value.extent[3]).toBeCloseTo(at(0, 400)[1], 6);
  });

  it('refuses network mode before the network is loaded and keeps the straight-line figures', async () => {
    const session = await loaded();
    expect(coverageOf(session.setScenario([station], { distance: 'great-circle' }))).toBe(100);
    const refused = session.setScenario([station], { distance: 'network' });
    expect(refused.ok ? null : refused.error.code).toBe('network-not-ready');
    const results = session.results();
    expect(results.ok && results.value.method.distance).toBe('great-circle');
  });

  it('reports a failed fetch as failed with its code', async () => {
    const session = await sessionWith(async () => {
      throw new Error('HTTP 404');
    });
    const failed = await session.loadNetwork('streets.lcnet');
    expect(failed.ok ? null : failed.error.code).toBe('fetch-failed');
    const status = session.networkStatus();
    expect(status.ok && status.value.status).toBe('failed');
  });

  it('covers the far bank in a straight line and not along the streets, never mixing the two', async () => {
    const session = await loaded();
    await session.loadNetwork('streets.lcnet');
    const walking = session.setScenario([station], { distance: 'network' });
    expect(coverageOf(walking)).toBe(50);
    if (!walking.ok) return;
    expect(walking.value.method.distance).toBe('network');
    expect(walking.value.totals.populationOnNetworkPercent).toBe(100);
    const straight = session.setScenario([station], { distance: 'great-circle' });
    expect(coverageOf(straight)).toBe(100);
    expect(straight.ok && straight.value.method.distance).toBe('great-circle');
    expect(straight.ok && straight.value.totals.populationOnNetworkPercent).toBeUndefined();
    // The second engine (compare, delta map) follows each scenario's own mode.
    expect(coverageOf(session.evaluateScenario([station], { distance: 'network' }))).toBe(50);
    expect(coverageOf(session.evaluateScenario([station], { distance: 'great-circle' }))).toBe(100);
  });

  it('edits the network engine incrementally: the bridge brings the far bank within reach', async () => {
    const session = await loaded();
    await session.loadNetwork('streets.lcnet');
    session.setScenario([station], { distance: 'network' });
    // At the bridgehead (600, 0) with a 1,100 m radius: S is 600 + 20 = 620 m away, N 400 + 600 + 20 = 1,020 m.
    session.updateFacility('s', { radiusMeters: 1100 });
    const [lon, lat] = at(600, 0);
    expect(coverageOf(session.moveFacility('s', lon, lat))).toBe(100);
    expect(coverageOf(session.moveFacility('s', stationLon, stationLat))).toBe(50);
    // Off the network (over 300 m from every node): covers nothing and says so.
    const [offLon, offLat] = at(-1000, 200);
    const off = session.moveFacility('s', offLon, offLat);
    expect(coverageOf(off)).toBe(0);
    expect(off.ok && off.value.facilities?.[0]?.offNetwork).toBe(true);
  });

  it('draws the streets a station reaches: 500 m of the south bank, nothing across the river', async () => {
    const session = await loaded();
    await session.loadNetwork('streets.lcnet');
    const drawn = session.reachedStreets(stationLon, stationLat, 500);
    if (!drawn.ok) throw new Error(drawn.error.message);
    const { segments } = drawn.value;
    let meters = 0;
    let north = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < segments.length; k += 4) {
      meters += haversineDistanceMeters(
        segments[k] as number,
        segments[k + 1] as number,
        segments[k + 2] as number,
        segments[k + 3] as number,
      );
      north = Math.max(north, segments[k + 1] as number, segments[k + 3] as number);
    }
    expect(meters).toBeCloseTo(500, 0);
    expect(north).toBeCloseTo(stationLat, 6);
  });
});
