/** The delta map of one facility type between two scenarios (issue 6), with the persons behind it. */
import { diffCoverageMasks, sumCoverageChange } from '../compare/coverage-mask-delta';
import type { Dataset } from '../model/dataset';
import type { RasterLayout } from '../model/grid';
import { ok, type Result } from '../model/result';
import { renderCoverageChange } from '../render/coverage-change-raster';
import type { RasterImage } from '../render/population-raster';

/** The delta map of one facility type between two scenarios, with the residents gained and lost. */
export interface CoverageChangeImage {
  type: string;
  image: RasterImage;
  /** Residents (resident layer) in cells covered only in the second scenario, persons. */
  gainedPopulation: number;
  /** Residents in cells covered only in the first scenario, persons. */
  lostPopulation: number;
}

/**
 * Paints the change from `beforeMask` to `afterMask` (0/1 per cell) on `layout` (gained green, lost purple, kept
 * grey) and counts the residents of the dataset's resident layer gained and lost. Fails when the masks differ in
 * length.
 */
export function coverageChangeImage(
  dataset: Dataset,
  layout: RasterLayout,
  type: string,
  beforeMask: Uint8Array,
  afterMask: Uint8Array,
): Result<CoverageChangeImage> {
  const delta = diffCoverageMasks(beforeMask, afterMask);
  if (!delta.ok) return delta;
  const population = dataset.grid.layers[dataset.residentLayer] ?? new Float32Array(0);
  const totals = sumCoverageChange(delta.value, population);
  const image = renderCoverageChange(beforeMask, afterMask, layout);
  return ok({ type, image, ...totals });
}
