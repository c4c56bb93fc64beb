/**
 * The map's one deck.gl overlay, for every deck.gl layer (the facilities, a dragged facility's streets, the network's
 * extent). It draws on a canvas of its own over the map (not interleaved into MapLibre's context), so a change of its
 * layers redraws only them: dragging a facility used to redraw the whole map on every pointer move, and under software
 * WebGL (SwiftShader on machines without a GPU) each map frame cost the GPU process ~150 ms of CPU, so a 6.7 s drag
 * took ~10 s of it on a 2-core machine and stretched the page's short tasks past 50 ms; on its own canvas the same drag
 * costs ~4 s and one map frame (issue 13, `npm run bench:drag`). The price is a second WebGL context (0.3–0.6 s to
 * create under SwiftShader), paid at the first facility, not at start-up, and a picture export that composes two
 * canvases: this one keeps its drawing buffer for that (export-png.ts), at the cost of a copy per deck.gl frame.
 */
import type { LayersList } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type * as maplibregl from 'maplibre-gl';

/** Id of deck.gl's canvas (Deck uses its `id` for it). */
const DECK_CANVAS_ID = 'lifecircle-deck';

/** deck.gl's canvas over `map`, holding its last frame, or null before the first facility. */
export function deckCanvas(map: maplibregl.Map): HTMLCanvasElement | null {
  const canvas = map.getContainer().querySelector(`#${DECK_CANVAS_ID}`);
  return canvas instanceof HTMLCanvasElement ? canvas : null;
}

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
      overlay = new MapLibreOverlay({
        id: DECK_CANVAS_ID,
        interleaved: false,
        layers,
        _pickable: false,
        deviceProps: { webgl: { preserveDrawingBuffer: true } },
      });
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
