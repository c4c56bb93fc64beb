import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, isOutsideGcj02Area, wgs84ToGcj02 } from './gcj02';

/** Metres between two nearby lon/lat points (local equirectangular; exact enough below 1 km). */
function metersBetween(a: [number, number], b: [number, number]): number {
  const metersPerDegree = 111319.49;
  const dx = (a[0] - b[0]) * metersPerDegree * Math.cos((a[1] * Math.PI) / 180);
  const dy = (a[1] - b[1]) * metersPerDegree;
  return Math.hypot(dx, dy);
}

describe('wgs84ToGcj02', () => {
  it('reproduces the published coordtransform pair for Beijing (Krasovsky a = 6378245)', () => {
    // wandergis/coordtransform test/app.js: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164]
    const [lon, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lon).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('agrees with the eviltransform test pairs to 1e-6° (they use a = 6378137, a 2e-5 relative difference)', () => {
    // googollee/eviltransform tests: (wgsLat, wgsLng, gcjLat, gcjLng) for Shanghai, Shenzhen, Beijing.
    const pairs: [number, number, number, number][] = [
      [31.1774276, 121.5272106, 31.17530398364597, 121.531541859215],
      [22.543847, 113.912316, 22.540796131694766, 113.9171764808363],
      [39.911954, 116.377817, 39.91334545536069, 116.38404722455657],
    ];
    for (const [wgsLat, wgsLon, gcjLat, gcjLon] of pairs) {
      const [lon, lat] = wgs84ToGcj02(wgsLon, wgsLat);
      expect(Math.abs(lon - gcjLon)).toBeLessThan(1e-6);
      expect(Math.abs(lat - gcjLat)).toBeLessThan(1e-6);
    }
  });

  it('shifts Wuhan by a few hundred metres, mostly east (domain.md: ~300–700 m)', () => {
    const wuhan: [number, number] = [114.3055, 30.5928];
    const shifted = wgs84ToGcj02(...wuhan);
    const distance = metersBetween(shifted, wuhan);
    expect(distance).toBeGreaterThan(300);
    expect(distance).toBeLessThan(700);
    expect(shifted[0]).toBeGreaterThan(wuhan[0]);
  });

  it('leaves points outside China unchanged', () => {
    expect(isOutsideGcj02Area(-46.63, -23.55)).toBe(true);
    expect(wgs84ToGcj02(-46.63, -23.55)).toEqual([-46.63, -23.55]);
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85]);
  });
});

describe('gcj02ToWgs84', () => {
  it('inverts the forward formula to < 0.5 m over China (domain.md § Inputs, CRS)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73.5, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53.5, noNaN: true }),
        (lon, lat) => {
          const wgs: [number, number] = [lon, lat];
          const back = gcj02ToWgs84(...wgs84ToGcj02(lon, lat));
          expect(metersBetween(back, wgs)).toBeLessThan(0.5);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('recovers the published Beijing WGS 84 point to the centimetre', () => {
    const back = gcj02ToWgs84(116.41024449916938, 39.91640428150164);
    expect(metersBetween(back, [116.404, 39.915])).toBeLessThan(0.01);
  });
});
