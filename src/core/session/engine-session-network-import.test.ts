import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../model/result';
import type { Results } from '../model/results';
import { networkOf, street } from '../network/network.fixture';
import { encodeNetworkFile } from '../network/network-file';
import { riverDataset, riverNetwork, riverStation } from '../network/river.fixture';
import { createEngineSession } from './engine-session';

/**
 * The river of core/network/river.fixture.ts: streets on both banks (y = 0 and y = 400, x = 0 … 600) and one bridge
 * at x = 600; cells S (0, 20) and N (0, 380), one person each; a station at the origin with a 500 m radius. On the
 * default network N is 600 + 400 + 600 + 20 = 1,620 m away: coverage 50%. An imported footbridge from (0, 0) to
 * (0, 400) with a vertex every 25 m puts N 380 m from the station (375 m to the node at y = 375, then 5 m): 100%.
 */
const river = riverNetwork();
const footbridge = networkOf([street(0, 0, 0, 400)]);
/** The same footbridge 50 km east: no cell within 300 m of it. */
const elsewhere = networkOf([street(50_000, 0, 50_000, 400)]);
const station = riverStation();

async function riverSession() {
  const bytes = encodeNetworkFile(river);
  const session = createEngineSession({
    fetchBytes: async (url) =>
      url === 'streets.lcnet' ? (bytes.slice().buffer as ArrayBuffer) : new ArrayBuffer(0),
    buildDataset: async () => ok(riverDataset()),
  });
  await session.loadDefaultDataset({
    adultsTiff: 'a.tif',
    elderlyTiff: 'e.tif',
    districtsGeoJson: 'd.geojson',
  });
  const loaded = await session.loadNetwork('streets.lcnet');
  if (!loaded.ok) throw new Error(loaded.error.message);
  return session;
}

function walkingCoverage(session: Awaited<ReturnType<typeof riverSession>>): number | undefined {
  const results: Result<Results> = session.setScenario([station], { distance: 'network' });
  if (!results.ok) throw new Error(results.error.message);
  expect(results.value.method.distance).toBe('network');
  return results.value.totals.coverage.community_service_station?.percent;
}

describe('engine session: an imported walking network', () => {
  it('replaces the network in use, names its file, and the figures follow it', async () => {
    const session = await riverSession();
    expect(walkingCoverage(session)).toBe(50);
    const used = session.useNetwork(footbridge, 'footbridge.geojson');
    if (!used.ok || used.value.status !== 'ready') throw new Error('not used');
    expect(used.value.fileName).toBe('footbridge.geojson');
    expect([used.value.nodes, used.value.edges]).toEqual([17, 16]);
    expect(walkingCoverage(session)).toBe(100);
  });

  it('refuses a network reaching no cell with network-no-overlap and keeps the one in use', async () => {
    const session = await riverSession();
    const before = session.networkStatus();
    const refused = session.useNetwork(elsewhere, 'elsewhere.geojson');
    expect(refused.ok ? 'ok' : refused.error.code).toBe('network-no-overlap');
    expect(session.networkStatus()).toEqual(before);
    expect(walkingCoverage(session)).toBe(50);
  });
});
