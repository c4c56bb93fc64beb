/** Small persisted preferences (language, basemap URL). Storage can be missing or full: never let that break the app. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const prefix = 'lifecircle.';

export function readPreference(storage: PreferenceStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(prefix + key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key for an empty value. Returns false when the storage refused. */
export function writePreference(storage: PreferenceStorage | undefined, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    if (value === '') storage.removeItem(prefix + key);
    else storage.setItem(prefix + key, value);
    return true;
  } catch {
    return false;
  }
}
