/**
 * A raster layout for drawing a grid that has none (CSV or H3 cells, GeoJSON points or polygons, issue #5): a
 * regular lon/lat raster over the cells' extent with the cells' own spacing, where each pixel shows the cell whose
 * centroid falls in it. For display only: the engine keeps computing on the cells themselves (a layout here would
 * make it treat cells as pixels).
 */
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { PopulationGrid, RasterLayout } from '../model/grid';

/** Longest image side in pixels; a finer grid is drawn coarser (several cells share a pixel, the last one shows). */
export const MAX_DISPLAY_SIDE_PIXELS = 2048;

function median(values: Float32Array): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The display layout of a grid without a raster layout: pixel side ≈ √(median cell area), so neighbouring cells land
 * in neighbouring pixels; at most {@link MAX_DISPLAY_SIDE_PIXELS} per side. Returns undefined for an empty grid.
 */
export function pointDisplayLayout(grid: PopulationGrid): RasterLayout | undefined {
  if (grid.cellCount === 0) return undefined;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const lon = grid.lon[cell] as number;
    const lat = grid.lat[cell] as number;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  const sideMeters = Math.sqrt(Math.max(1, median(grid.cellAreaSquareMeters)));
  const cosLat = Math.max(0.01, Math.cos((((south + north) / 2) * Math.PI) / 180));
  let pixelHeightDegrees = sideMeters / METERS_PER_DEGREE_LATITUDE;
  let pixelWidthDegrees = pixelHeightDegrees / cosLat;
  // Half a pixel of margin on each side, so the outermost centroids sit inside the image.
  const spanLon = east - west + pixelWidthDegrees;
  const spanLat = north - south + pixelHeightDegrees;
  const coarsen = Math.max(
    1,
    spanLon / pixelWidthDegrees / MAX_DISPLAY_SIDE_PIXELS,
    spanLat / pixelHeightDegrees / MAX_DISPLAY_SIDE_PIXELS,
  );
  pixelWidthDegrees *= coarsen;
  pixelHeightDegrees *= coarsen;
  const width = Math.max(1, Math.ceil(spanLon / pixelWidthDegrees));
  const height = Math.max(1, Math.ceil(spanLat / pixelHeightDegrees));
  const originLon = west - pixelWidthDegrees / 2;
  const originLat = north + pixelHeightDegrees / 2;
  const cellOfPixel = new Int32Array(width * height).fill(-1);
  const pixelOfCell = new Int32Array(grid.cellCount);
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const column = Math.min(
      width - 1,
      Math.floor(((grid.lon[cell] as number) - originLon) / pixelWidthDegrees),
    );
    const row = Math.min(
      height - 1,
      Math.floor((originLat - (grid.lat[cell] as number)) / pixelHeightDegrees),
    );
    const pixel = row * width + column;
    cellOfPixel[pixel] = cell;
    pixelOfCell[cell] = pixel;
  }
  return {
    width,
    height,
    originLon,
    originLat,
    pixelWidthDegrees,
    pixelHeightDegrees,
    cellOfPixel,
    pixelOfCell,
  };
}
