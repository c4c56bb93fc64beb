/**
 * The IndexedDB side of autosave: one database, one object store of records by key. Thin on purpose: what is stored
 * and how it is read back is autosave-record.ts; when and how often is autosave.ts.
 */
import { openDB } from 'idb';
import type { AutosaveStorage } from './autosave';

const DATABASE_NAME = 'lifecircle';
const DATABASE_VERSION = 1;
const STORE_NAME = 'autosave';

function unavailable(message: string): Error {
  const error = new Error(message);
  error.name = 'AutosaveUnavailable';
  return error;
}

/** Storage in the browser's IndexedDB; every call rejects when the browser refuses (private mode, quota, blocked). */
export function indexedDbAutosaveStorage(): AutosaveStorage {
  let opened: ReturnType<typeof openDB> | undefined;
  const database = () => {
    if (typeof indexedDB === 'undefined') return Promise.reject(unavailable('IndexedDB is not available'));
    opened ??= new Promise((resolve, reject) => {
      // An older version held open in another tab would keep the open pending forever: say so instead.
      openDB(DATABASE_NAME, DATABASE_VERSION, {
        upgrade(db) {
          if (!db.objectStoreNames.contains(STORE_NAME)) db.createObjectStore(STORE_NAME);
        },
        blocked() {
          reject(unavailable('IndexedDB upgrade blocked by another tab'));
        },
      }).then(resolve, reject);
    });
    // A failed open is retried on the next call (the user may have freed space or closed the other tab).
    opened.catch(() => {
      opened = undefined;
    });
    return opened;
  };
  return {
    async read(key) {
      return (await database()).get(STORE_NAME, key);
    },
    async write(key, value) {
      await (await database()).put(STORE_NAME, value, key);
    },
  };
}
