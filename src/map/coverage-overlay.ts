/**
 * The coverage / 2SFCA overlay as two MapLibre image sources above the population raster: the class-0 base (every
 * populated cell, uploaded when the kind or layer changes) and the upper classes cropped to the catchments (uploaded
 * after every edit, small). The worker paints both (cell-overlay.ts); this adapter only uploads them.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { RasterImage } from '../core/render/population-raster';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

export const OVERLAY_BASE_LAYER = 'analysis-overlay-base';
export const OVERLAY_LAYER = 'analysis-overlay-raster';

const paint = { 'raster-opacity': 0.9, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 } as const;

/** Follows `store.overlayImage`; re-adds itself after every style load (basemap switch). */
export function createCoverageOverlay(map: maplibregl.Map, store: AppStore): () => void {
  let styleReady = false;
  /** The base last received: answers after the first carry none, and a new style needs it again. */
  let base: RasterImage | null = null;
  let baseUploaded: RasterImage | null = null;

  const show = (layerId: string, image: RasterImage | null) => {
    if (!image) {
      if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'visibility', 'none');
      return;
    }
    const { width, height, rgba, coordinates } = image;
    if (!map.getSource(layerId)) map.addSource(layerId, { type: 'image', coordinates });
    if (!map.getLayer(layerId)) {
      map.addLayer(
        { id: layerId, type: 'raster', source: layerId, paint },
        map.getLayer(LAYER.districtFill) ? LAYER.districtFill : undefined,
      );
    }
    map.getSource<maplibregl.ImageSource>(layerId)?.updateImage({
      image: new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height),
      coordinates,
    });
    map.setLayoutProperty(layerId, 'visibility', 'visible');
  };

  const apply = () => {
    const overlay = store.overlayImage.value;
    if (overlay?.base) base = overlay.base;
    if (!overlay) base = null;
    // The districts source comes with map-view's overlay: without it the style is between two basemaps.
    if (!styleReady || !map.getSource(SOURCE.districts)) return;
    if (base !== baseUploaded || !base) {
      show(OVERLAY_BASE_LAYER, base);
      baseUploaded = base;
    }
    show(OVERLAY_LAYER, overlay?.image ?? null);
  };

  const onStyleLoad = () => {
    styleReady = true;
    baseUploaded = null;
    apply();
  };
  map.on('style.load', onStyleLoad);
  const dispose = effect(apply);
  return () => {
    dispose();
    map.off('style.load', onStyleLoad);
  };
}
