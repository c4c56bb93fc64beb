import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CrsInfo,
  createFromWgs84,
  createToWgs84,
  crsFromGeoKeys,
  crsRangeCheck,
  resolveCrs,
} from './crs';

function crs(id: string): CrsInfo {
  const result = resolveCrs(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// Wuhan, 江汉关 area. Expected projected values from an independent Krüger-series (Karney 2011, 6th order)
// implementation with the EPSG parameters, not from proj4.
const WUHAN: [number, number] = [114.3055, 30.5928];

describe('resolveCrs', () => {
  it('accepts aliases and canonicalises ids', () => {
    expect(crs('wgs84').id).toBe('EPSG:4326');
    expect(crs('WGS 84').id).toBe('EPSG:4326');
    expect(crs('epsg:4326').id).toBe('EPSG:4326');
    expect(crs('4490').id).toBe('EPSG:4490');
    expect(crs('GCJ-02').kind).toBe('gcj02');
    expect(crs('EPSG:32650').name).toBe('WGS 84 / UTM zone 50N');
    expect(crs('EPSG:32723').name).toBe('WGS 84 / UTM zone 23S');
  });

  it('builds CGCS2000 Gauss–Krüger definitions from the EPSG parameters', () => {
    expect(crs('EPSG:4547').proj4).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
    expect(crs('EPSG:4513').proj4).toContain('+lon_0=75 +k=1 +x_0=25500000');
    expect(crs('EPSG:4533').proj4).toContain('+lon_0=135 +k=1 +x_0=45500000');
    expect(crs('EPSG:4534').proj4).toContain('+lon_0=75 +k=1 +x_0=500000');
    expect(crs('EPSG:4554').proj4).toContain('+lon_0=135 +k=1 +x_0=500000');
  });

  it('fails with a code for unknown and unsupported ids', () => {
    const unknown = resolveCrs('mars');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('crs-unknown');
    for (const id of ['EPSG:2385', 'EPSG:4512', 'EPSG:4555', 'EPSG:32661', 'EPSG:32700']) {
      const result = resolveCrs(id);
      expect(result.ok, id).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('crs-unsupported');
    }
  });
});

describe('createToWgs84 / createFromWgs84', () => {
  it('projects Wuhan to UTM 50N and back', () => {
    const [x, y] = createFromWgs84(crs('EPSG:32650'))(...WUHAN);
    expect(x).toBeCloseTo(241633.917, 2);
    expect(y).toBeCloseTo(3387568.672, 2);
    const [lon, lat] = createToWgs84(crs('EPSG:32650'))(241633.917, 3387568.672);
    expect(lon).toBeCloseTo(WUHAN[0], 8);
    expect(lat).toBeCloseTo(WUHAN[1], 8);
  });

  it('projects Wuhan to CGCS2000 CM 114°E (EPSG:4547) and zone 38 (EPSG:4526)', () => {
    const [x, y] = createFromWgs84(crs('EPSG:4547'))(...WUHAN);
    expect(x).toBeCloseTo(529299.86, 1);
    expect(y).toBeCloseTo(3385869.453, 1);
    const [xPrefixed, yPrefixed] = createFromWgs84(crs('EPSG:4526'))(...WUHAN);
    expect(xPrefixed).toBeCloseTo(38529299.86, 1);
    expect(yPrefixed).toBeCloseTo(3385869.453, 1);
    const [lon, lat] = createToWgs84(crs('EPSG:4547'))(529299.86, 3385869.453);
    expect(lon).toBeCloseTo(WUHAN[0], 7);
    expect(lat).toBeCloseTo(WUHAN[1], 7);
  });

  it('projects the EPSG Guidance Note 7-2 Web Mercator example', () => {
    const lat = 24 + 22 / 60 + 54.433 / 3600;
    const [x, y] = createFromWgs84(crs('EPSG:3857'))(-(100 + 20 / 60), lat);
    expect(x).toBeCloseTo(-11169055.58, 1);
    expect(y).toBeCloseTo(2800000.0, 1);
  });

  it('projects São Paulo to UTM 23S', () => {
    const [x, y] = createFromWgs84(crs('EPSG:32723'))(-46.6333, -23.5505);
    expect(x).toBeCloseTo(333287.915, 2);
    expect(y).toBeCloseTo(7394588.319, 2);
  });

  it('treats WGS 84 and CGCS2000 geographic as identity', () => {
    expect(createToWgs84(crs('EPSG:4490'))(114.1, 30.2)).toEqual([114.1, 30.2]);
    expect(createFromWgs84(crs('wgs84'))(114.1, 30.2)).toEqual([114.1, 30.2]);
  });

  it('round-trips every supported projected CRS within 1 mm near its central meridian', () => {
    const ids = [3857, ...range(4513, 4554), ...range(32601, 32660), ...range(32701, 32760)].map(
      (c) => `EPSG:${c}`,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.double({ min: -1.4, max: 1.4, noNaN: true }),
        fc.double({ min: 0.5, max: 55, noNaN: true }),
        (id, lonOffset, absLat) => {
          const info = crs(id);
          const centralMeridian = centralMeridianOf(info);
          const lat = id.startsWith('EPSG:327') ? -absLat : absLat;
          const lon = centralMeridian + lonOffset;
          const [x, y] = createFromWgs84(info)(lon, lat);
          expect(crsRangeCheck(info, x, y)).toBe(true);
          const [lonBack, latBack] = createToWgs84(info)(x, y);
          const metersPerDegree = 111320;
          expect(Math.abs(latBack - lat) * metersPerDegree).toBeLessThan(1e-3);
          expect(Math.abs(lonBack - lon) * metersPerDegree * Math.cos((lat * Math.PI) / 180)).toBeLessThan(
            1e-3,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('crsFromGeoKeys', () => {
  it('prefers the projected key over the geographic one', () => {
    expect(crsFromGeoKeys({ GeographicTypeGeoKey: 4326, ProjectedCSTypeGeoKey: 32650 })).toBe('EPSG:32650');
    expect(crsFromGeoKeys({ GeographicTypeGeoKey: 4490 })).toBe('EPSG:4490');
    expect(crsFromGeoKeys({ GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 })).toBe('EPSG:4326');
  });

  it('ignores user-defined and missing keys', () => {
    expect(crsFromGeoKeys({ ProjectedCSTypeGeoKey: 32767, GeographicTypeGeoKey: 4326 })).toBe('EPSG:4326');
    expect(crsFromGeoKeys({ ProjectedCSTypeGeoKey: 32767 })).toBeUndefined();
    expect(crsFromGeoKeys({})).toBeUndefined();
  });
});

describe('crsRangeCheck', () => {
  it('rejects lon/lat numbers declared as projected metres, and swapped axes', () => {
    const utm50 = crs('EPSG:32650');
    expect(crsRangeCheck(utm50, 241633.9, 3387568.7)).toBe(true);
    expect(crsRangeCheck(utm50, 114.3, 30.6)).toBe(false);
    expect(crsRangeCheck(utm50, 3387568.7, 241633.9)).toBe(false);
    const zone38 = crs('EPSG:4526');
    expect(crsRangeCheck(zone38, 38529299.9, 3385869.5)).toBe(true);
    expect(crsRangeCheck(zone38, 529299.9, 3385869.5)).toBe(false);
    expect(crsRangeCheck(crs('wgs84'), 30.6, 114.3)).toBe(false);
    expect(crsRangeCheck(crs('wgs84'), Number.NaN, 30)).toBe(false);
    expect(crsRangeCheck(crs('gcj02'), -46.6, -23.5)).toBe(false);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function centralMeridianOf(info: CrsInfo): number {
  const lon0 = /\+lon_0=(-?\d+)/.exec(info.proj4 ?? '')?.[1];
  if (lon0 !== undefined) return Number(lon0);
  const zone = /\+zone=(\d+)/.exec(info.proj4 ?? '')?.[1];
  return zone === undefined ? 0 : Number(zone) * 6 - 183;
}
