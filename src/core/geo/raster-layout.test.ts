import { describe, expect, it } from 'vitest';
import {
  buildRasterGrid,
  lonLatCellAreaSquareMeters,
  type RasterGeometry,
  rasterColumnCenterLon,
  rasterPixelAt,
  rasterRowCenterLat,
} from './raster-layout';

const threeByTwo: RasterGeometry = {
  width: 3,
  height: 2,
  originLon: 114,
  originLat: 31,
  pixelWidthDegrees: 0.5,
  pixelHeightDegrees: 0.25,
};

describe('raster index arithmetic', () => {
  it('puts column and row centres half a pixel in from the origin', () => {
    expect(rasterColumnCenterLon(threeByTwo, 0)).toBe(114.25);
    expect(rasterColumnCenterLon(threeByTwo, 2)).toBe(115.25);
    expect(rasterRowCenterLat(threeByTwo, 0)).toBe(30.875);
    expect(rasterRowCenterLat(threeByTwo, 1)).toBe(30.625);
  });

  it('finds the pixel holding a point, and −1 outside the raster', () => {
    expect(rasterPixelAt(threeByTwo, 114.1, 30.99)).toBe(0);
    expect(rasterPixelAt(threeByTwo, 115.4, 30.6)).toBe(5);
    expect(rasterPixelAt(threeByTwo, 113.9, 30.9)).toBe(-1);
    expect(rasterPixelAt(threeByTwo, 114.1, 30.49)).toBe(-1);
  });
});

describe('lonLatCellAreaSquareMeters', () => {
  it('gives the WGS 84 surface, 510,065,621.7 km², for the whole globe', () => {
    expect(lonLatCellAreaSquareMeters(-90, 90, 360) / 1e6).toBeCloseTo(510_065_621.7, 0);
  });

  it('gives M·N·(π/180)² ≈ 12,308.9 km² for one degree square at the equator (M = a(1−e²), N = a)', () => {
    // 6,335,439 m × 6,378,137 m × 3.0462e-4 = 12,308.9 km²; the formula integrates exactly, so 0.01% agreement.
    expect(lonLatCellAreaSquareMeters(0, 1, 1) / 1e6).toBeCloseTo(12_308.5, 0);
  });

  it('gives about 79.3 m × 92.4 m = 7,326 m² for a 3″ WorldPop cell at 31.36° N', () => {
    const pixel = 0.000833333333;
    expect(lonLatCellAreaSquareMeters(31.3620834 - pixel, 31.3620834, pixel)).toBeCloseTo(7_325.6, 0);
    expect(lonLatCellAreaSquareMeters(31.3620834, 31.3620834 - pixel, -pixel)).toBeCloseTo(7_325.6, 0);
  });
});

describe('buildRasterGrid', () => {
  it('makes cells of pixels valid in any layer, numbered row-major, with 0 where a layer is nodata', () => {
    const adults = new Float32Array([1, Number.NaN, 3, Number.NaN, 5, Number.NaN]);
    const elderly = new Float32Array([0.5, 2, Number.NaN, Number.NaN, 1, Number.NaN]);
    const grid = buildRasterGrid(threeByTwo, { adults, elderly });
    expect(grid.cellCount).toBe(4);
    expect(Array.from(grid.raster?.pixelOfCell ?? [])).toEqual([0, 1, 2, 4]);
    expect(Array.from(grid.raster?.cellOfPixel ?? [])).toEqual([0, 1, 2, -1, 3, -1]);
    expect(Array.from(grid.layers.adults ?? [])).toEqual([1, 0, 3, 5]);
    expect(Array.from(grid.layers.elderly ?? [])).toEqual([0.5, 2, 0, 1]);
    expect(Array.from(grid.lon)).toEqual([114.25, 114.75, 115.25, 114.75]);
    expect(Array.from(grid.lat)).toEqual([30.875, 30.875, 30.875, 30.625]);
    const rowZeroArea = lonLatCellAreaSquareMeters(30.75, 31, 0.5);
    expect(grid.cellAreaSquareMeters[0]).toBe(Math.fround(rowZeroArea));
    expect(grid.cellAreaSquareMeters[3]).toBeGreaterThan(grid.cellAreaSquareMeters[0] as number);
  });
});
