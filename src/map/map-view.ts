/**
 * The MapLibre adapter: builds the map, keeps its sources in step with the store, and reports `ready` once the
 * dataset is drawn. It only hands state to MapLibre and deck.gl; every figure is computed elsewhere.
 */
import { effect } from '@preact/signals';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { districtLabels } from '../core/render/district-label-model';
import { withDragPreview } from '../core/render/facility-hit';
import { placeLabels, textWidthPixels } from '../core/render/label-placement';
import type { Bounds } from '../core/session/dataset-summary';
import type { AppStore } from '../state/store';
import { createBasemapSwitcher } from './basemap-switcher';
import { createCoverageOverlay } from './coverage-overlay';
import { createDeckLayers } from './deck-layers';
import { createDeltaOverlay } from './delta-overlay';
import { createDistrictChoropleth } from './district-choropleth';
import {
  createDistrictLabels,
  DETAIL_SIZE_PIXELS,
  type DistrictLabel,
  NAME_SIZE_PIXELS,
} from './district-labels';
import { facilityUnderPointer } from './facility-drag';
import { createFacilityLayer } from './facility-layer';
import { ATTRIBUTION, LAYER, offlineStyle, overlayLayers, overlaySources, SOURCE } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewOptions {
  cityOutlineUrl: string;
  initialBounds: Bounds;
  /** A click on the map: `facilityId` is the facility under the pointer, or null for an empty spot. */
  onClick?: (lon: number, lat: number, facilityId: string | null) => void;
}

export interface MapView {
  map: maplibregl.Map;
  destroy(): void;
}

const FIT_PADDING = { top: 40, bottom: 40, left: 40, right: 40 };

