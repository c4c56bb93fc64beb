/**
 * Hand-built networks for the tests: streets drawn in metres on a local plane around 114.3° E, 30.6° N (Wuhan's
 * latitude), with a vertex every 25 m so that node positions are known, and point cells at chosen places.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { PopulationGrid } from '../model/grid';
import { networkFromGeoJson } from './network-geojson';
import type { StreetNetwork } from './street-network';

export const ORIGIN_LON = 114.3;
export const ORIGIN_LAT = 30.6;
const METERS_PER_DEGREE_LON = METERS_PER_DEGREE_LATITUDE * Math.cos((ORIGIN_LAT * Math.PI) / 180);

/** Lon/lat of the point x metres east and y metres north of the origin. */
export function at(xMeters: number, yMeters: number): [number, number] {
  return [ORIGIN_LON + xMeters / METERS_PER_DEGREE_LON, ORIGIN_LAT + yMeters / METERS_PER_DEGREE_LATITUDE];
}

/** A straight street from (x0, y0) to (x1, y1), metres, with a vertex every `stepMeters` (default 25). */
export function street(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  highway = 'residential',
  stepMeters = 25,
): Feature<LineString> {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(1, Math.round(length / stepMeters));
  const coordinates = Array.from({ length: steps + 1 }, (_, k) =>
    at(x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps),
  );
  return { type: 'Feature', properties: { highway }, geometry: { type: 'LineString', coordinates } };
}

/** The canonical network of `features`; throws when there is none. */
export function networkOf(features: Feature[]): StreetNetwork {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const built = networkFromGeoJson(collection);
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

/** A grid of point cells at `points` (metres), one person each unless given. */
export function pointGrid(points: [number, number][], population?: number[]): PopulationGrid {
  const lonLat = points.map(([x, y]) => at(x, y));
  return {
    cellCount: points.length,
    lon: Float64Array.from(lonLat, ([lon]) => lon),
    lat: Float64Array.from(lonLat, ([, lat]) => lat),
    cellAreaSquareMeters: new Float32Array(points.length).fill(10_000),
    layers: { total: Float32Array.from(population ?? points.map(() => 1)) },
  };
}
