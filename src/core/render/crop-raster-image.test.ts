import { describe, expect, it } from 'vitest';
import { cropRasterImage } from './crop-raster-image';
import type { RasterImage } from './population-raster';

const degrees = 180 / Math.PI;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + lat / degrees / 2));

/** A 4 × 3 image over lon 114–114.4, lat 30–30.3 with the given opaque pixels (value = pixel index + 1). */
function image(opaque: number[]): RasterImage {
  const rgba = new Uint8ClampedArray(4 * 3 * 4);
  for (const pixel of opaque) rgba.set([pixel + 1, 0, 0, 255], pixel * 4);
  return {
    width: 4,
    height: 3,
    rgba,
    coordinates: [
      [114, 30.3],
      [114.4, 30.3],
      [114.4, 30],
      [114, 30],
    ],
  };
}

describe('cropRasterImage', () => {
  it('keeps rows 1–2 and columns 1–2 of a 4 × 3 image, pixels in order, corners at the same Mercator fractions', () => {
    // Opaque pixels 5 (row 1, column 1) and 10 (row 2, column 2).
    const cropped = cropRasterImage(image([5, 10]));
    if (!cropped) throw new Error('nothing cropped');
    expect([cropped.width, cropped.height]).toEqual([2, 2]);
    expect(Array.from(cropped.rgba.filter((_, i) => i % 4 === 0))).toEqual([6, 0, 0, 11]);
    const [[west, north], [east], , [, south]] = cropped.coordinates;
    expect(west).toBeCloseTo(114.1, 12);
    expect(east).toBeCloseTo(114.3, 12);
    // Row 1's top is one third of the way down in Mercator y; row 2's bottom is the south edge.
    const yN = mercatorY(30.3);
    const yS = mercatorY(30);
    expect(mercatorY(north)).toBeCloseTo(yN + (yS - yN) / 3, 12);
    expect(south).toBeCloseTo(30, 12);
  });

  it('returns null for a fully transparent image', () => {
    expect(cropRasterImage(image([]))).toBeNull();
  });
});
