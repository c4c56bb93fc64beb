/** Comlink facade of the engine worker: one worker per domain, the Dataset lives here (docs/conventions.md § Worker boundary). */
import * as Comlink from 'comlink';
import { buildDefaultDataset } from '../src/core/io/default-dataset';
import { createHighsCoverageSolver } from '../src/core/suggest/highs-coverage-solver';
import { createEngineApi } from './engine-api';

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * HiGHS (wasm) for the exact answer of site suggestion, loaded on the first suggestion that asks for it: the module
 * is a separate chunk and Vite serves `highs.wasm` as an asset whose URL `locateFile` hands to the loader.
 */
async function loadCoverageSolver() {
  const [{ default: loadHighs }, { default: wasmUrl }] = await Promise.all([
    import('highs'),
    import('highs/runtime?url'),
  ]);
  return createHighsCoverageSolver(await loadHighs({ locateFile: () => wasmUrl }));
}

Comlink.expose(createEngineApi({ fetchBytes, buildDataset: buildDefaultDataset, loadCoverageSolver }));
