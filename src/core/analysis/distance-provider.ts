/**
 * The default catchment model: straight-line distance (domain.md § Definitions, "Distance"), by index arithmetic on
 * rasters and through a kdbush index on irregular cells. Both list the same cells for the same centroids.
 */
import type { PopulationGrid } from '../model/grid';
import type { DistanceProvider } from './catchment';
import { createPointDistanceProvider } from './point-distance-provider';
import { createRasterDistanceProvider } from './raster-distance-provider';

/** The straight-line {@link DistanceProvider} suited to `grid`: the raster fast path when it has a raster layout. */
export function createEuclideanDistanceProvider(grid: PopulationGrid): DistanceProvider {
  return grid.raster ? createRasterDistanceProvider(grid.raster) : createPointDistanceProvider(grid);
}
