import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RasterLayout } from '../model/grid';
import type { ClassRamp } from './colour-ramp';
import { renderPopulationRaster } from './population-raster';

const ramp: ClassRamp = {
  thresholds: [10],
  colours: [
    [1, 2, 3, 100],
    [4, 5, 6, 200],
  ],
};

function layout(width: number, height: number, originLat: number, pixelDegrees: number): RasterLayout {
  const cellOfPixel = new Int32Array(width * height).fill(-1);
  const pixels: number[] = [];
  for (let p = 0; p < width * height; p += 1) {
    cellOfPixel[p] = pixels.length;
    pixels.push(p);
  }
  return {
    width,
    height,
    originLon: 114,
    originLat,
    pixelWidthDegrees: pixelDegrees,
    pixelHeightDegrees: pixelDegrees,
    cellOfPixel,
    pixelOfCell: Int32Array.from(pixels),
  };
}

describe('renderPopulationRaster', () => {
  it('paints a 3×2 grid cell by cell, leaving nodata and empty cells transparent', () => {
    const grid = layout(3, 2, 30.01, 0.001);
    grid.cellOfPixel[4] = -1; // nodata in the middle of row 1
    const values = [0, 5, 50, 10, 999, 11];
    const image = renderPopulationRaster(values, grid, ramp);
    expect(image.width).toBe(3);
    expect(image.height).toBe(2);
    expect(Array.from(image.rgba)).toEqual([
      ...[0, 0, 0, 0],
      ...[1, 2, 3, 100],
      ...[4, 5, 6, 200],
      ...[1, 2, 3, 100],
      ...[0, 0, 0, 0],
      ...[4, 5, 6, 200],
    ]);
    expect(image.coordinates[0][0]).toBeCloseTo(114, 9);
    expect(image.coordinates[0][1]).toBeCloseTo(30.01, 9);
    expect(image.coordinates[2][0]).toBeCloseTo(114.003, 9);
    expect(image.coordinates[2][1]).toBeCloseTo(30.008, 9);
  });

  it('takes for each output row the source row under its Mercator centre (60° span)', () => {
    // Column 0 of source row r holds value r + 1, so the painted class tells which source row was used.
    const height = 60;
    const grid = layout(1, height, 70, 1);
    const values = Array.from({ length: height }, (_, r) => r + 1);
    const rowRamp: ClassRamp = {
      thresholds: values.slice(0, -1).map((v) => v + 0.5),
      colours: values.map((v) => [v, 0, 0, 255] as const),
    };
    const image = renderPopulationRaster(values, grid, rowRamp);
    const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: height - 1 }), (row) => {
        const y = merc(70) + ((row + 0.5) / height) * (merc(10) - merc(70));
        const lat = ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
        const expectedSourceRow = Math.floor(70 - lat);
        return image.rgba[row * 4] === expectedSourceRow + 1;
      }),
    );
    // The north rows are stretched: the first output row still shows source row 0, the last shows row 59.
    expect(image.rgba[0]).toBe(1);
    expect(image.rgba[(height - 1) * 4]).toBe(60);
  });
});
