import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPointOf } from './label-point';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('labelPointOf', () => {
  it('puts a square label at its centre', () => {
    const [x, y] = labelPointOf({ type: 'Polygon', coordinates: [square(0, 0, 2)] });
    expect(x).toBeCloseTo(1, 9);
    expect(y).toBeCloseTo(1, 9);
  });

  it('stays inside a U shape whose vertex mean lies in the notch', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [x, y] = labelPointOf(u);
    const inNotch = x > 1 && x < 2 && y > 1;
    expect(inNotch).toBe(false);
    expect(x >= 0 && x <= 3 && y >= 0 && y <= 3).toBe(true);
  });

  it('uses the largest part of a multipolygon and avoids holes', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 1)], [square(0, 0, 4), square(1.5, 1.5, 1)]],
    };
    const [x, y] = labelPointOf(multi);
    expect(x).toBeLessThan(4);
    expect(x >= 1.5 && x <= 2.5 && y >= 1.5 && y <= 2.5).toBe(false);
  });
});
