/**
 * Keeps the engine worker in step with the active scenario. Results are "latest wins": an answer to an older request
 * never overwrites a newer one, so quick edits (or a drag) cannot leave stale figures on screen.
 */
import type { Result } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { EngineClient } from '../engine/engine-client';
import { sessionOptionsOf } from './session-options';
import { type AppStore, valueOrRefuse } from './store';

export interface EngineSync {
  /**
   * Sends one request and publishes its results unless a later request was made meanwhile. When an incremental
   * call fails (e.g. the worker restarted without the facilities), the whole active scenario is sent again.
   */
  send(request: () => Promise<Result<Results>>): Promise<void>;
  /** Sends the active scenario's options and every facility (a full evaluation). */
  syncActive(): Promise<void>;
}

export function createEngineSync(store: AppStore, engine: EngineClient): EngineSync {
  let generation = 0;

  const full = () => {
    const scenario = store.activeScenario.peek();
    return engine.setScenario(scenario.facilities, sessionOptionsOf(store, scenario));
  };

  const send = async (request: () => Promise<Result<Results>>) => {
    const mine = ++generation;
    const answer = await request();
    if (mine !== generation) return;
    if (answer.ok) {
      store.results.value = answer.value;
      return;
    }
    const again = await full();
    if (mine !== generation) return;
    const value = valueOrRefuse(store, again);
    if (value) store.results.value = value;
  };

  return { send, syncActive: () => send(full) };
}
