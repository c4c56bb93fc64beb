/**
 * The offline basemap and the overlay layers drawn on top of any basemap. Pure style objects: no network, no
 * glyphs, no sprites, so the map renders on an intranet with nothing but dist/.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export const ATTRIBUTION =
  'Population © WorldPop (CC BY 4.0) · Boundaries and streets © OpenStreetMap contributors (ODbL)';

export const SOURCE = {
  city: 'city-outline',
  /** The world outside the city (core/geo/outside-polygon.ts), set by city-outside.ts once the outline is read. */
  cityOutside: 'city-outside',
  districts: 'districts',
  /** The chosen finer unit level's polygons (issue 12); empty while the districts are shown. */
  units: 'units',
  population: 'population',
} as const;
export const LAYER = {
  background: 'background',
  cityOutside: 'city-outside',
  population: 'population-raster',
  districtFill: 'district-fill',
  unitFill: 'unit-fill',
  unitOutline: 'unit-outline',
  districtOutline: 'district-outline',
  cityOutline: 'city-outline',
} as const;

const LAND_COLOUR = '#fbfaf7';

/** Background only: the city and its districts come from the overlay, so the same overlay serves any basemap. */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Lifecircle offline',
    // No paint transitions or symbol fades: 'idle' (and so readiness) would wait for them on every data change.
    transition: { duration: 0, delay: 0 },
    sources: {},
    // The city's land colour: the world outside the city is painted over it (overlayLayers).
    layers: [{ id: LAYER.background, type: 'background', paint: { 'background-color': LAND_COLOUR } }],
  };
}

/**
 * The city outline from its file, and the districts empty until the worker's summary arrives (with their ids). The
 * district file is not also loaded here to show outlines early: MapLibre's worker would parse and tile it only for
 * the summary to replace it, and at start-up that work competed with the grid decode for the machine's two cores
 * (about 0.1 s later "ready" in alternating runs under software WebGL).
 */
export function overlaySources(cityOutlineUrl: string): Record<string, SourceSpecification> {
  return {
    [SOURCE.city]: { type: 'geojson', data: cityOutlineUrl },
    [SOURCE.cityOutside]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    [SOURCE.districts]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      promoteId: 'id',
    },
    [SOURCE.units]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      promoteId: 'id',
    },
  };
}

/** Cells drawn as nearest-neighbour pixels, so a zoomed-in planner sees the real 100 m grid, not a blur. */
export function populationLayer(): LayerSpecification {
  return {
    id: LAYER.population,
    type: 'raster',
    source: SOURCE.population,
    paint: { 'raster-opacity': 0.9, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
  };
}

/**
 * The district and unit fills are where the pointer's district or unit is found (queryRenderedFeatures), and are not
 * drawn: MapLibre skips a fill whose opacity is the constant 0. The hover tint is drawn by the choropleth layer
 * (district-choropleth.ts), which fills every polygon anyway. A tint of their own, at opacity 0 but for the hovered
 * polygon, cost software WebGL a pass over the whole map in every frame of a drag (issue 13).
 */
const HOVER_QUERY_PAINT = { 'fill-opacity': 0, 'fill-antialias': false } as const;

/**
 * Bottom to top: the world outside the city (offline only, over the land-coloured background; an online basemap
 * shows its own land), population raster, district fill (for hover, not drawn), the chosen unit level's fill (for
 * hover, not drawn) and outlines (unit-level-source.ts styles them by level), district outlines, city outline.
 */
export function overlayLayers(options: { offline: boolean; withPopulation: boolean }): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  if (options.offline) {
    layers.push({
      id: LAYER.cityOutside,
      type: 'fill',
      source: SOURCE.cityOutside,
      // No anti-aliased edge pass (a second program and draw per fill): the city outline covers the edge.
      paint: { 'fill-color': '#dfe6ec', 'fill-antialias': false },
    });
  }
  if (options.withPopulation) layers.push(populationLayer());
  layers.push(
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: HOVER_QUERY_PAINT,
    },
    {
      id: LAYER.unitFill,
      type: 'fill',
      source: SOURCE.units,
      paint: HOVER_QUERY_PAINT,
    },
    {
      id: LAYER.unitOutline,
      type: 'line',
      source: SOURCE.units,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#1d4ed8', '#374151'],
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0.8],
        'line-opacity': 0.8,
      },
    },
    {
      id: LAYER.districtOutline,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#1d4ed8', '#4b5563'],
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.4, 1.1],
        'line-opacity': 0.9,
      },
    },
    {
      id: LAYER.cityOutline,
      type: 'line',
      source: SOURCE.city,
      paint: { 'line-color': '#1f2937', 'line-width': 2 },
    },
  );
  return layers;
}
