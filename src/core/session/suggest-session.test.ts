import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import type { Facility } from '../model/facility';
import { ok } from '../model/result';
import { encodeNetworkFile } from '../network/network-file';
import { riverDataset, riverNetwork, riverStation } from '../network/river.fixture';
import type { CoverageSolver } from '../suggest/exact-coverage';
import type { SuggestProgress } from '../suggest/suggest-types';
import { createEngineSession } from './engine-session';
import { smallDataset } from './small-dataset.fixture';

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };
const fetchBytes = async () => new ArrayBuffer(0);

/** A station of 50 m on the centre of `cell` of the small dataset: it reaches that cell only. */
function stationAt(cell: number, id: string): Facility {
  const dataset = smallDataset();
  return {
    id,
    name: id,
    type: 'community_service_station',
    status: 'existing',
    lon: dataset.grid.lon[cell] as number,
    lat: dataset.grid.lat[cell] as number,
    floorAreaSquareMeters: 100,
    radiusMeters: 50,
  };
}

async function loadedSession(loadCoverageSolver?: () => Promise<CoverageSolver>) {
  const session = createEngineSession({
    fetchBytes,
    buildDataset: async () => ok(smallDataset()),
    ...(loadCoverageSolver ? { loadCoverageSolver } : {}),
  });
  await session.loadDefaultDataset(urls);
  return session;
}

describe('engine session: suggestSites', () => {
  // Hand-worked: the total layer holds 2 × (c + 1) persons in cell c (240 in all); a 50 m catchment reaches its own
  // cell only. The existing station on cell 14 (30 persons) is fixed, so 2 sites go to cells 13 (28) and 12 (26).
  it('suggests on the dataset with the scenario’s stations of the type fixed, and the engine agrees', async () => {
    const session = await loadedSession();
    const existing = stationAt(14, 'existing');
    const other = { ...stationAt(13, 'kindergarten'), type: 'kindergarten' };
    const answer = await session.suggestSites({
      type: 'community_service_station',
      radiusMeters: 50,
      objective: { kind: 'count', count: 2 },
      facilities: [existing, other],
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const outcome = answer.value;
    expect(outcome.sites.map((site) => site.cell)).toEqual([13, 12]);
    expect(outcome.sites.map((site) => site.addedPopulation)).toEqual([28, 26]);
    expect(outcome.curve).toEqual([30, 58, 84]);
    expect(outcome.totalPopulation).toBe(240);
    const engine = createEngine(smallDataset());
    if (!engine.ok) throw new Error(engine.error.message);
    engine.value.setFacilities([
      existing,
      ...outcome.sites.map((site, index) => ({
        ...stationAt(site.cell, `s${index}`),
        status: 'proposed' as const,
      })),
    ]);
    expect(engine.value.results().totals.coverage.community_service_station?.coveredPopulation).toBe(84);
  });

  it('refuses network mode while the walking network is not loaded', async () => {
    const session = await loadedSession();
    const answer = await session.suggestSites({
      type: 'community_service_station',
      radiusMeters: 50,
      objective: { kind: 'count', count: 1 },
      facilities: [],
      distance: 'network',
    });
    expect(answer.ok ? null : answer.error.code).toBe('network-not-ready');
  });

  it('loads the exact solver once, for the count objective only, and reports its optimum', async () => {
    let loads = 0;
    let solves = 0;
    // A test solver that answers the fast answer's own value as the optimum (no gap).
    const solver: CoverageSolver = {
      solve(program, options) {
        solves++;
        const x = options.start ? options.start.slice(0, program.xCount) : new Float64Array(program.xCount);
        let objective = 0;
        if (options.start)
          for (let column = 0; column < program.cost.length; column++) {
            objective += (program.cost[column] as number) * (options.start[column] as number);
          }
        return { status: 'optimal', objective, bound: objective, x };
      },
    };
    const session = await loadedSession(async () => {
      loads++;
      return solver;
    });
    const request = {
      type: 'community_service_station',
      radiusMeters: 50,
      facilities: [],
      exact: true,
    };
    const first = await session.suggestSites({ ...request, objective: { kind: 'count', count: 2 } });
    const second = await session.suggestSites({ ...request, objective: { kind: 'count', count: 3 } });
    await session.suggestSites({ ...request, objective: { kind: 'target-coverage', percent: 20 } });
    expect(loads).toBe(1);
    expect(first.ok && first.value.exact?.status).toBe('optimal');
    expect(second.ok && second.value.exact?.status).toBe('optimal');
    expect(solves).toBeGreaterThanOrEqual(2);
  });

  it('reports progress at most once per 100 ms within a phase', async () => {
    const session = await loadedSession();
    const seen: SuggestProgress[] = [];
    await session.suggestSites(
      {
        type: 'community_service_station',
        radiusMeters: 50,
        objective: { kind: 'target-coverage', percent: 90 },
        facilities: [],
      },
      (progress) => seen.push(progress),
    );
    const phases = seen.map((progress) => progress.phase);
    // Each phase reported once (the run takes far less than 100 ms).
    expect(new Set(phases).size).toBe(phases.length);
    expect(phases).toEqual(expect.arrayContaining(['candidates', 'catchments', 'search']));
  });
});

describe('engine session: suggestSites along the walking network', () => {
  /**
   * The river of core/network/river.fixture.ts: 400 m wide, one bridge at x = 600; one person 20 m north of the
   * south street at x = 0 (S) and one 20 m south of the north street (N, 380 m from the origin across the water).
   * The one candidate is the planner's point at the origin, radius 500 m: in a straight line it reaches S and N
   * (2 persons); along the streets N is 600 + 400 + 600 + 20 = 1,620 m away, so it reaches S only (1 person).
   */
  const network = riverNetwork();
  const { lon, lat } = riverStation();

  it('measures the candidates’ catchments in the scenario’s distance mode', async () => {
    const bytes = encodeNetworkFile(network);
    const session = createEngineSession({
      fetchBytes: async () => bytes.slice().buffer as ArrayBuffer,
      buildDataset: async () => ok(riverDataset()),
    });
    await session.loadDefaultDataset(urls);
    await session.loadNetwork('streets.lcnet');
    const request = {
      type: 'community_service_station',
      radiusMeters: 500,
      objective: { kind: 'count' as const, count: 1 },
      facilities: [],
      candidates: [{ lon, lat }],
    };
    const straight = await session.suggestSites(request);
    const walking = await session.suggestSites({ ...request, distance: 'network' });
    if (!straight.ok || !walking.ok) throw new Error('suggestion failed');
    expect([straight.value.distance, straight.value.coveredAfter]).toEqual(['great-circle', 2]);
    expect([walking.value.distance, walking.value.coveredAfter]).toEqual(['network', 1]);
  });
});
