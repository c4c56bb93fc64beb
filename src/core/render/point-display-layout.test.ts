import { describe, expect, it } from 'vitest';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { PopulationGrid } from '../model/grid';
import { MAX_DISPLAY_SIDE_PIXELS, pointDisplayLayout } from './point-display-layout';

function grid(points: [number, number][], areaSquareMeters: number): PopulationGrid {
  return {
    cellCount: points.length,
    lon: Float64Array.from(points.map((p) => p[0])),
    lat: Float64Array.from(points.map((p) => p[1])),
    cellAreaSquareMeters: new Float32Array(points.length).fill(areaSquareMeters),
    layers: { total: new Float32Array(points.length).fill(1) },
  };
}

describe('pointDisplayLayout', () => {
  it('puts cells on the equator 0.01° apart in neighbouring pixels of 0.01°', () => {
    // Cells of (0.01° of latitude in metres)², so √area = 0.01°; cos(0) = 1, so pixels are 0.01° square.
    const layout = pointDisplayLayout(
      grid(
        [
          [114, 0],
          [114.01, 0],
          [114.02, 0.01],
        ],
        (0.01 * METERS_PER_DEGREE_LATITUDE) ** 2,
      ),
    );
    if (!layout) throw new Error('no layout');
    expect([layout.width, layout.height]).toEqual([3, 2]);
    expect(layout.pixelWidthDegrees).toBeCloseTo(0.01, 9);
    expect(layout.originLon).toBeCloseTo(113.995, 9);
    expect(layout.originLat).toBeCloseTo(0.015, 9);
    // Row 0 is the north row (lat 0.01): only the third cell; row 1 holds the first two.
    expect(Array.from(layout.cellOfPixel)).toEqual([-1, -1, 2, 0, 1, -1]);
    expect(Array.from(layout.pixelOfCell)).toEqual([3, 4, 2]);
  });

  it('widens pixels by 1 / cos(latitude) so they stay square on the ground', () => {
    const layout = pointDisplayLayout(grid([[114, 60]], (0.01 * METERS_PER_DEGREE_LATITUDE) ** 2));
    expect(layout?.pixelWidthDegrees).toBeCloseTo(0.02, 9);
    expect(layout?.pixelHeightDegrees).toBeCloseTo(0.01, 9);
  });

  it('draws a grid too fine for the size limit coarser, every cell inside the image', () => {
    const points: [number, number][] = Array.from({ length: 5000 }, (_, i) => [114 + i * 0.0001, 30]);
    const layout = pointDisplayLayout(grid(points, 10));
    if (!layout) throw new Error('no layout');
    expect(layout.width).toBeLessThanOrEqual(MAX_DISPLAY_SIDE_PIXELS);
    for (const pixel of layout.pixelOfCell) expect(pixel).toBeLessThan(layout.width * layout.height);
  });

  it('has no layout for an empty grid', () => {
    expect(pointDisplayLayout(grid([], 1))).toBeUndefined();
  });
});
