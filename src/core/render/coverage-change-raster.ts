/**
 * The delta map of a comparison (issue 6): per cell, whether a facility type's coverage was gained, lost or kept
 * between two scenarios, painted as one RGBA image like the population raster (population-raster.ts), so the map
 * shows 500,000 cells as a single image source instead of features.
 */
import type { RasterLayout } from '../model/grid';
import type { Rgba } from './colour-ramp';
import { paintCells, type RasterImage } from './population-raster';

/** Colours of the three classes; cells covered on neither side stay transparent. */
export const COVERAGE_CHANGE_COLOURS: Readonly<Record<'gained' | 'lost' | 'kept', Rgba>> = {
  gained: [22, 163, 74, 210],
  lost: [126, 34, 206, 220],
  kept: [100, 116, 139, 90],
};

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
 * raster layout (`paintCells`, so it lines up with the population image): green gained, purple lost (red would
 * read as the densest population class), grey kept.
 */
export function renderCoverageChange(
  beforeMask: ArrayLike<number>,
  afterMask: ArrayLike<number>,
  layout: RasterLayout,
): RasterImage {
  return paintCells(layout, (cell) => {
    const change = coverageChangeClass(beforeMask[cell] as number, afterMask[cell] as number);
    return change ? COVERAGE_CHANGE_COLOURS[change] : undefined;
  });
}
