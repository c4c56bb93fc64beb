/**
 * Catchments on irregular cells (CSV points, hexagons) with a kdbush index over the centroids, in lon/lat degrees.
 * The circle's bounding box in the facility-centred plane is an exact lon/lat box, so a box query followed by the
 * exact test lists every cell the raster provider would (domain.md § Definitions, "Distance").
 */
import KDBush from 'kdbush';
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { PopulationGrid } from '../model/grid';
import {
  type CatchmentBuffer,
  type CatchmentRanges,
  createCatchmentBuffer,
  type DistanceProvider,
  ensureCatchmentCapacity,
  rangesFromSortedCells,
  sortCatchment,
} from './catchment';
import { metersPerDegreeLonAt } from './raster-distance-provider';

/**
 * A {@link DistanceProvider} over the centroids of `grid` (any grid; rasters are better served by
 * {@link createRasterDistanceProvider}). Building the index costs O(n log n) once.
 */
export function createPointDistanceProvider(grid: PopulationGrid): DistanceProvider {
  const index = new KDBush(Math.max(1, grid.cellCount), 64, Float64Array);
  for (let cell = 0; cell < grid.cellCount; cell++)
    index.add(grid.lon[cell] as number, grid.lat[cell] as number);
  // KDBush needs at least one item; an empty grid gets a point that the exact test below always rejects.
  if (grid.cellCount === 0) index.add(Number.NaN, Number.NaN);
  index.finish();
  const { lon: cellLon, lat: cellLat } = grid;

  function collect(
    lon: number,
    lat: number,
    radiusMeters: number,
    buffer: CatchmentBuffer,
    withDistances: boolean,
  ): number {
    const metersPerDegreeLon = metersPerDegreeLonAt(lat);
    const radiusSquared = radiusMeters * radiusMeters;
    const halfWidthDegrees = radiusMeters / metersPerDegreeLon;
    const halfHeightDegrees = radiusMeters / METERS_PER_DEGREE_LATITUDE;
    const candidates = index.range(
      lon - halfWidthDegrees * 1.000001,
      lat - halfHeightDegrees * 1.000001,
      lon + halfWidthDegrees * 1.000001,
      lat + halfHeightDegrees * 1.000001,
    );
    ensureCatchmentCapacity(buffer, candidates.length);
    let count = 0;
    for (const cell of candidates) {
      if (cell >= grid.cellCount) continue;
      const dx = ((cellLon[cell] as number) - lon) * metersPerDegreeLon;
      const dy = ((cellLat[cell] as number) - lat) * METERS_PER_DEGREE_LATITUDE;
      const distanceSquared = dx * dx + dy * dy;
      if (distanceSquared > radiusSquared) continue;
      buffer.cells[count] = cell;
      if (withDistances) buffer.distancesMeters[count] = Math.sqrt(distanceSquared);
      count++;
    }
    buffer.count = count;
    sortCatchment(buffer, withDistances);
    return count;
  }

  const scratch = createCatchmentBuffer();
  function collectRanges(lon: number, lat: number, radiusMeters: number, ranges: CatchmentRanges): number {
    const count = collect(lon, lat, radiusMeters, scratch, false);
    return rangesFromSortedCells(scratch.cells, count, ranges);
  }

  return { distance: 'great-circle', collect, collectRanges };
}
