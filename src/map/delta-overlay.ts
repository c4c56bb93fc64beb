/**
 * The compare view's delta map (issue 6) as a MapLibre image source above the population raster: cells gaining
 * (green) or losing (purple) coverage of one type. The worker paints the RGBA (coverage-change-raster.ts); this adapter
 * only uploads it and hides the layer when no comparison is shown.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

export const DELTA_SOURCE = 'compare-delta';
export const DELTA_LAYER = 'compare-delta-raster';
/** Population raster opacity while the delta map is shown: dim, so gained and lost cells stand out from it. */
const DIMMED_POPULATION_OPACITY = 0.3;

/** Follows `store.deltaImage`; re-adds itself after every style load (basemap switch). Returns a disposer. */
export function createDeltaOverlay(map: maplibregl.Map, store: AppStore): () => void {
  let styleReady = map.isStyleLoaded() === true;
  let populationOpacity: number | undefined;

  const dimPopulation = (dim: boolean) => {
    if (!map.getLayer(LAYER.population)) return;
    if (dim && populationOpacity === undefined) {
      const current = map.getPaintProperty(LAYER.population, 'raster-opacity');
      populationOpacity = typeof current === 'number' ? current : 1;
      map.setPaintProperty(LAYER.population, 'raster-opacity', DIMMED_POPULATION_OPACITY);
    } else if (!dim && populationOpacity !== undefined) {
      map.setPaintProperty(LAYER.population, 'raster-opacity', populationOpacity);
      populationOpacity = undefined;
    }
  };

  const apply = () => {
    const delta = store.deltaImage.value;
    if (!styleReady || !map.getSource(SOURCE.districts)) return;
    if (!delta) {
      if (map.getLayer(DELTA_LAYER)) map.setLayoutProperty(DELTA_LAYER, 'visibility', 'none');
      dimPopulation(false);
      return;
    }
    const { width, height, rgba, coordinates } = delta.image;
    if (!map.getSource(DELTA_SOURCE)) map.addSource(DELTA_SOURCE, { type: 'image', coordinates });
    if (!map.getLayer(DELTA_LAYER)) {
      map.addLayer(
        {
          id: DELTA_LAYER,
          type: 'raster',
          source: DELTA_SOURCE,
          paint: { 'raster-opacity': 1, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
        },
        map.getLayer(LAYER.districtFill) ? LAYER.districtFill : undefined,
      );
    }
    map.getSource<maplibregl.ImageSource>(DELTA_SOURCE)?.updateImage({
      image: new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height),
      coordinates,
    });
    map.setLayoutProperty(DELTA_LAYER, 'visibility', 'visible');
    dimPopulation(true);
  };

  const onStyleLoad = () => {
    styleReady = true;
    // A new style brings the population layer back at its own opacity.
    populationOpacity = undefined;
    apply();
  };
  map.on('style.load', onStyleLoad);
  // The districts source arrives with map-view's overlay after 'style.load'; apply again once it is there.
  const onSourceData = (event: maplibregl.MapSourceDataEvent) => {
    if (event.sourceId === SOURCE.districts && store.deltaImage.peek() && !map.getLayer(DELTA_LAYER)) apply();
  };
  map.on('sourcedata', onSourceData);
  const dispose = effect(apply);
  return () => {
    dispose();
    map.off('style.load', onStyleLoad);
    map.off('sourcedata', onSourceData);
  };
}
