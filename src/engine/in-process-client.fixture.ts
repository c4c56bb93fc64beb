/**
 * Test helper: an EngineClient that calls the real worker functions in-process (no Worker, no Comlink), recording
 * the name of every call. A Proxy, so methods added to the worker API need no change here. The live engine's results
 * answers are cloned, as a message would be, and applied by a receiver, as the real client does.
 */
import type { EngineApi } from '../../workers/engine-api';
import type { Result } from '../core/model/result';
import { createResultsReceiver, RESULTS_CALLS, type ResultsAnswer } from '../core/session/results-versions';
import type { EngineClient } from './engine-client';

export function inProcessClient(api: EngineApi, calls: string[] = []): EngineClient {
  const receiver = createResultsReceiver(async () => structuredClone(api.resultsInFull()));
  const resultsCalls: readonly string[] = RESULTS_CALLS;
  return new Proxy({} as EngineClient, {
    get(_target, name) {
      if (name === 'dispose') return () => {};
      const method = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[String(name)];
      if (typeof method !== 'function') return undefined;
      return async (...args: unknown[]) => {
        calls.push(String(name));
        const answer = await method(...args);
        return resultsCalls.includes(String(name))
          ? receiver.receive(structuredClone(answer as Result<ResultsAnswer>))
          : answer;
      };
    },
  });
}
