/**
 * Where the default Wuhan files are served from. Importing them with `?url` makes `vite build` copy them into
 * dist/ under relative paths, so the built site works from any static server.
 */
import boundaryUrl from '../../data/wuhan_boundary_osm.geojson?url';
import districtsUrl from '../../data/wuhan_districts_osm_mapchina.geojson?url';
import adultsUrl from '../../data/wuhan_worldpop_age20plus_100m.tif?url';
import elderlyUrl from '../../data/wuhan_worldpop_age60plus_100m.tif?url';
import networkUrl from '../../data/wuhan-streets.lcnet?url';
import type { Bounds } from '../core/session/dataset-summary';
import type { DefaultDatasetUrls } from '../engine/engine-client';

/** Absolute URLs: the worker resolves relative ones against its own script, not the page. */
export function defaultDatasetUrls(base: string): DefaultDatasetUrls {
  return {
    adultsTiff: new URL(adultsUrl, base).href,
    elderlyTiff: new URL(elderlyUrl, base).href,
    districtsGeoJson: new URL(districtsUrl, base).href,
  };
}

/** The prepared walking network of central Wuhan (OpenStreetMap, issue 13), loaded after the dataset. */
export function defaultNetworkUrl(base: string): string {
  return new URL(networkUrl, base).href;
}

export function cityOutlineUrl(base: string): string {
  return new URL(boundaryUrl, base).href;
}

/** Extent of the Wuhan boundary (data/README), so the first frame already frames the city while data loads. */
export const defaultInitialBounds: Bounds = [113.692, 29.972, 115.077, 31.362];
