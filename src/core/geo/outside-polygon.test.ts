import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { outsideOf, ringSignedArea } from './outside-polygon';
import { pointInPolygon } from './point-in-polygon';

const square = (west: number, south: number, size: number, clockwise = false): Position[] => {
  const ring: Position[] = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return clockwise ? ring.reverse() : ring;
};

describe('outsideOf', () => {
  it('computes twice the signed area, positive counter-clockwise', () => {
    expect(ringSignedArea(square(0, 0, 2))).toBe(8);
    expect(ringSignedArea(square(0, 0, 2, true))).toBe(-8);
  });

  it('holds every point outside the city and none inside it, enclaves included', () => {
    // A 10° city given clockwise (against RFC 7946) with a 2° enclave given counter-clockwise, and a second city
    // polygon apart.
    const city: Polygon = { type: 'Polygon', coordinates: [square(100, 20, 10, true), square(104, 24, 2)] };
    const islet: Polygon = { type: 'Polygon', coordinates: [square(120, 20, 1)] };
    const outside = outsideOf([city, islet]);
    const [world, ...enclaves] = outside.coordinates;
    // Windings MapLibre reads: the world counter-clockwise, its holes clockwise, the enclave counter-clockwise.
    expect(world?.map(ringSignedArea).map(Math.sign)).toEqual([1, -1, -1]);
    expect(enclaves.map((rings) => Math.sign(ringSignedArea(rings[0] as Position[])))).toEqual([1]);
    const inOutside = (lon: number, lat: number) => pointInPolygon(lon, lat, outside);
    expect(inOutside(101, 21)).toBe(false);
    expect(inOutside(105, 25)).toBe(true);
    expect(inOutside(120.5, 20.5)).toBe(false);
    expect(inOutside(115, 25)).toBe(true);
    expect(inOutside(-70, -40)).toBe(true);
  });
});
