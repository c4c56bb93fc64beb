import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../workers/engine-api';
import { createImportApi } from '../../workers/import-api';
import { scenarioFromGeoJson, scenarioToGeoJson } from '../core/io/scenario-geojson';
import { fail, ok, type Result } from '../core/model/result';
import { smallDataset } from '../core/session/small-dataset.fixture';
import type { SuggestOutcome } from '../core/suggest/suggest-types';
import type { EngineClient } from '../engine/engine-client';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import { stepList } from './list-commit';
import { createPlannerController } from './planner-controller';
import { createScenarioController } from './scenario-controller';
import { createStore } from './store';
import { createSuggestController, suggestedScenarioName } from './suggest-controller';

const STATION = 'community_service_station';

async function setUp(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const api = createEngineApi({
    fetchBytes: async () => new ArrayBuffer(0),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  const client = inProcessClient(api);
  const store = createStore(undefined, [locale]);
  const sync = createEngineSync(store, client);
  const planner = createPlannerController(store, client, sync);
  const scenarios = createScenarioController(store, sync);
  const compared: [string, string][] = [];
  const suggest = createSuggestController(store, client, {
    addScenario: (content) => scenarios.addScenario(content),
    compare: async (before, after) => {
      compared.push([before, after]);
    },
  });
  return { api, client, store, planner, suggest, compared };
}

const form = (count: number) => ({
  type: STATION,
  // 50 m: a catchment reaches one cell of the small dataset (its centres are ≥ 96 m apart).
  radiusMeters: 50,
  objective: { kind: 'count' as const, count },
  candidates: null,
  exclusions: [],
  minSpacingMeters: 0,
});

describe('suggest controller', () => {
  it('adds one scenario with the source’s facilities and the ranked proposed sites, in one undo step', async () => {
    const { store, planner, suggest, compared } = await setUp();
    await planner.place(114.0005, 30.0035);
    await planner.updateFacility('f1', { status: 'existing', type: 'kindergarten' });
    const source = store.activeScenario.peek();
    const undoDepth = store.scenarios.peek().undoStack.length;
    await suggest.run(form(2));
    const state = suggest.state.peek();
    expect(state.status).toBe('done');
    const created = store.activeScenario.peek();
    expect(created.id).toBe(state.scenarioId);
    expect(created.name).toBe('2 × 社区服务站（最大覆盖）');
    expect(created.facilities.slice(0, 1)).toEqual(source.facilities);
    const added = created.facilities.slice(1);
    expect(added.map((f) => [f.id, f.name, f.status, f.radiusMeters])).toEqual([
      ['suggested-1', '建议社区服务站 1', 'proposed', 50],
      ['suggested-2', '建议社区服务站 2', 'proposed', 50],
    ]);
    // Cells 14 and 13 hold the most persons (2 × 15 and 2 × 14 of the total layer).
    expect(added.map((f) => f.addedPopulation)).toEqual([30, 28]);
    expect(compared).toEqual([[source.id, created.id]]);
    // The live engine now evaluates the new scenario: its covered population is the suggestion's.
    expect(store.results.peek()?.totals.coverage[STATION]?.coveredPopulation).toBeCloseTo(
      state.outcome?.coveredAfter ?? Number.NaN,
      6,
    );
    expect(store.scenarios.peek().undoStack.length).toBe(undoDepth + 1);
    stepList(store, 'undo');
    expect(store.scenarios.peek().list.scenarios.map((s) => s.id)).toEqual([source.id]);
  });

  it('names the scenario after the objective in both languages', () => {
    expect(suggestedScenarioName('en', STATION, { kind: 'count', count: 20 }, 20)).toBe(
      '20 × Community service station (max coverage)',
    );
    expect(suggestedScenarioName('zh-CN', STATION, { kind: 'target-coverage', percent: 80 }, 12)).toBe(
      '12 × 社区服务站（覆盖率 80%）',
    );
  });

  it('exports the suggested scenario as GeoJSON and reads it back identically', async () => {
    const { store, suggest } = await setUp('en');
    await suggest.run(form(3));
    const scenario = store.activeScenario.peek();
    expect(scenario.facilities.every((f) => typeof f.addedPopulation === 'number')).toBe(true);
    const text = JSON.stringify(scenarioToGeoJson(scenario));
    const back = scenarioFromGeoJson(JSON.parse(text));
    expect(back).toEqual(ok(scenario));
  });

  it('leaves the scenarios and the panel as they were when the run is cancelled', async () => {
    const store = createStore(undefined, ['zh-CN']);
    let settle: (answer: Result<SuggestOutcome>) => void = () => {};
    let cancelled = 0;
    const client = {
      suggestSites: () => new Promise<Result<SuggestOutcome>>((resolve) => (settle = resolve)),
      cancelSuggestion: () => {
        cancelled++;
        settle(fail('suggest-cancelled', 'cancelled'));
        return true;
      },
    } as unknown as EngineClient;
    let added = 0;
    const suggest = createSuggestController(store, client, {
      addScenario: async () => {
        added++;
        return 'x';
      },
      compare: async () => {},
    });
    const before = store.scenarios.peek();
    const running = suggest.run(form(2));
    expect(suggest.state.peek().status).toBe('running');
    suggest.cancel();
    await running;
    expect(cancelled).toBe(1);
    expect(added).toBe(0);
    expect(suggest.state.peek().status).toBe('idle');
    expect(store.scenarios.peek()).toBe(before);
  });
});

describe('suggest controller: candidate and exclusion files', () => {
  const points = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.0015, 30.0025] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.0035, 30.0035] } },
    ],
  };
  const polygons = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'lake' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [114, 30],
              [114.002, 30],
              [114.002, 30.002],
              [114, 30.002],
              [114, 30],
            ],
          ],
        },
      },
    ],
  };
  const fileOf = (name: string, json: unknown) => ({ name, blob: new Blob([JSON.stringify(json)]) });

  async function withImporter() {
    const { store, client } = await setUp();
    const suggest = createSuggestController(store, client, {
      addScenario: async () => 'x',
      compare: async () => {},
      importer: createImportApi(),
    });
    return suggest;
  }

  it('reads a points file through the import path as candidate points', async () => {
    const suggest = await withImporter();
    const read = await suggest.readPoints(fileOf('sites.geojson', points));
    expect(read).toEqual(
      ok([
        { lon: 114.0015, lat: 30.0025 },
        { lon: 114.0035, lat: 30.0035 },
      ]),
    );
  });

  it('reads a polygons file as exclusion polygons', async () => {
    const suggest = await withImporter();
    const read = await suggest.readPolygons(fileOf('lake.geojson', polygons));
    expect(read.ok && read.value.map((polygon) => polygon.type)).toEqual(['Polygon']);
  });
});
