/** Comlink facade of the engine worker: one worker per domain, the Dataset lives here (docs/conventions.md § Worker boundary). */
import * as Comlink from 'comlink';
import { buildDefaultDataset } from '../src/core/io/default-dataset';
import { createEngineApi } from './engine-api';

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

Comlink.expose(createEngineApi({ fetchBytes, buildDataset: buildDefaultDataset }));
