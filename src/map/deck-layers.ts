/**
 * The map's one deck.gl overlay, shared by every deck.gl layer (district labels, facilities, cell overlays). It is
 * interleaved: deck.gl draws into MapLibre's own WebGL context. Under software WebGL (SwiftShader on machines
 * without a GPU) each extra context costs 0.3–0.6 s to create and its shaders compile again, which was most of
 * the time between data arrival and the first complete frame; MapLibre also allows only one interleaved overlay
 * per map, hence this module. Picture export reads one canvas.
 */
import type { LayersList } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type * as maplibregl from 'maplibre-gl';

export interface DeckLayers {
  /**
   * Replaces the layers of one group. Groups draw in the order they were first set, except `labels`, which is
   * always drawn last (on top).
   */
  set(group: string, layers: LayersList): void;
  /**
   * Puts deck.gl's layers on top of the map's own now (adding its layer group if the style was not loaded before).
   * deck.gl would otherwise do it at its next update, and that late `moveLayer` makes the map load again.
   */
  restack(): void;
  destroy(): void;
}

const TOP_GROUP = 'labels';

export function createDeckLayers(map: maplibregl.Map): DeckLayers {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  const groups = new Map<string, LayersList>();
  const redraw = () => {
    const ordered = [...groups.entries()].sort(
      ([a], [b]) => Number(a === TOP_GROUP) - Number(b === TOP_GROUP),
    );
    overlay.setProps({ layers: ordered.flatMap(([, layers]) => layers) });
  };
  return {
    set(group, layers) {
      groups.set(group, layers);
      redraw();
    },
    restack: redraw,
    destroy() {
      map.removeControl(overlay);
      overlay.finalize();
    },
  };
}
