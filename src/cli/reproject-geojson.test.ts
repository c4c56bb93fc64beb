import { describe, expect, it } from 'vitest';
import { resolveCrs } from '../core/geo/crs';
import { wgs84ToGcj02 } from '../core/geo/gcj02';
import { reprojectGeoJson } from './reproject-geojson';

function crs(id: string) {
  const result = resolveCrs(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('reprojectGeoJson', () => {
  it('converts every position of polygons and multipolygons, keeping properties and z', () => {
    const square = [
      [241633.917, 3387568.672, 12],
      [241733.917, 3387568.672, 12],
      [241733.917, 3387668.672, 12],
      [241633.917, 3387568.672, 12],
    ];
    const input = {
      type: 'FeatureCollection',
      bbox: [0, 0, 1, 1],
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Polygon', coordinates: [square] } },
        {
          type: 'Feature',
          properties: { name: 'b' },
          geometry: { type: 'MultiPolygon', coordinates: [[square]] },
        },
      ],
    };
    const result = reprojectGeoJson(input, crs('EPSG:32650'));
    if (!result.ok) throw new Error(result.error.message);
    const output = result.value as typeof input;
    expect(output.bbox).toBeUndefined();
    expect(output.features[0]?.properties).toEqual({ name: 'a' });
    const first = output.features[0]?.geometry.coordinates[0]?.[0] as unknown as number[];
    expect(first[0]).toBeCloseTo(114.3055, 7);
    expect(first[1]).toBeCloseTo(30.5928, 7);
    expect(first[2]).toBe(12);
    const multi = output.features[1]?.geometry.coordinates[0]?.[0] as unknown as number[][];
    expect(multi[0]).toEqual(first);
    expect(input.features[0]?.geometry.coordinates[0]?.[0]).toEqual([241633.917, 3387568.672, 12]);
  });

  it('undoes GCJ-02 to within a centimetre', () => {
    const shifted = wgs84ToGcj02(114.3, 30.6);
    const result = reprojectGeoJson({ type: 'Point', coordinates: shifted }, crs('gcj02'));
    const point = (result.ok ? result.value : undefined) as { coordinates: number[] };
    expect(point.coordinates[0]).toBeCloseTo(114.3, 7);
    expect(point.coordinates[1]).toBeCloseTo(30.6, 7);
  });

  it('fails on the first position outside the CRS range, hinting at swapped axes', () => {
    const result = reprojectGeoJson({ type: 'Point', coordinates: [3387568.7, 241633.9] }, crs('EPSG:32650'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'coordinates-out-of-range',
        message:
          'coordinate 3387568.7, 241633.9 lies outside the range of WGS 84 / UTM zone 50N (axes swapped?)',
      },
    });
    const lonLat = reprojectGeoJson({ type: 'Point', coordinates: [114.3, 30.6] }, crs('EPSG:4547'));
    expect(lonLat.ok).toBe(false);
  });
});
