import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLocalProjector,
  EARTH_RADIUS_METERS,
  haversineDistanceMeters,
  planarDistanceMeters,
  projectXMeters,
  projectYMeters,
} from './distance';

describe('haversineDistanceMeters', () => {
  it('gives R·π/180 = 111,195.08 m for one degree along a meridian and along the equator', () => {
    expect(haversineDistanceMeters(114, 30, 114, 31)).toBeCloseTo(111_195.08, 1);
    expect(haversineDistanceMeters(0, 0, 1, 0)).toBeCloseTo(111_195.08, 1);
  });

  it('gives a quarter and a half of the great circle: 10,007,557.2 m and 20,015,114.4 m', () => {
    expect(haversineDistanceMeters(0, 0, 90, 0)).toBeCloseTo(10_007_557.22, 1);
    expect(haversineDistanceMeters(0, 0, 180, 0)).toBeCloseTo(20_015_114.44, 1);
    expect(haversineDistanceMeters(10, 20, -170, -20)).toBeCloseTo(20_015_114.44, 1);
  });

  it('follows the great circle, not the parallel: one degree of longitude at 60° N is 55,597.01 m', () => {
    // Parallel arc would be R·π/180·cos 60° = 55,597.54 m; the chord-like great circle is 0.53 m shorter.
    expect(haversineDistanceMeters(0, 60, 1, 60)).toBeCloseTo(55_597.01, 1);
  });

  it('is symmetric, non-negative and satisfies the triangle inequality', () => {
    const point = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -89, max: 89, noNaN: true }),
    );
    fc.assert(
      fc.property(point, point, point, ([lonA, latA], [lonB, latB], [lonC, latC]) => {
        const ab = haversineDistanceMeters(lonA, latA, lonB, latB);
        const ba = haversineDistanceMeters(lonB, latB, lonA, latA);
        const bc = haversineDistanceMeters(lonB, latB, lonC, latC);
        const ac = haversineDistanceMeters(lonA, latA, lonC, latC);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ab - ba)).toBeLessThan(1e-6);
        // Haversine is ill-conditioned near antipodes (h ≈ 1 keeps ~1e-16 absolute, i.e. ~0.1 m), hence 0.5 m slack.
        expect(ac).toBeLessThanOrEqual(ab + bc + 0.5);
      }),
    );
  });
});

describe('createLocalProjector', () => {
  it('has 111,195.08 m per degree of latitude and 111,195.08 × cos 30° = 96,297.76 m per degree of longitude at 30° N', () => {
    const projector = createLocalProjector(114, 30);
    expect(projector.metersPerDegreeLat).toBeCloseTo(111_195.08, 1);
    expect(projector.metersPerDegreeLon).toBeCloseTo(96_297.76, 1);
    expect(projectXMeters(projector, 114.01)).toBeCloseTo(962.9776, 3);
    expect(projectYMeters(projector, 29.99)).toBeCloseTo(-1_111.9508, 3);
  });

  it('stays within its documented bound, tan|φ0|·|Δφ| + (d/R)², for pairs within 2 km of the centre', () => {
    const offset = fc.double({ min: -0.018, max: 0.018, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -70, max: 70, noNaN: true }),
        offset,
        offset,
        offset,
        offset,
        (centerLon, centerLat, dLonA, dLatA, dLonB, dLatB) => {
          const projector = createLocalProjector(centerLon, centerLat);
          const lonA = centerLon + dLonA;
          const latA = centerLat + dLatA;
          const lonB = centerLon + dLonB;
          const latB = centerLat + dLatB;
          const exact = haversineDistanceMeters(lonA, latA, lonB, latB);
          fc.pre(exact > 1);
          const planar = planarDistanceMeters(projector, lonA, latA, lonB, latB);
          const deltaPhi = Math.abs((latA + latB) / 2 - centerLat) * (Math.PI / 180);
          const bound =
            Math.abs(Math.tan((centerLat * Math.PI) / 180)) * deltaPhi +
            (exact / EARTH_RADIUS_METERS) ** 2 +
            1e-9;
          // Plus 0.1 µm for floating-point rounding: at the equator the bound is (d/R)² alone, and the two
          // formulas' rounding once exceeded the 1e-9 relative slack by 5e-17 (the example below).
          expect(Math.abs(planar - exact)).toBeLessThanOrEqual(bound * exact + 1e-7);
        },
      ),
      { examples: [[0, 0, 0, -0.016568679639034887, 0.0000735755639957419, -0.017029969100067842]] },
    );
  });

  it('errs by less than 0.005% for a 1 km radius centred on a facility in Wuhan', () => {
    const projector = createLocalProjector(114.3, 30.6);
    // Due north-east, 1 km away, measured from the centre itself.
    const lon = 114.3 + 707.1 / projector.metersPerDegreeLon;
    const lat = 30.6 + 707.1 / projector.metersPerDegreeLat;
    const exact = haversineDistanceMeters(114.3, 30.6, lon, lat);
    const planar = planarDistanceMeters(projector, 114.3, 30.6, lon, lat);
    expect(Math.abs(planar - exact) / exact).toBeLessThan(5e-5);
  });
});
