/**
 * Crops a painted raster to the rows and columns holding any visible pixel, with corners that keep every pixel where
 * it was. The painter spaces rows evenly in Web Mercator y (population-raster.ts), and MapLibre stretches an image
 * linearly in Mercator, so a run of rows keeps its place when its corners sit at the same Mercator fractions.
 * Used for overlay updates: a few catchments make a small image, and uploading it costs the main thread little.
 */
import { latitudeOf, mercatorY, type RasterImage } from './population-raster';

/** The visible part of `image`, or null when every pixel is transparent. */
export function cropRasterImage(image: RasterImage): RasterImage | null {
  const { width, height, rgba, coordinates } = image;
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let row = 0; row < height; row += 1) {
    const rowStart = row * width;
    for (let column = 0; column < width; column += 1) {
      if (rgba[(rowStart + column) * 4 + 3] === 0) continue;
      if (row < top) top = row;
      bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    }
  }
  if (bottom < 0) return null;
  const croppedWidth = right - left + 1;
  const croppedHeight = bottom - top + 1;
  const cropped = new Uint8ClampedArray(croppedWidth * croppedHeight * 4);
  for (let row = 0; row < croppedHeight; row += 1) {
    const from = ((top + row) * width + left) * 4;
    cropped.set(rgba.subarray(from, from + croppedWidth * 4), row * croppedWidth * 4);
  }
  const [[west, north], [east], , [, south]] = coordinates;
  const lonOf = (column: number) => west + ((east - west) * column) / width;
  const yNorth = mercatorY(north);
  const ySouth = mercatorY(south);
  const latOf = (row: number) => latitudeOf(yNorth + ((ySouth - yNorth) * row) / height);
  const [w, e, n, s] = [lonOf(left), lonOf(right + 1), latOf(top), latOf(bottom + 1)];
  return {
    width: croppedWidth,
    height: croppedHeight,
    rgba: cropped,
    coordinates: [
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ],
  };
}
