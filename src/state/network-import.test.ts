import { effect } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { FileInspection } from '../core/io/import/import-types';
import { summarizeNetwork } from '../core/network/inspect-network';
import { networkOf, street } from '../core/network/network.fixture';
import type { ImportBundle, ImportClient } from '../engine/import-client';
import { createImportController } from './import-controller';
import { riverCoverage as coverage, setUpRiverApp } from './river-app.fixture';

/**
 * The river of core/network/river.fixture.ts (streets on both banks, y = 0 and 400 m, a bridge at
 * x = 600 m; one person 20 m from each bank at x = 0; a 500 m station at the origin): 50% along the default network.
 * An imported footbridge from (0, 0) to (0, 400) brings the far person within 380 m: 100%. Two of its pieces 1 km
 * apart (17 nodes each) hold 50% of the nodes in the largest part.
 */
const footbridge = networkOf([street(0, 0, 0, 400)]);
const twoPieces = networkOf([street(0, 0, 0, 400), street(1000, 0, 1000, 400)]);
const elsewhere = networkOf([street(50_000, 0, 50_000, 400)]);
/** The river app with its scenario in walking-network mode. */
const setUp = () => setUpRiverApp('network');

const imported = (fileName: string, network = footbridge) => ({
  kind: 'network' as const,
  fileName,
  crsId: 'EPSG:4326',
  network,
  warnings: summarizeNetwork(network).warnings,
});

function importerFor(setup: Awaited<ReturnType<typeof setUp>>, bundle: ImportBundle) {
  const inspection: FileInspection = {
    fileName: bundle.network?.fileName ?? 'x',
    format: 'geojson',
    kinds: ['network'],
    itemCount: 1,
    fields: [],
    layers: [],
    suggested: { kind: 'network' },
    questions: [],
    notes: [],
  };
  const client = {
    inspect: vi.fn(async () => [{ ok: true as const, value: inspection }]),
    importBatch: vi.fn(async () => ({ ok: true as const, value: bundle })),
    cancel: vi.fn(),
    dispose: vi.fn(),
  } satisfies ImportClient;
  return createImportController(setup.store, setup.engine, client, {
    installDataset: vi.fn(async () => {}),
    syncActive: setup.sync.syncActive,
    addScenario: vi.fn(async () => 'new'),
    useNetwork: setup.network.useImported,
  });
}

async function confirmed(importer: ReturnType<typeof importerFor>, fileName: string) {
  await importer.open([{ name: fileName, blob: new Blob(['x']) }]);
  await importer.confirm();
  return importer.report.value;
}

describe('importing a walking network', () => {
  it('replaces the default network after confirmation, names it, and the figures follow it', async () => {
    const setup = await setUp();
    setup.arrive();
    await setup.network.load();
    expect(coverage(setup.store)).toBe(50);
    const importer = importerFor(setup, {
      facilities: [],
      scenarios: [],
      network: imported('bridge.geojson'),
    });
    // The snapping's progress as the status line sees it: 0 when it starts, then the worker's 0 (cell 0) and 1 (done).
    const snapped: number[] = [];
    const stop = effect(() => {
      const state = importer.state.value;
      if (state.phase === 'applying' && state.snapping) snapped.push(state.snapping.fraction);
    });
    const report = await confirmed(importer, 'bridge.geojson');
    stop();
    expect(snapped).toEqual([0, 0, 1]);
    expect(report?.kind === 'done' && report.network?.status === 'ready' && report.network.fileName).toBe(
      'bridge.geojson',
    );
    const status = setup.store.network.peek();
    expect(status.status === 'ready' && [status.fileName, status.nodes, status.edges]).toEqual([
      'bridge.geojson',
      17,
      16,
    ]);
    expect(coverage(setup.store)).toBe(100);
  });

  it('reports a network in pieces with its share after importing it', async () => {
    const setup = await setUp();
    setup.arrive();
    await setup.network.load();
    const report = await confirmed(
      importerFor(setup, { facilities: [], scenarios: [], network: imported('pieces.geojson', twoPieces) }),
      'pieces.geojson',
    );
    expect(report?.kind === 'done' && report.warnings).toEqual([
      {
        fileName: 'pieces.geojson',
        issue: expect.objectContaining({ code: 'network-fragmented', details: { percent: 50 } }),
      },
    ]);
  });

  it('refuses a network reaching no cell, naming the file, and keeps the network in use', async () => {
    const setup = await setUp();
    setup.arrive();
    await setup.network.load();
    const before = setup.store.network.peek();
    const report = await confirmed(
      importerFor(setup, { facilities: [], scenarios: [], network: imported('far.geojson', elsewhere) }),
      'far.geojson',
    );
    expect(report?.kind === 'error' && report.failure.fileName).toBe('far.geojson');
    expect(report?.kind === 'error' && report.failure.error.code).toBe('network-no-overlap');
    expect(setup.store.network.peek()).toEqual(before);
    expect(coverage(setup.store)).toBe(50);
  });

  it('sends the imported network again after a worker restart, not the default one', async () => {
    const setup = await setUp();
    setup.arrive();
    await setup.network.load();
    await setup.network.useImported(imported('bridge.geojson'));
    setup.calls.length = 0;
    await setup.network.load();
    expect(setup.calls).toContain('useNetwork');
    expect(setup.calls).not.toContain('loadNetwork');
    expect(coverage(setup.store)).toBe(100);
  });

  it('keeps a network imported while the default one was still loading', async () => {
    const setup = await setUp();
    const loading = setup.network.load();
    const used = await setup.network.useImported(imported('bridge.geojson'));
    expect(used.ok).toBe(true);
    setup.arrive();
    await loading;
    const status = setup.store.network.peek();
    expect(status.status === 'ready' && status.fileName).toBe('bridge.geojson');
    expect(coverage(setup.store)).toBe(100);
  });
});
