/** Comlink facade of the import worker (workers/import-api.ts). */
import * as Comlink from 'comlink';
import { createImportApi } from './import-api';

Comlink.expose(createImportApi());
