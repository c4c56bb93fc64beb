/**
 * The two extra inputs of `lifecircle suggest`: candidate points and exclusion polygons, GeoJSON in WGS 84 (RFC 7946).
 * Each failure names the file and the feature.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CandidatePoint } from '../core/suggest/candidates';
import { type CliResult, inputError } from './cli-error';
import { readJson } from './read-input';

function features(file: string, json: unknown): CliResult<{ geometry: unknown }[]> {
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type === 'Feature') return { ok: true, value: [collection as { geometry: unknown }] };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return inputError(file, 'geojson-invalid', 'not a GeoJSON FeatureCollection');
  }
  if (collection.features.length === 0) return inputError(file, 'geojson-empty', 'the file has no features');
  return { ok: true, value: collection.features as { geometry: unknown }[] };
}

function isLonLat(position: unknown): position is [number, number] {
  return (
    Array.isArray(position) &&
    typeof position[0] === 'number' &&
    typeof position[1] === 'number' &&
    Math.abs(position[0]) <= 180 &&
    Math.abs(position[1]) <= 90
  );
}

/** Candidate sites: every Point and every position of a MultiPoint. */
export async function readCandidatePoints(file: string): Promise<CliResult<CandidatePoint[]>> {
  const json = await readJson(file);
  if (!json.ok) return json;
  const list = features(file, json.value);
  if (!list.ok) return list;
  const points: CandidatePoint[] = [];
  for (const [index, feature] of list.value.entries()) {
    const geometry = feature?.geometry as { type?: string; coordinates?: unknown } | null;
    const positions =
      geometry?.type === 'Point'
        ? [geometry.coordinates]
        : geometry?.type === 'MultiPoint'
          ? geometry.coordinates
          : null;
    if (!Array.isArray(positions)) {
      return inputError(file, 'geometry-type', `feature ${index + 1}: expected a Point or MultiPoint`);
    }
    for (const position of positions) {
      if (!isLonLat(position)) {
        return inputError(
          file,
          'coordinates-out-of-range',
          `feature ${index + 1}: coordinates are not WGS 84 lon/lat`,
        );
      }
      points.push({ lon: position[0], lat: position[1] });
    }
  }
  return { ok: true, value: points };
}

/** Exclusion polygons: every Polygon and MultiPolygon. */
export async function readExclusionPolygons(file: string): Promise<CliResult<(Polygon | MultiPolygon)[]>> {
  const json = await readJson(file);
  if (!json.ok) return json;
  const list = features(file, json.value);
  if (!list.ok) return list;
  const polygons: (Polygon | MultiPolygon)[] = [];
  for (const [index, feature] of list.value.entries()) {
    const geometry = feature?.geometry as Polygon | MultiPolygon | null;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      return inputError(file, 'geometry-type', `feature ${index + 1}: expected a Polygon or MultiPolygon`);
    }
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    if (!Array.isArray(rings) || !rings.every((ring) => Array.isArray(ring) && ring.every(isLonLat))) {
      return inputError(
        file,
        'coordinates-out-of-range',
        `feature ${index + 1}: coordinates are not WGS 84 lon/lat`,
      );
    }
    polygons.push(geometry);
  }
  return { ok: true, value: polygons };
}
