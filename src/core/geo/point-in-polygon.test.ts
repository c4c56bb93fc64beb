import fc from 'fast-check';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  createPolygonIndex,
  edgeCrossingLon,
  geometryBounds,
  pointInPolygon,
  polygonIndexContains,
} from './point-in-polygon';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ],
};

const squareWithHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    ...square.coordinates,
    [
      [1, 1],
      [1, 3],
      [3, 3],
      [3, 1],
      [1, 1],
    ],
  ],
};

describe('pointInPolygon', () => {
  it('finds interior and exterior points of a square', () => {
    expect(pointInPolygon(2, 2, square)).toBe(true);
    expect(pointInPolygon(5, 2, square)).toBe(false);
    expect(pointInPolygon(2, -0.1, square)).toBe(false);
  });

  it('puts west and south edges inside, east and north edges outside', () => {
    expect(pointInPolygon(0, 2, square)).toBe(true);
    expect(pointInPolygon(2, 0, square)).toBe(true);
    expect(pointInPolygon(4, 2, square)).toBe(false);
    expect(pointInPolygon(2, 4, square)).toBe(false);
  });

  it('excludes holes and accepts an unclosed ring', () => {
    expect(pointInPolygon(2, 2, squareWithHole)).toBe(false);
    expect(pointInPolygon(0.5, 2, squareWithHole)).toBe(true);
    const open: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ],
      ],
    };
    expect(pointInPolygon(2, 2, open)).toBe(true);
    expect(pointInPolygon(5, 2, open)).toBe(false);
  });

  it('handles every part of a MultiPolygon', () => {
    const twoSquares: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [10, 0],
            [12, 0],
            [12, 2],
            [10, 2],
            [10, 0],
          ],
        ],
      ],
    };
    expect(pointInPolygon(2, 2, twoSquares)).toBe(true);
    expect(pointInPolygon(11, 1, twoSquares)).toBe(true);
    expect(pointInPolygon(7, 1, twoSquares)).toBe(false);
    expect(geometryBounds(twoSquares)).toEqual([0, 0, 12, 4]);
  });
});

describe('edgeCrossingLon', () => {
  it('interpolates linearly: the edge (0,0)–(4,2) crosses latitude 1 at longitude 2', () => {
    expect(edgeCrossingLon(0, 0, 4, 2, 1)).toBe(2);
  });

  it('gives the same bits whichever direction the edge is listed in', () => {
    // Naive interpolation from either end differs in the last bit here: …654 from the south end, …655 from the north.
    const south = [114.24154924635, 30.27874891253765] as const;
    const north = [114.96359867422944, 30.52884009041049] as const;
    const lat = 30.51585297262008;
    expect(edgeCrossingLon(...south, ...north, lat)).toBe(114.92610298545654);
    expect(edgeCrossingLon(...north, ...south, lat)).toBe(114.92610298545654);
  });
});

describe('createPolygonIndex', () => {
  it('answers exactly as pointInPolygon, including on vertices and edges', () => {
    // Quarter-degree lattice coordinates put many query points exactly on vertices, edges and band boundaries.
    const coordinate = fc.integer({ min: 0, max: 16 }).map((k) => k / 4);
    const position = fc.tuple(coordinate, coordinate);
    const ring = fc
      .array(position, { minLength: 3, maxLength: 12 })
      .map((v) => [...v, v[0] as [number, number]]);
    const geometry = fc
      .array(ring, { minLength: 1, maxLength: 3 })
      .map((rings): Polygon => ({ type: 'Polygon', coordinates: rings }));
    fc.assert(
      fc.property(geometry, fc.array(position, { minLength: 1, maxLength: 60 }), (polygon, points) => {
        const index = createPolygonIndex(polygon);
        const vertices = polygon.coordinates.flat().map((p) => [p[0], p[1]] as [number, number]);
        // Points just below each vertex's latitude catch edges missing from a band they end in.
        const justBelow = vertices.flatMap(([, lat]) =>
          [0.3, 1.7, 2.9].map((lon) => [lon, lat - 1e-9] as [number, number]),
        );
        const queries = [...points, ...vertices, ...justBelow];
        for (const [lon, lat] of queries) {
          expect(polygonIndexContains(index, lon, lat)).toBe(pointInPolygon(lon, lat, polygon));
        }
      }),
      { numRuns: 500 },
    );
  });
});
