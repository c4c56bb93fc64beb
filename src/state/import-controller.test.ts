import { describe, expect, it, vi } from 'vitest';
import type { FileInspection } from '../core/io/import/import-types';
import { importIssue } from '../core/io/import/messages';
import { fail } from '../core/model/result';
import type { EngineClient } from '../engine/engine-client';
import type { ImportBundle, ImportClient, ImportOutcome } from '../engine/import-client';
import {
  createImportController,
  defaultOptions,
  layerIdFromFileName,
  type PendingFile,
  unansweredQuestions,
  uniqueLayerIds,
} from './import-controller';
import { createStore } from './store';

function inspection(overrides: Partial<FileInspection>): FileInspection {
  return {
    fileName: 'file.geojson',
    format: 'geojson',
    kinds: ['districts'],
    itemCount: 1,
    fields: [],
    layers: [],
    suggested: {},
    questions: [],
    notes: [],
    ...overrides,
  };
}

const blobFile = (name: string) => ({ name, blob: new Blob(['x']) });

function fakeClient(
  bundle: ImportOutcome<ImportBundle> | Promise<ImportOutcome<ImportBundle>>,
  inspected: FileInspection[],
) {
  return {
    inspect: vi.fn(async () => inspected.map((value) => ({ ok: true as const, value }))),
    importBatch: vi.fn(async () => bundle),
    cancel: vi.fn(),
    dispose: vi.fn(),
  } satisfies ImportClient;
}

const dependencies = () => ({
  installDataset: vi.fn(async () => {}),
  syncActive: vi.fn(async () => {}),
  addScenario: vi.fn(async () => 'scenario-2'),
});

describe('import options', () => {
  it('guesses the layer id of WorldPop-style file names', () => {
    expect(layerIdFromFileName('wuhan_worldpop_age20plus_100m.tif')).toBe('adults20plus');
    expect(layerIdFromFileName('wuhan_worldpop_age60plus_100m.tif')).toBe('elderly60plus');
    expect(layerIdFromFileName('elderly_65plus.csv')).toBe('elderly65plus');
    expect(layerIdFromFileName('population.tif')).toBe('total');
  });

  it('starts from the suggestion and never lets two grid files share a layer id', () => {
    const grid = inspection({
      fileName: 'a.tif',
      format: 'geotiff',
      kinds: ['grid'],
      suggested: { kind: 'grid', layerId: 'total' },
    });
    const options = defaultOptions(grid);
    expect(options).toEqual({ kind: 'grid', layerId: 'total' });
    const pending: PendingFile[] = [
      { file: blobFile('a.tif'), inspection: grid, options },
      { file: blobFile('b.tif'), inspection: grid, options },
    ];
    expect(uniqueLayerIds(pending).map((file) => file.options.layerId)).toEqual(['total', 'total_2']);
  });

  it('blocks a projected file without CRS until one is chosen; the GCJ-02 question is optional', () => {
    const projected = inspection({
      questions: [{ topic: 'crs', required: true, reason: 'projected-without-crs', choices: ['EPSG:4547'] }],
      suggested: { kind: 'districts', nameField: 'name' },
    });
    const pending: PendingFile = {
      file: blobFile('p.geojson'),
      inspection: projected,
      options: defaultOptions(projected),
    };
    expect(unansweredQuestions(pending).map((question) => question.topic)).toEqual(['crs']);
    expect(unansweredQuestions({ ...pending, options: { ...pending.options, crs: 'EPSG:4547' } })).toEqual(
      [],
    );
    const gcj = inspection({
      questions: [{ topic: 'crs', required: false, reason: 'maybe-gcj02', choices: ['EPSG:4326', 'gcj02'] }],
    });
    expect(
      unansweredQuestions({ file: blobFile('g.geojson'), inspection: gcj, options: defaultOptions(gcj) }),
    ).toEqual([]);
  });

  it('asks for the facility type and area only when the file is imported as facilities', () => {
    const csv = inspection({
      format: 'csv',
      kinds: ['grid', 'facilities'],
      questions: [
        { topic: 'facilityFields', required: true, missing: ['type', 'area'], choices: ['名称', '面积'] },
      ],
    });
    const asGrid: PendingFile = { file: blobFile('f.csv'), inspection: csv, options: { kind: 'grid' } };
    expect(unansweredQuestions(asGrid)).toEqual([]);
    const asFacilities = {
      ...asGrid,
      options: { kind: 'facilities' as const, facilityFields: { area: '面积' } },
    };
    expect(unansweredQuestions(asFacilities).map((question) => question.topic)).toEqual(['facilityFields']);
    expect(
      unansweredQuestions({
        ...asFacilities,
        options: { ...asFacilities.options, defaultFacilityType: 'kindergarten' },
      }),
    ).toEqual([]);
  });
});

