/**
 * Converts the coordinates of a parsed GeoJSON document from a source CRS to WGS 84 before it is read as districts
 * (domain.md § Inputs, CRS: "convert everything to WGS 84 at import"; GCJ-02 districts in particular).
 */
import { type CrsInfo, createToWgs84, crsRangeCheck } from '../core/geo/crs';
import { fail, ok, type Result } from '../core/model/result';

type Position = number[];

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
  );
}

/** Maps every position of a (nested) coordinates array; the first position outside the CRS range fails. */
function mapCoordinates(
  coordinates: unknown,
  crs: CrsInfo,
  toWgs84: (x: number, y: number) => [number, number],
): Result<unknown> {
  if (isPosition(coordinates)) {
    const [x = Number.NaN, y = Number.NaN, ...rest] = coordinates;
    if (!crsRangeCheck(crs, x, y)) {
      const swapped = crsRangeCheck(crs, y, x) ? ' (axes swapped?)' : '';
      return fail(
        'coordinates-out-of-range',
        `coordinate ${x}, ${y} lies outside the range of ${crs.name}${swapped}`,
      );
    }
    return ok([...toWgs84(x, y), ...rest]);
  }
  if (!Array.isArray(coordinates)) return ok(coordinates);
  const mapped: unknown[] = [];
  for (const item of coordinates) {
    const result = mapCoordinates(item, crs, toWgs84);
    if (!result.ok) return result;
    mapped.push(result.value);
  }
  return ok(mapped);
}

function mapGeometry(
  geometry: unknown,
  crs: CrsInfo,
  toWgs84: (x: number, y: number) => [number, number],
): Result<unknown> {
  if (typeof geometry !== 'object' || geometry === null) return ok(geometry);
  const record = geometry as Record<string, unknown>;
  if (Array.isArray(record.geometries)) {
    const geometries: unknown[] = [];
    for (const member of record.geometries) {
      const result = mapGeometry(member, crs, toWgs84);
      if (!result.ok) return result;
      geometries.push(result.value);
    }
    return ok({ ...record, geometries });
  }
  const coordinates = mapCoordinates(record.coordinates, crs, toWgs84);
  if (!coordinates.ok) return coordinates;
  const { bbox: _staleBoundingBox, ...rest } = record;
  return ok({ ...rest, coordinates: coordinates.value });
}

/**
 * A copy of a GeoJSON FeatureCollection, Feature or geometry with every position converted from `crs` to WGS 84
 * lon/lat (extra ordinates such as z kept, stale `bbox` members dropped). The input is not modified. Fails with
 * `coordinates-out-of-range` at the first position outside the CRS's valid range. Anything that is not GeoJSON is
 * returned unchanged for the districts parser to reject.
 */
export function reprojectGeoJson(json: unknown, crs: CrsInfo): Result<unknown> {
  const toWgs84 = createToWgs84(crs);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ok(json);
  const record = json as Record<string, unknown>;
  if (Array.isArray(record.features)) {
    const features: unknown[] = [];
    for (const feature of record.features) {
      const result = reprojectGeoJson(feature, crs);
      if (!result.ok) return result;
      features.push(result.value);
    }
    const { bbox: _staleBoundingBox, crs: _legacyCrsMember, ...rest } = record;
    return ok({ ...rest, features });
  }
  if (record.type === 'Feature') {
    const geometry = mapGeometry(record.geometry, crs, toWgs84);
    if (!geometry.ok) return geometry;
    const { bbox: _staleBoundingBox, ...rest } = record;
    return ok({ ...rest, geometry: geometry.value });
  }
  return mapGeometry(record, crs, toWgs84);
}