export function createMapView(container: HTMLElement, store: AppStore, options: MapViewOptions): MapView {
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(),
    bounds: options.initialBounds,
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
  const deck = createDeckLayers(map);
  const labels = createDistrictLabels(map);
  const facilityLayer = createFacilityLayer(deck);
  // deck.gl, which draws the facilities, sets itself up when the pointer first moves over the map after start-up
  // (usually well before a first placement), not at the click: there it froze the main thread for about 0.7 s.
  const warmUpFacilities = () => {
    if (!store.ready.peek()) return;
    map.off('mousemove', warmUpFacilities);
    facilityLayer.warmUp();
  };
  map.on('mousemove', warmUpFacilities);
  map.on('click', (event) => {
    const facilities = store.activeScenario.peek().facilities;
    const facilityId = facilityUnderPointer(map, facilities, event.point.x, event.point.y);
    options.onClick?.(event.lngLat.lng, event.lngLat.lat, facilityId);
  });
  // isStyleLoaded() is also false while a GeoJSON source is still parsing; what matters here is whether layers
  // can be added, which is true from 'style.load' until the next setStyle.
  let styleReady = false;
  let hoveredOnMap: string | null = null;
  // Fitted once per dataset: an imported dataset (issue #5) may lie in another city.
  let fittedDatasetId: string | null = null;

  const applyDistricts = () => {
    const summary = store.summary.value;
    const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE.districts);
    if (!summary || !source) return;
    source.setData(summary.districtsGeoJson);
    if (fittedDatasetId !== summary.id) {
      fittedDatasetId = summary.id;
      map.fitBounds(summary.bounds, { padding: FIT_PADDING, animate: false });
    }
  };

  const applyRaster = () => {
    const raster = store.raster.value;
    if (!raster) {
      // No image for the current dataset (the worker could not paint it): clear the previous dataset's.
      if (store.summary.peek())
        map.getSource<maplibregl.ImageSource>(SOURCE.population)?.updateImage({ image: new ImageData(1, 1) });
      return;
    }
    const { width, height, rgba, coordinates } = raster.image;
    map.getSource<maplibregl.ImageSource>(SOURCE.population)?.updateImage({
      image: new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height),
      coordinates,
    });
    // Ready once MapLibre has drawn the image and the districts: 'idle' comes after that render.
    if (!store.ready.peek() && store.summary.peek()) readyWhenSettled();
  };

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

  /** (Re)creates the overlay on the current basemap; runs on every style load. */
  const addOverlay = () => {
    styleReady = true;
    const offline = store.basemap.peek().status !== 'online';
    for (const [id, source] of Object.entries(overlaySources(options.cityOutlineUrl))) {
      if (!map.getSource(id)) map.addSource(id, source);
    }
    if (!map.getSource(SOURCE.population)) {
      const [west, south, east, north] = options.initialBounds;
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
    }
    for (const layer of overlayLayers({ offline, withPopulation: true })) {
      if (!map.getLayer(layer.id)) map.addLayer(layer);
    }
    applyDistricts();
    applyRaster();
  };

  let labelModel: DistrictLabel[] = [];
  let populationById = new Map<string, number>();
  let hoveredLabel: string | null = null;
  /** Labels that would overlap at this zoom lose their second line, then their name; the hovered one wins. */
  const placeLabelsOnScreen = () => {
    const candidates = labelModel.map((label) => {
      const point = map.project(label.position);
      return {
        id: label.id,
        x: point.x,
        y: point.y,
        nameWidth: textWidthPixels(label.name, NAME_SIZE_PIXELS),
        nameHeight: NAME_SIZE_PIXELS + 2,
        detailWidth: textWidthPixels(label.detail, DETAIL_SIZE_PIXELS),
        detailHeight: DETAIL_SIZE_PIXELS + 4,
        priority: label.id === hoveredLabel ? Number.POSITIVE_INFINITY : (populationById.get(label.id) ?? 0),
      };
    });
    const placement = placeLabels(candidates);
    labels.update(
      labelModel.flatMap((label, index) => {
        const placed = placement.get(label.id);
        const candidate = candidates[index];
        if (!placed?.showName || !candidate) return [];
        return [
          {
            id: label.id,
            name: label.name,
            detail: placed.showDetail ? label.detail : '',
            x: candidate.x,
            y: candidate.y,
            small: placed.small,
            hovered: label.id === hoveredLabel,
          },
        ];
      }),
    );
  };
  map.on('move', placeLabelsOnScreen);
  map.on('resize', placeLabelsOnScreen);

  const basemap = createBasemapSwitcher(map, store, () => {
    styleReady = false;
  });
  map.on('style.load', addOverlay);
  const disposeDeltaOverlay = createDeltaOverlay(map, store);
  // Analysis layers (coverage / 2SFCA overlay, district choropleth) add themselves after each style load.
  const analysisLayers = [createCoverageOverlay(map, store), createDistrictChoropleth(map, store)];
  map.on('mousemove', LAYER.districtFill, (event) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string' && id !== hoveredOnMap) {
      hoveredOnMap = id;
      store.hoveredDistrictId.value = id;
    }
  });
  map.on('mouseleave', LAYER.districtFill, () => {
    hoveredOnMap = null;
    store.hoveredDistrictId.value = null;
  });

  const disposers = [
    effect(() => {
      facilityLayer.update(
        withDragPreview(store.activeScenario.value.facilities, store.facilityDrag.value),
        store.selectedFacilityId.value,
      );
    }),
    effect(() => {
      if (store.summary.value && styleReady) applyDistricts();
    }),
    effect(() => {
      if ((store.raster.value || store.summary.value) && styleReady) applyRaster();
    }),
    effect(() => {
      const summary = store.summary.value;
      labelModel = summary ? districtLabels(summary, store.locale.value) : [];
      populationById = new Map(summary?.districts.map((district) => [district.id, district.population]));
      // A new dataset's fit moves the camera, and 'move' places them again.
      placeLabelsOnScreen();
    }),
    // Apart from the model above: a hover only re-places the labels (the label points cost 0.1 s to find).
    effect(() => {
      hoveredLabel = store.hoveredDistrictId.value;
      placeLabelsOnScreen();
    }),
    effect(() => {
      const hovered = store.hoveredDistrictId.value;
      const summary = store.summary.value;
      if (!summary || !styleReady || !map.getSource(SOURCE.districts)) return;
      for (const district of summary.districts) {
        map.setFeatureState(
          { source: SOURCE.districts, id: district.id },
          { hover: district.id === hovered },
        );
      }
    }),
  ];

  return {
    map,
    destroy() {
      for (const dispose of disposers) dispose();
      disposeDeltaOverlay();
      for (const dispose of analysisLayers) dispose();
      basemap.destroy();
      facilityLayer.destroy();
      labels.destroy();
      deck.destroy();
      map.remove();
    },
  };
}