describe('import controller', () => {
  const districtsInspection = inspection({
    fileName: 'd.geojson',
    suggested: { kind: 'districts', nameField: 'name' },
  });
  const bundle: ImportBundle = {
    districts: {
      kind: 'districts',
      fileName: 'd.geojson',
      format: 'geojson',
      crsId: 'EPSG:4326',
      warnings: [],
      notes: [],
      nameField: 'name',
      districts: [],
    },
    facilities: [],
    scenarios: [],
  };

  it('a dataset the engine refuses changes nothing and reports the error with the file name', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const summaryBefore = store.summary.value;
    const resultsBefore = store.results.value;
    const engine = {
      loadDataset: vi.fn(async () => ({
        ok: false as const,
        error: importIssue('grid-districts-no-overlap'),
      })),
    } as unknown as EngineClient;
    const deps = dependencies();
    const importer = createImportController(
      store,
      engine,
      fakeClient({ ok: true, value: bundle }, [districtsInspection]),
      deps,
    );
    await importer.open([blobFile('d.geojson')]);
    expect(importer.state.value.phase).toBe('confirm');
    await importer.confirm();
    expect(importer.state.value.phase).toBe('idle');
    const report = importer.report.value;
    expect(report?.kind === 'error' && report.failure.fileName).toBe('d.geojson');
    expect(report?.kind === 'error' && report.failure.error.code).toBe('grid-districts-no-overlap');
    expect(deps.installDataset).not.toHaveBeenCalled();
    expect(deps.syncActive).not.toHaveBeenCalled();
    expect(store.summary.value).toBe(summaryBefore);
    expect(store.results.value).toBe(resultsBefore);
  });

  it('cancel during the import terminates the worker, reports nothing and applies nothing', async () => {
    const store = createStore(undefined, ['zh-CN']);
    let finish: (outcome: ImportOutcome<ImportBundle>) => void = () => {};
    const pendingBundle = new Promise<ImportOutcome<ImportBundle>>((resolve) => {
      finish = resolve;
    });
    const client = fakeClient(pendingBundle, [districtsInspection]);
    const engine = { loadDataset: vi.fn(async () => fail('load-failed', 'x')) } as unknown as EngineClient;
    const importer = createImportController(store, engine, client, dependencies());
    await importer.open([blobFile('d.geojson')]);
    const confirming = importer.confirm();
    expect(importer.state.value.phase).toBe('importing');
    importer.cancel();
    expect(client.cancel).toHaveBeenCalledTimes(1);
    finish({ ok: true, value: bundle });
    await confirming;
    expect(importer.state.value.phase).toBe('idle');
    expect(importer.report.value).toBeNull();
    expect(engine.loadDataset).not.toHaveBeenCalled();
  });

  it('facilities become a new scenario named after the file, with the active scenario’s rule set', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const facility = {
      id: 'k1',
      name: '幼儿园',
      type: 'kindergarten',
      status: 'existing' as const,
      lon: 114.3,
      lat: 30.6,
      floorAreaSquareMeters: 500,
      radiusMeters: 300,
    };
    const withFacilities: ImportBundle = {
      facilities: [
        {
          kind: 'facilities',
          fileName: '幼儿园.csv',
          format: 'csv',
          crsId: 'EPSG:4326',
          warnings: [],
          notes: [],
          facilities: [facility],
        },
      ],
      scenarios: [],
    };
    const deps = dependencies();
    const engine = { loadDataset: vi.fn() } as unknown as EngineClient;
    const csv = inspection({
      fileName: '幼儿园.csv',
      format: 'csv',
      kinds: ['facilities'],
      suggested: { kind: 'facilities' },
    });
    const importer = createImportController(
      store,
      engine,
      fakeClient({ ok: true, value: withFacilities }, [csv]),
      deps,
    );
    await importer.open([blobFile('幼儿园.csv')]);
    await importer.confirm();
    expect(engine.loadDataset).not.toHaveBeenCalled();
    expect(deps.addScenario).toHaveBeenCalledTimes(1);
    const [content] = deps.addScenario.mock.calls[0] as unknown as [
      { name: string; ruleSetId: string; facilities: unknown[] },
    ];
    expect(content.name).toBe('幼儿园');
    expect(content.ruleSetId).toBe(store.activeScenario.value.ruleSetId);
    expect(content.facilities).toEqual([facility]);
    expect(importer.report.value?.kind).toBe('done');
  });
});
