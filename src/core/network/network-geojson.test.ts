import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineDistanceMeters } from '../geo/distance';
import { at, networkOf, street } from './network.fixture';
import { networkFromGeoJson } from './network-geojson';
import { nodeLat, nodeLon } from './street-network';

function line(points: [number, number][], highway = 'residential'): Feature {
  return {
    type: 'Feature',
    properties: { highway },
    geometry: { type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) },
  };
}

describe('canonical network from GeoJSON', () => {
  it('splits a 120 m edge into 3 equal parts of 40 m', () => {
    const network = networkOf([
      line([
        [0, 0],
        [120, 0],
      ]),
    ]);
    expect(network.nodeCount).toBe(4);
    expect(network.edgeCount).toBe(3);
    // Equal parts up to the 7-decimal rounding of the new points (1e-7° ≈ 1 cm).
    for (const length of network.lengthsMeters) expect(Math.abs(length - 40)).toBeLessThan(0.02);
    const lons = Array.from({ length: 4 }, (_, node) => nodeLon(network, node)).sort();
    // Interior points at 1/3 and 2/3 in longitude, rounded to 7 decimals.
    expect(lons[1]).toBe(
      Math.round((lons[0] as number) * 1e7 + (((lons[3] as number) - (lons[0] as number)) * 1e7) / 3) / 1e7,
    );
  });

  it('keeps an edge of 50 m whole and splits one of 50.5 m in two', () => {
    expect(
      networkOf([
        line([
          [0, 0],
          [49.9, 0],
        ]),
      ]).edgeCount,
    ).toBe(1);
    expect(
      networkOf([
        line([
          [0, 0],
          [50.5, 0],
        ]),
      ]).edgeCount,
    ).toBe(2);
  });

  it('drops motorways and motorway links but keeps every other highway value', () => {
    const network = networkOf([
      street(0, 0, 100, 0, 'primary'),
      street(0, 50, 100, 50, 'motorway'),
      street(0, 100, 100, 100, 'motorway_link'),
      street(0, 150, 100, 150, 'trunk'),
    ]);
    expect(network.nodeCount).toBe(10);
    const lats = new Set(Array.from({ length: network.nodeCount }, (_, node) => nodeLat(network, node)));
    expect(lats.size).toBe(2);
  });

  it('merges vertices equal to 7 decimals and joins lines there', () => {
    const [lon, lat] = [114.3, 30.6];
    const network = networkOf([
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [lon - 0.0003, lat],
            [lon, lat],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [lon + 0.000000004, lat - 0.000000004],
              [lon, lat + 0.0003],
            ],
          ],
        },
      },
    ]);
    expect(network.nodeCount).toBe(3);
    expect(network.largestComponentShare).toBe(1);
    const lengths = Array.from(network.lengthsMeters).sort((a, b) => a - b);
    expect(lengths[0]).toBeCloseTo(haversineDistanceMeters(lon - 0.0003, lat, lon, lat), 3);
  });

  it('reports the largest component share and refuses a file without walkable lines', () => {
    const network = networkOf([street(0, 0, 75, 0), street(0, 500, 25, 500)]);
    expect(network.largestComponentShare).toBeCloseTo(4 / 6, 12);
    const none = networkFromGeoJson({
      type: 'FeatureCollection',
      features: [street(0, 0, 100, 0, 'motorway')],
    });
    expect(none.ok ? null : none.error.code).toBe('network-no-lines');
  });
});

describe('coordinates that are not lon/lat', () => {
  it('are refused with coordinates-out-of-range', () => {
    const projected = networkFromGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [240050, 3387950],
              [240150, 3387950],
            ],
          },
        },
      ],
    });
    expect(projected.ok ? null : projected.error.code).toBe('coordinates-out-of-range');
  });
});
