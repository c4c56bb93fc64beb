/**
 * The map's one deck.gl overlay, for every deck.gl layer (today the facilities). It is
 * interleaved: deck.gl draws into MapLibre's own WebGL context. Under software WebGL (SwiftShader on machines
 * without a GPU) each extra context costs 0.3–0.6 s to create and its shaders compile again, which was most of
 * the time between data arrival and the first complete frame; MapLibre also allows only one interleaved overlay
 * per map, hence this module. Picture export reads one canvas (plus the HTML district labels, district-labels.ts).
 */
import type { LayersList } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type * as maplibregl from 'maplibre-gl';

export interface DeckLayers {
  /**
   * Replaces the layers of one group. Groups draw in the order they were first set. The overlay itself is created
   * at the first non-empty set: deck.gl's device set-up queries the GPU synchronously (0.2–0.4 s behind the software
   * renderer's queue at start-up), and a map with no facilities and no cell overlay has nothing for it to draw.
   */
  set(group: string, layers: LayersList): void;
  /**
   * Puts deck.gl's layers on top of the map's own now (adding its layer group if the style was not loaded before).
   * deck.gl would otherwise do it at its next update, and that late `moveLayer` makes the map load again.
   */
  restack(): void;
  destroy(): void;
}

export function createDeckLayers(map: maplibregl.Map): DeckLayers {
  let overlay: MapLibreOverlay | undefined;
  const groups = new Map<string, LayersList>();
  const redraw = () => {
    const layers = [...groups.values()].flat();
    if (overlay) {
      overlay.setProps({ layers });
    } else if (layers.length > 0) {
      // No picking at all: no layer is pickable (facility-layer.ts), yet deck.gl would still run its picking pass
      // on every pointer move and frame.
      overlay = new MapLibreOverlay({ interleaved: true, layers, _pickable: false });
      map.addControl(overlay);
    }
  };
  return {
    set(group, layers) {
      groups.set(group, layers);
      redraw();
    },
    restack: redraw,
    destroy() {
      if (!overlay) return;
      map.removeControl(overlay);
      overlay.finalize();
    },
  };
}
