/**
 * The population raster as a MapLibre image source: a transparent placeholder at start-up (so the raster shader
 * compiles while the worker decodes), then the worker's painted image; reports the app ready once it is drawn.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Bounds } from '../core/session/dataset-summary';
import type { AppStore } from '../state/store';
import type { DeckLayers } from './deck-layers';
import { SOURCE } from './map-style';

export interface PopulationImage {
  /** Adds the image source with its placeholder if the current style lacks it. */
  addSource(): void;
  /** Draws the store's raster (or clears the previous dataset's when there is none). */
  apply(): void;
}

export function createPopulationImage(
  map: maplibregl.Map,
  store: AppStore,
  deck: DeckLayers,
  initialBounds: Bounds,
): PopulationImage {
  /**
   * Marks the app ready at the first 'idle' after which nothing restacks: deck.gl's layer group may still have to
   * move on top of the map's layers (deck-layers.ts `restack`), and that would make the map load again just after
   * "ready" was reported.
   */
  const readyWhenSettled = () => {
    map.once('idle', () => {
      deck.restack();
      if (!map.loaded()) {
        readyWhenSettled();
        return;
      }
      // A named mark lets tests and benchmarks read "navigation → ready" from the page's own clock.
      performance.mark('lifecircle:ready');
      store.ready.value = true;
    });
  };

  return {
    addSource() {
      if (map.getSource(SOURCE.population)) return;
      const [west, south, east, north] = initialBounds;
      map.addSource(SOURCE.population, {
        type: 'image',
        coordinates: [
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      });
      // A transparent placeholder draws at once, so the raster shader compiles while the worker is still decoding
      // (program compilation costs most of a second under software WebGL).
      map.getSource<maplibregl.ImageSource>(SOURCE.population)?.updateImage({ image: new ImageData(1, 1) });
    },
    apply() {
      const raster = store.raster.value;
      if (!raster) {
        // No image for the current dataset (the worker could not paint it): clear the previous dataset's.
        if (store.summary.peek())
          map
            .getSource<maplibregl.ImageSource>(SOURCE.population)
            ?.updateImage({ image: new ImageData(1, 1) });
        return;
      }
      const { width, height, rgba, coordinates } = raster.image;
      map.getSource<maplibregl.ImageSource>(SOURCE.population)?.updateImage({
        image: new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height),
        coordinates,
      });
      // Ready once MapLibre has drawn the image and the districts: 'idle' comes after that render.
      if (!store.ready.peek() && store.summary.peek()) readyWhenSettled();
    },
  };
}
