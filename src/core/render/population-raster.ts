import type { RasterLayout } from '../model/grid';
import { type ClassRamp, classOf, type Rgba } from './colour-ramp';

/** Corners top-left, top-right, bottom-right, bottom-left as [lon, lat] (MapLibre image source order). */
export type ImageCorners = [[number, number], [number, number], [number, number], [number, number]];

export interface RasterImage {
  width: number;
  height: number;
  /** Row-major RGBA, 4 bytes per pixel, rows from north to south. */
  rgba: Uint8ClampedArray;
  coordinates: ImageCorners;
}

const degrees = 180 / Math.PI;
/** Web Mercator y (radians) of a latitude in degrees, and back. */
export const mercatorY = (latDegrees: number) => Math.log(Math.tan(Math.PI / 4 + latDegrees / degrees / 2));
export const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) * degrees;

/**
 * Paints the cells of a lon/lat raster grid as RGBA, one colour per cell from `colourOf` (undefined = transparent).
 * The map stretches an image linearly in Web Mercator, so output rows are spaced evenly in Mercator y and each takes
 * the source row under its centre; otherwise mid-image cells would sit up to a few hundred metres off at Wuhan's
 * span of latitude. Every cell image of the app (population, overlays, delta map) is painted here, so they line up.
 */
export function paintCells(layout: RasterLayout, colourOf: (cell: number) => Rgba | undefined): RasterImage {
  const { width, height, originLon, originLat, pixelWidthDegrees, pixelHeightDegrees, cellOfPixel } = layout;
  const southLat = originLat - height * pixelHeightDegrees;
  const eastLon = originLon + width * pixelWidthDegrees;
  const yNorth = mercatorY(originLat);
  const ySouth = mercatorY(southLat);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const lat = latitudeOf(yNorth + ((row + 0.5) / height) * (ySouth - yNorth));
    const sourceRow = Math.min(height - 1, Math.max(0, Math.floor((originLat - lat) / pixelHeightDegrees)));
    for (let column = 0; column < width; column += 1) {
      const cell = cellOfPixel[sourceRow * width + column] as number;
      if (cell < 0) continue;
      const colour = colourOf(cell);
      if (!colour) continue;
      const offset = (row * width + column) * 4;
      rgba[offset] = colour[0];
      rgba[offset + 1] = colour[1];
      rgba[offset + 2] = colour[2];
      rgba[offset + 3] = colour[3];
    }
  }
  return {
    width,
    height,
    rgba,
    coordinates: [
      [originLon, originLat],
      [eastLon, originLat],
      [eastLon, southLat],
      [originLon, southLat],
    ],
  };
}

/**
 * Paints one population layer (`valuesPerCell`, indexed by cell as in PopulationGrid.layers) with its class ramp;
 * nodata and values below the first class stay transparent.
 */
export function renderPopulationRaster(
  valuesPerCell: ArrayLike<number>,
  layout: RasterLayout,
  ramp: ClassRamp,
): RasterImage {
  return paintCells(layout, (cell) => {
    const k = classOf(ramp, valuesPerCell[cell] as number);
    return k < 0 ? undefined : ramp.colours[k];
  });
}
