/**
 * The coverage / 2SFCA overlay as a MapLibre image source above the population raster. The worker paints the
 * RGBA (cell-overlay.ts); this adapter only uploads it, so the main thread does no per-cell work.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

export const OVERLAY_SOURCE = 'analysis-overlay';
export const OVERLAY_LAYER = 'analysis-overlay-raster';

/** Follows `store.overlayImage`; re-adds itself after every style load (basemap switch). */
export function createCoverageOverlay(map: maplibregl.Map, store: AppStore): () => void {
  let styleReady = false;

  const apply = () => {
    const overlay = store.overlayImage.value;
    // The districts source comes with map-view's overlay: without it the style is between two basemaps.
    if (!styleReady || !map.getSource(SOURCE.districts)) return;
    if (!overlay) {
      if (map.getLayer(OVERLAY_LAYER)) map.setLayoutProperty(OVERLAY_LAYER, 'visibility', 'none');
      return;
    }
    const { width, height, rgba, coordinates } = overlay.image;
    if (!map.getSource(OVERLAY_SOURCE)) map.addSource(OVERLAY_SOURCE, { type: 'image', coordinates });
    if (!map.getLayer(OVERLAY_LAYER)) {
      map.addLayer(
        {
          id: OVERLAY_LAYER,
          type: 'raster',
          source: OVERLAY_SOURCE,
          paint: { 'raster-opacity': 0.95, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
        },
        map.getLayer(LAYER.districtFill) ? LAYER.districtFill : undefined,
      );
    }
    map.getSource<maplibregl.ImageSource>(OVERLAY_SOURCE)?.updateImage({
      image: new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height),
      coordinates,
    });
    map.setLayoutProperty(OVERLAY_LAYER, 'visibility', 'visible');
  };

  const onStyleLoad = () => {
    styleReady = true;
    apply();
  };
  map.on('style.load', onStyleLoad);
  const dispose = effect(apply);
  return () => {
    dispose();
    map.off('style.load', onStyleLoad);
  };
}
