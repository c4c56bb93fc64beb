import { describe, expect, it } from 'vitest';
import type { RasterLayout } from '../model/grid';
import {
  COVERAGE_COLOURS,
  overlayCodes,
  overlayRamp,
  SFCA_COLOURS,
  sfcaBreaks,
  sfcaClass,
  splitOverlayCodes,
} from './cell-overlay';
import { renderPopulationRaster } from './population-raster';

/** A 2×2 raster, one cell per pixel, at a small latitude span so row resampling keeps rows in place. */
function layout2x2(): RasterLayout {
  return {
    width: 2,
    height: 2,
    originLon: 114,
    originLat: 30.002,
    pixelWidthDegrees: 0.001,
    pixelHeightDegrees: 0.001,
    cellOfPixel: Int32Array.from([0, 1, 2, 3]),
    pixelOfCell: Int32Array.from([0, 1, 2, 3]),
  };
}

const pixel = (rgba: Uint8ClampedArray, index: number) => Array.from(rgba.slice(index * 4, index * 4 + 4));

describe('coverage overlay', () => {
  it('paints a covered populated cell teal, an uncovered one red, empty cells transparent', () => {
    // cells: covered with 10 persons, uncovered with 4, covered but empty, uncovered and empty
    const { codes, cellsPerClass, populationPerClass } = overlayCodes(
      'coverage',
      [1, 0, 1, 0],
      [10, 4, 0, 0],
      [],
    );
    expect(Array.from(codes)).toEqual([2, 1, 0, 0]);
    expect(cellsPerClass).toEqual([1, 1]);
    expect(populationPerClass).toEqual([4, 10]);
    const image = renderPopulationRaster(codes, layout2x2(), overlayRamp('coverage'));
    expect(pixel(image.rgba, 0)).toEqual([...(COVERAGE_COLOURS[1] ?? [])]);
    expect(pixel(image.rgba, 1)).toEqual([...(COVERAGE_COLOURS[0] ?? [])]);
    expect(pixel(image.rgba, 2)).toEqual([0, 0, 0, 0]);
    expect(pixel(image.rgba, 3)).toEqual([0, 0, 0, 0]);
  });
});

describe('2SFCA overlay', () => {
  it('classes values against the reference threshold: 0 | (0, r/2] | (r/2, r] | (r, 2r] | > 2r', () => {
    const breaks = sfcaBreaks(30);
    expect(breaks).toEqual([0, 15, 30, 60]);
    expect([0, 0.01, 15, 15.01, 30, 30.5, 60, 61].map((v) => sfcaClass(v, breaks))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4,
    ]);
    // No rule-set threshold (0): the national 30 m² is the reference.
    expect(sfcaBreaks(0)).toEqual([0, 15, 30, 60]);
  });

  it('paints a cell reaching 45 m² per 100 households (reference 30) in class 3', () => {
    const { codes, populationPerClass } = overlayCodes('sfca', [45, 0, 10, 99], [5, 5, 5, 0], sfcaBreaks(30));
    expect(Array.from(codes)).toEqual([4, 1, 2, 0]);
    expect(populationPerClass).toEqual([5, 5, 0, 5, 0]);
    const image = renderPopulationRaster(codes, layout2x2(), overlayRamp('sfca'));
    expect(pixel(image.rgba, 0)).toEqual([...(SFCA_COLOURS[3] ?? [])]);
    expect(pixel(image.rgba, 1)).toEqual([...(SFCA_COLOURS[0] ?? [])]);
    expect(pixel(image.rgba, 2)).toEqual([...(SFCA_COLOURS[1] ?? [])]);
    expect(pixel(image.rgba, 3)).toEqual([0, 0, 0, 0]);
  });
});

describe('splitOverlayCodes', () => {
  it('puts every populated cell in the base and only classes above 0 in the upper codes', () => {
    const { upper, base } = splitOverlayCodes(Uint8Array.from([0, 1, 2, 5]));
    expect(Array.from(base)).toEqual([0, 1, 1, 1]);
    expect(Array.from(upper)).toEqual([0, 0, 2, 5]);
  });
});
