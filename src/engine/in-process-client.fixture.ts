/**
 * Test helper: an EngineClient that calls the real worker functions in-process (no Worker, no Comlink), recording
 * the name of every call. A Proxy, so methods added to the worker API need no change here.
 */
import type { EngineApi } from '../../workers/engine-api';
import type { EngineClient } from './engine-client';

export function inProcessClient(api: EngineApi, calls: string[] = []): EngineClient {
  return new Proxy({} as EngineClient, {
    get(_target, name) {
      if (name === 'dispose') return () => {};
      const method = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[String(name)];
      if (typeof method !== 'function') return undefined;
      return async (...args: unknown[]) => {
        calls.push(String(name));
        return method(...args);
      };
    },
  });
}
