/**
 * A raster dataset at a coarser resolution: each block of `factor` × `factor` pixels becomes one pixel holding the
 * sum of its persons (nodata only when the whole block is). Used to build the 1 km instances on which the exact
 * solver is affordable (issue 14, "Quality": a 1 km grid of a city) from the 100 m WorldPop grid.
 */
import { assignCellsToDistricts } from '../geo/assign-districts';
import { buildRasterGrid } from '../geo/raster-layout';
import type { Dataset } from '../model/dataset';

/** `dataset` with its raster coarsened by `factor` (an integer ≥ 1); districts are reassigned. Null for non-rasters. */
export function coarsenRasterDataset(dataset: Dataset, factor: number): Dataset | null {
  const raster = dataset.grid.raster;
  if (!raster) return null;
  const width = Math.ceil(raster.width / factor);
  const height = Math.ceil(raster.height / factor);
  const layers: Record<string, Float32Array> = {};
  for (const [id, values] of Object.entries(dataset.grid.layers)) {
    const sums = new Float32Array(width * height).fill(Number.NaN);
    for (let cell = 0; cell < dataset.grid.cellCount; cell++) {
      const pixel = raster.pixelOfCell[cell] as number;
      const row = Math.floor(Math.floor(pixel / raster.width) / factor);
      const column = Math.floor((pixel % raster.width) / factor);
      const target = row * width + column;
      const previous = sums[target] as number;
      sums[target] = (Number.isNaN(previous) ? 0 : previous) + (values[cell] as number);
    }
    layers[id] = sums;
  }
  const grid = buildRasterGrid(
    {
      width,
      height,
      originLon: raster.originLon,
      originLat: raster.originLat,
      pixelWidthDegrees: raster.pixelWidthDegrees * factor,
      pixelHeightDegrees: raster.pixelHeightDegrees * factor,
    },
    layers,
  );
  return {
    ...dataset,
    id: `${dataset.id}-x${factor}`,
    grid,
    districtOfCell: assignCellsToDistricts(grid, dataset.districts),
  };
}
