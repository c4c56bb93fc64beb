/**
 * The import worker's API: the core import batch (src/core/io/import/import-batch.ts) adapted to messages. An
 * imported grid's or street network's typed arrays go back by transfer; outcomes without them are plain data and are
 * copied.
 */
import {
  type ImportBatchProgress,
  type ImportFileRequest,
  importBatch,
  inspectFiles,
} from '../src/core/io/import/import-batch';
import { withTransfer } from '../src/worker-boundary/with-transfer';

/** Plain functions, so Node tests and a MessageChannel stand-in call them without a worker. */
export function createImportApi() {
  return {
    inspect: inspectFiles,
    async importBatch(requests: ImportFileRequest[], onProgress?: ImportBatchProgress) {
      const outcome = await importBatch(requests, onProgress);
      return outcome.ok && (outcome.value.grid || outcome.value.network) ? withTransfer(outcome) : outcome;
    },
  };
}

/** What the import worker exposes; the import client derives its type from this one. */
export type ImportApi = ReturnType<typeof createImportApi>;

export type {
  ImportBatchProgress,
  ImportBundle,
  ImportFailure,
  ImportFileRequest,
  ImportOutcome,
  ImportSourceFile,
} from '../src/core/io/import/import-batch';
