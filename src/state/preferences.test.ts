import { describe, expect, it } from 'vitest';
import { type PreferenceStorage, readPreference, writePreference } from './preferences';
import { createStore } from './store';

function memoryStorage(): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const broken: PreferenceStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('preferences', () => {
  it('stores under the lifecircle. prefix and removes empty values', () => {
    const storage = memoryStorage();
    expect(writePreference(storage, 'locale', 'en')).toBe(true);
    expect(storage.data.get('lifecircle.locale')).toBe('en');
    expect(readPreference(storage, 'locale')).toBe('en');
    writePreference(storage, 'locale', '');
    expect(storage.data.has('lifecircle.locale')).toBe(false);
  });

  it('never throws when storage is missing or refuses', () => {
    expect(readPreference(broken, 'locale')).toBeNull();
    expect(writePreference(broken, 'locale', 'en')).toBe(false);
    expect(readPreference(undefined, 'locale')).toBeNull();
  });

  it('seeds the store: stored language wins over the browser, a stored basemap URL starts loading', () => {
    const storage = memoryStorage();
    writePreference(storage, 'locale', 'en');
    writePreference(storage, 'basemapUrl', 'https://tiles.example/style.json');
    const store = createStore(storage, ['zh-CN']);
    expect(store.locale.value).toBe('en');
    expect(store.basemap.value).toEqual({ styleUrl: 'https://tiles.example/style.json', status: 'loading' });
    expect(createStore(broken, ['zh-CN']).basemap.value.status).toBe('offline');
  });
});
