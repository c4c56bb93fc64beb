import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveCrs } from '../geo/crs';
import { wgs84ToGcj02 } from '../geo/gcj02';
import type { Facility } from '../model/facility';
import {
  type FacilitiesParseOptions,
  facilitiesToGeoJson,
  parseFacilitiesGeoJson,
} from './facilities-geojson';

function point(properties: Record<string, unknown>, coordinates: unknown = [114.3, 30.6], id?: unknown) {
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    geometry: { type: 'Point', coordinates },
    properties,
  };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

const VALID = {
  name: '水果湖社区服务站',
  type: 'community_service_station',
  status: 'proposed',
  area_m2: 650,
  radius_m: 300,
};

function errorCode(json: unknown, options?: FacilitiesParseOptions): string {
  const result = parseFacilitiesGeoJson(json, options);
  return result.ok ? 'ok' : result.error.code;
}

describe('parseFacilitiesGeoJson', () => {
  it('reads the facility schema properties', () => {
    const result = parseFacilitiesGeoJson(
      collection(
        point(
          { ...VALID, capacity: { beds: 120, general_practitioners: 2 }, land_m2: 900 },
          [114.35, 30.55],
          'f-7',
        ),
        point({ name: 'B', type: 'kindergarten', area_m2: '3200', radius_m: 300, status: '现状' }),
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: 'f-7',
          name: '水果湖社区服务站',
          type: 'community_service_station',
          status: 'proposed',
          lon: 114.35,
          lat: 30.55,
          floorAreaSquareMeters: 650,
          radiusMeters: 300,
          capacity: { beds: 120, generalPractitioners: 2 },
          landAreaSquareMeters: 900,
        },
        {
          id: 'facility-2',
          name: 'B',
          type: 'kindergarten',
          status: 'existing',
          lon: 114.3,
          lat: 30.6,
          floorAreaSquareMeters: 3200,
          radiusMeters: 300,
        },
      ],
    });
  });

  it('takes a default radius by type and defaults status to existing', () => {
    const { radius_m: _radius, status: _status, ...withoutRadius } = VALID;
    const result = parseFacilitiesGeoJson(collection(point(withoutRadius)), {
      defaultRadiusMeters: (type) => (type === 'community_service_station' ? 300 : undefined),
    });
    expect(result.ok && result.value[0]?.radiusMeters).toBe(300);
    expect(result.ok && result.value[0]?.status).toBe('existing');
    expect(errorCode(collection(point(withoutRadius)))).toBe('facilities-radius');
  });

  it('converts GCJ-02 coordinates to WGS 84 when told', () => {
    const gcj = resolveCrs('gcj02');
    if (!gcj.ok) throw new Error('no GCJ-02');
    const result = parseFacilitiesGeoJson(collection(point(VALID, wgs84ToGcj02(114.3, 30.6))), {
      crs: gcj.value,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value[0]?.lon).toBeCloseTo(114.3, 7);
    expect(result.value[0]?.lat).toBeCloseTo(30.6, 7);
  });

  it('refuses broken input with a code naming the feature', () => {
    expect(errorCode(null)).toBe('facilities-not-geojson');
    expect(errorCode({ type: 'FeatureCollection' })).toBe('facilities-not-geojson');
    expect(errorCode(collection({ type: 'Polygon' }))).toBe('facilities-not-geojson');
    expect(
      errorCode(collection({ ...point(VALID), geometry: { type: 'LineString', coordinates: [] } })),
    ).toBe('facilities-geometry');
    expect(errorCode(collection(point(VALID, [114.3])))).toBe('facilities-coordinates');
    expect(errorCode(collection(point(VALID, [30.6, 114.3])))).toBe('facilities-coordinates');
    expect(errorCode(collection(point({ ...VALID, type: '' })))).toBe('facilities-type');
    expect(errorCode(collection(point(VALID)), { knownTypes: new Set(['kindergarten']) })).toBe(
      'facilities-unknown-type',
    );
    expect(errorCode(collection(point({ ...VALID, status: 'maybe' })))).toBe('facilities-status');
    expect(errorCode(collection(point({ ...VALID, area_m2: -1 })))).toBe('facilities-area');
    expect(errorCode(collection(point({ ...VALID, area_m2: 'big' })))).toBe('facilities-area');
    expect(errorCode(collection(point({ ...VALID, area_m2: undefined })))).toBe('facilities-area');
    expect(errorCode(collection(point({ ...VALID, radius_m: 0 })))).toBe('facilities-radius');
    expect(errorCode(collection(point({ ...VALID, land_m2: -5 })))).toBe('facilities-land');
    expect(errorCode(collection(point({ ...VALID, capacity: 120 })))).toBe('facilities-capacity');
    expect(errorCode(collection(point({ ...VALID, capacity: { beds: -1 } })))).toBe('facilities-capacity');
    expect(errorCode(collection(point(VALID, undefined, 'a'), point(VALID, undefined, 'a')))).toBe(
      'facilities-duplicate-id',
    );
    expect(errorCode(collection(point(VALID), point(VALID)), { maxFeatures: 1 })).toBe('facilities-too-many');
    const swapped = parseFacilitiesGeoJson(collection(point(VALID, [30.6, 114.3])));
    expect(swapped.ok ? '' : swapped.error.message).toBe(
      'feature 1 ("水果湖社区服务站"): coordinates 30.6, 114.3 are not longitude, latitude (latitude and longitude swapped?)',
    );
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseFacilitiesGeoJson(value)).not.toThrow();
        expect(() => parseFacilitiesGeoJson(collection(value))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

const facilityArbitrary: fc.Arbitrary<Facility> = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    name: fc.string(),
    type: fc.string({ minLength: 1 }).filter((type) => type.trim() === type),
    status: fc.constantFrom('existing' as const, 'proposed' as const),
    lon: fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
    // The engine's ranges (analysis/validate-facility.ts), which the reader now applies: |latitude| ≤ 85°.
    lat: fc.double({ min: -85, max: 85, noNaN: true, noDefaultInfinity: true }),
    floorAreaSquareMeters: fc.double({ min: 0, max: 1e6, noNaN: true }),
    radiusMeters: fc.double({ min: 1, max: 1e4, noNaN: true }),
    capacity: fc.record(
      {
        beds: fc.nat({ max: 1e7 }),
        places: fc.nat({ max: 1e7 }),
        doctors: fc.nat({ max: 1e7 }),
        generalPractitioners: fc.nat({ max: 1e7 }),
      },
      { requiredKeys: ['beds'] },
    ),
    landAreaSquareMeters: fc.double({ min: 0, max: 1e6, noNaN: true }),
  },
  { requiredKeys: ['id', 'name', 'type', 'status', 'lon', 'lat', 'floorAreaSquareMeters', 'radiusMeters'] },
);

describe('facilitiesToGeoJson', () => {
  it('writes the schema properties', () => {
    const written = facilitiesToGeoJson([
      {
        id: 'x1',
        name: 'N',
        type: 'nursing_home',
        status: 'existing',
        lon: 114,
        lat: 30,
        floorAreaSquareMeters: 8000,
        radiusMeters: 1000,
        capacity: { beds: 300 },
      },
    ]);
    expect(written.features[0]).toEqual({
      type: 'Feature',
      id: 'x1',
      geometry: { type: 'Point', coordinates: [114, 30] },
      properties: {
        name: 'N',
        type: 'nursing_home',
        status: 'existing',
        area_m2: 8000,
        radius_m: 1000,
        capacity: { beds: 300 },
      },
    });
  });

  it('round-trips through JSON text: parse(write(x)) = x (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(facilityArbitrary, { selector: (facility) => facility.id, maxLength: 8 }),
        (facilities) => {
          const text = JSON.stringify(facilitiesToGeoJson(facilities));
          const result = parseFacilitiesGeoJson(JSON.parse(text));
          // JSON has no -0: compare after the same normalisation the file applies.
          expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(facilities)) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
