/**
 * `window.lifecircle`, the automation hook used by the e2e tests and documented in the README:
 * `map` is the MapLibre map, `ready` is true once the dataset is loaded and drawn, `results()` returns the
 * current per-district figures as plain JSON (src/core/model/results.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Results } from '../core/model/results';
import type { AppStore } from '../state/store';

export interface LifecircleHook {
  readonly map: MapLibreMap | undefined;
  readonly ready: boolean;
  results(): Results | null;
}

declare global {
  interface Window {
    lifecircle: LifecircleHook;
  }
}

export function installAutomationHook(
  store: AppStore,
  getMap: () => MapLibreMap | undefined,
): LifecircleHook {
  const hook: LifecircleHook = {
    get map() {
      return getMap();
    },
    get ready() {
      return store.ready.peek();
    },
    results() {
      const results = store.results.peek();
      return results ? structuredClone(results) : null;
    },
  };
  window.lifecircle = hook;
  return hook;
}
