/**
 * Fills the offline map's city-outside source (map-style.ts) from the city outline file: read once, inverted once
 * (core/geo/outside-polygon.ts), and set again after every style load. Until it arrives the map is all land colour
 * with the city outline drawn; if the file cannot be read it stays so, as the outline does.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { outsideOf } from '../core/geo/outside-polygon';
import { SOURCE } from './map-style';

export interface CityOutside {
  /** Puts the outside into the source, when both exist (call after each style load). */
  apply(): void;
}

export function createCityOutside(map: maplibregl.Map, cityOutlineUrl: string): CityOutside {
  let outside: Feature<MultiPolygon> | null = null;
  const apply = () => {
    const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE.cityOutside);
    if (outside && source) source.setData(outside);
  };
  fetch(cityOutlineUrl)
    .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
    .then((outline) => {
      const areas = (outline?.features ?? [])
        .map((feature) => feature.geometry)
        .filter((geometry): geometry is Polygon | MultiPolygon =>
          ['Polygon', 'MultiPolygon'].includes(geometry?.type ?? ''),
        );
      if (areas.length === 0) return;
      outside = { type: 'Feature', properties: {}, geometry: outsideOf(areas) };
      apply();
    })
    .catch(() => {
      // The outline source fails the same way and MapLibre reports it; the map stays all land colour.
    });
  return { apply };
}
