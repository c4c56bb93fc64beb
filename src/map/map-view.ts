/**
 * The MapLibre adapter: builds the map, keeps its sources in step with the store, and reports `ready` once the
 * dataset is drawn. It only hands state to MapLibre and deck.gl; every figure is computed elsewhere.
 */
import { effect } from '@preact/signals';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bounds } from '../core/session/dataset-summary';
import type { AppStore } from '../state/store';
import { createBasemapSwitcher } from './basemap-switcher';
import { createCityOutside } from './city-outside';
import { createCoverageOverlay } from './coverage-overlay';
import { createDeckLayers } from './deck-layers';
import { createDeltaOverlay } from './delta-overlay';
import { createDistrictChoropleth } from './district-choropleth';
import { placeDistrictLabels } from './district-label-placement';
import { createDistrictLabels } from './district-labels';
import { createDistrictSource, FIT_PADDING } from './district-source';
import { createFacilityInteraction, type MapClick } from './facility-interaction';
import { ATTRIBUTION, offlineStyle, overlayLayers, overlaySources } from './map-style';
import { createNetworkLayer } from './network-layer';
import { createPopulationImage } from './population-image';
import { createUnitLevelSource } from './unit-level-source';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewOptions {
  cityOutlineUrl: string;
  initialBounds: Bounds;
  /** A click on the map: `facilityId` is the facility under the pointer, or null for an empty spot. */
  onClick?: MapClick;
}

export interface MapView {
  map: maplibregl.Map;
  destroy(): void;
}

/** The MapLibre map on the offline style, fitted to the initial bounds, with its controls; no rotation. */
function createMap(container: HTMLElement, initialBounds: Bounds): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(),
    bounds: initialBounds,
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: { compact: false, customAttribution: ATTRIBUTION },
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}

export function createMapView(container: HTMLElement, store: AppStore, options: MapViewOptions): MapView {
  const map = createMap(container, options.initialBounds);
  const deck = createDeckLayers(map);
  const labels = createDistrictLabels(map);
  const disposeNetworkLayer = createNetworkLayer(deck, store);
  const facilities = createFacilityInteraction(map, store, deck, options.onClick);
  // isStyleLoaded() is also false while a GeoJSON source is still parsing; what matters here is whether layers
  // can be added, which is true from 'style.load' until the next setStyle.
  let styleReady = false;
  const population = createPopulationImage(map, store, deck, options.initialBounds);
  const cityOutside = createCityOutside(map, options.cityOutlineUrl);

  /** (Re)creates the overlay on the current basemap; runs on every style load. */
  const addOverlay = () => {
    styleReady = true;
    const offline = store.basemap.peek().status !== 'online';
    for (const [id, source] of Object.entries(overlaySources(options.cityOutlineUrl))) {
      if (!map.getSource(id)) map.addSource(id, source);
    }
    population.addSource();
    for (const layer of overlayLayers({ offline, withPopulation: true })) {
      if (!map.getLayer(layer.id)) map.addLayer(layer);
    }
    cityOutside.apply();
    districts.apply();
    units.apply();
    population.apply();
  };

  const stopPlacingLabels = placeDistrictLabels(map, labels, store);
  const basemap = createBasemapSwitcher(map, store, () => {
    styleReady = false;
  });
  map.on('style.load', addOverlay);
  const disposeDeltaOverlay = createDeltaOverlay(map, store);
  // Analysis layers (coverage / 2SFCA overlay, district choropleth) add themselves after each style load.
  const analysisLayers = [createCoverageOverlay(map, store), createDistrictChoropleth(map, store)];
  const districts = createDistrictSource(map, store, () => styleReady);
  const units = createUnitLevelSource(map, store, () => styleReady);
  const disposeRaster = effect(() => {
    if ((store.raster.value || store.summary.value) && styleReady) population.apply();
  });

  return {
    map,
    destroy() {
      disposeRaster();
      districts.destroy();
      units.destroy();
      stopPlacingLabels();
      disposeDeltaOverlay();
      for (const dispose of analysisLayers) dispose();
      basemap.destroy();
      facilities.destroy();
      disposeNetworkLayer();
      labels.destroy();
      deck.destroy();
      map.remove();
    },
  };
}
