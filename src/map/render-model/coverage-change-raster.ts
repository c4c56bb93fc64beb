/**
 * The delta map of a comparison (issue 6): per cell, whether a facility type's coverage was gained, lost or kept
 * between two scenarios, painted as one RGBA image like the population raster (population-raster.ts), so the map
 * shows 500,000 cells as a single image source instead of features.
 */
import type { RasterLayout } from '../../core/model/grid';
import type { Rgba } from './colour-ramp';
import type { RasterImage } from './population-raster';

/** Colours of the three classes; cells covered on neither side stay transparent. */
export const COVERAGE_CHANGE_COLOURS: Readonly<Record<'gained' | 'lost' | 'kept', Rgba>> = {
  gained: [22, 163, 74, 210],
  lost: [126, 34, 206, 220],
  kept: [100, 116, 139, 90],
};

const degrees = 180 / Math.PI;
const mercatorY = (latDegrees: number) => Math.log(Math.tan(Math.PI / 4 + latDegrees / degrees / 2));
const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) * degrees;

/** The class of one cell from its two mask values (non-zero = covered), or null for "covered on neither side". */
export function coverageChangeClass(
  before: number,
  after: number,
): keyof typeof COVERAGE_CHANGE_COLOURS | null {
  if (after && !before) return 'gained';
  if (before && !after) return 'lost';
  return before ? 'kept' : null;
}

/**
 * Paints two per-cell coverage masks (cell order of the grid, as `Engine.coverageMask` returns them) as RGBA on the
 * raster layout: green gained, purple lost (red would read as the densest population class), grey kept. Rows are resampled evenly in Web Mercator y, exactly as
 * `renderPopulationRaster` does, so both images line up on the map.
 */
export function renderCoverageChange(
  beforeMask: ArrayLike<number>,
  afterMask: ArrayLike<number>,
  layout: RasterLayout,
): RasterImage {
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
      const change = coverageChangeClass(beforeMask[cell] as number, afterMask[cell] as number);
      if (!change) continue;
      const colour = COVERAGE_CHANGE_COLOURS[change];
      rgba.set(colour, (row * width + column) * 4);
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
