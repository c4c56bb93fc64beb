/**
 * `window.lifecircle`, the automation hook used by the e2e tests and documented in the README:
 * `map` is the MapLibre map, `ready` is true once the dataset is loaded and drawn, `results()` returns the
 * current per-district figures as plain JSON (src/core/model/results.ts); `networkStatus` is the walking network's
 * state and `networkCatchment()` the reached streets drawn for the selected or dragged facility in network mode.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Results } from '../core/model/results';
import type { AppStore } from '../state/store';

export interface LifecircleHook {
  readonly map: MapLibreMap | undefined;
  readonly ready: boolean;
  results(): Results | null;
  /** The walking network: `none`, `loading`, `ready` or `failed`. */
  readonly networkStatus: string;
  /** The streets drawn as the selected or dragged facility's network catchment, [lon₀, lat₀, lon₁, lat₁] each. */
  networkCatchment(): { facilityId: string; segments: [number, number, number, number][] } | null;
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
    get networkStatus() {
      return store.network.peek().status;
    },
    networkCatchment() {
      const catchment = store.networkCatchment.peek();
      if (!catchment) return null;
      const { segments } = catchment;
      const rows: [number, number, number, number][] = [];
      for (let k = 0; k + 3 < segments.length; k += 4) {
        rows.push([
          segments[k] as number,
          segments[k + 1] as number,
          segments[k + 2] as number,
          segments[k + 3] as number,
        ]);
      }
      return { facilityId: catchment.facilityId, segments: rows };
    },
  };
  window.lifecircle = hook;
  return hook;
}
