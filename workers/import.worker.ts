/** Comlink facade of the import worker (workers/import-api.ts); the grid's typed arrays go back by transfer. */
import * as Comlink from 'comlink';
import { transferListOf } from '../src/engine/transfer';
import { createImportApi, type ImportBatchProgress, type ImportFileRequest } from './import-api';

const api = createImportApi();
// Typed arrays of an imported grid sit six levels down (outcome.value.grid.grid.layers.total).
const TRANSFER_DEPTH = 6;

Comlink.expose({
  inspect: api.inspect,
  async importBatch(requests: ImportFileRequest[], onProgress?: ImportBatchProgress) {
    const outcome = await api.importBatch(requests, onProgress);
    return Comlink.transfer(outcome, transferListOf(outcome, TRANSFER_DEPTH));
  },
});
