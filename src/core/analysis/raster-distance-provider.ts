/**
 * Catchments on a regular lon/lat raster by index arithmetic (issue 3: "a fast path for regular rasters, index
 * arithmetic, no tree"). Only the rows of the circle's bounding box are visited; on each row the span of columns
 * inside the circle is solved for directly. With cells numbered row by row (as geo/raster-layout.ts numbers them),
 * the valid pixels of a span are consecutive cells, so a row costs two index look-ups whatever its length.
 *
 * Distance (domain.md § Definitions, "Distance"): the local equirectangular plane centred on the facility
 * (geo/distance.ts, `createLocalProjector`), whose error against the great circle is ≤ 0.005% at 1 km in Wuhan.
 * A cell is inside when dx² + dy² ≤ r², dx and dy its centroid's offsets in metres in that plane.
 */
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import { rasterColumnCenterLon, rasterRowCenterLat } from '../geo/raster-layout';
import type { RasterLayout } from '../model/grid';
import {
  type CatchmentBuffer,
  type CatchmentRanges,
  createCatchmentBuffer,
  type DistanceProvider,
  ensureCatchmentCapacity,
  ensureRangesCapacity,
  rangesFromSortedCells,
  sortCatchment,
} from './catchment';

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Metres per degree of longitude at `lat` on the app's sphere; the facility-centred plane's x scale. */
export function metersPerDegreeLonAt(lat: number): number {
  return METERS_PER_DEGREE_LATITUDE * Math.cos(lat * RADIANS_PER_DEGREE);
}

/**
 * A {@link DistanceProvider} over `layout`. The membership test is exactly the one of
 * `createPointDistanceProvider` on the same centroids, so both providers list identical cells.
 */
export function createRasterDistanceProvider(layout: RasterLayout): DistanceProvider {
  const { width, height, originLon, originLat, pixelWidthDegrees, pixelHeightDegrees, cellOfPixel } = layout;
  const rowMajor = isAscending(layout.pixelOfCell);
  // Per-query scratch: one span (row, first column, last column) per row of the bounding box; dy² per span.
  let spanRows = new Int32Array(64);
  let spanFrom = new Int32Array(64);
  let spanTo = new Int32Array(64);
  let spanDySquared = new Float64Array(64);
  const unsorted = createCatchmentBuffer();

  /** Fills the span scratch for the circle; returns the number of non-empty spans. */
  function spans(lon: number, lat: number, radiusMeters: number): number {
    const metersPerDegreeLon = metersPerDegreeLonAt(lat);
    const radiusSquared = radiusMeters * radiusMeters;
    const halfHeightDegrees = radiusMeters / METERS_PER_DEGREE_LATITUDE;
    // One row/column of slack each side; the exact test below decides.
    const rowFrom = Math.max(
      0,
      Math.floor((originLat - lat - halfHeightDegrees) / pixelHeightDegrees - 0.5) - 1,
    );
    const rowTo = Math.min(
      height - 1,
      Math.ceil((originLat - lat + halfHeightDegrees) / pixelHeightDegrees - 0.5) + 1,
    );
    if (rowTo - rowFrom + 1 > spanRows.length) {
      const size = 2 * (rowTo - rowFrom + 1);
      spanRows = new Int32Array(size);
      spanFrom = new Int32Array(size);
      spanTo = new Int32Array(size);
      spanDySquared = new Float64Array(size);
    }
    let count = 0;
    for (let row = rowFrom; row <= rowTo; row++) {
      const dy = (rasterRowCenterLat(layout, row) - lat) * METERS_PER_DEGREE_LATITUDE;
      const dySquared = dy * dy;
      const remaining = radiusSquared - dySquared;
      if (remaining < 0) continue;
      const spanDegrees = Math.sqrt(remaining) / metersPerDegreeLon;
      let columnFrom = Math.max(0, Math.ceil((lon - spanDegrees - originLon) / pixelWidthDegrees - 0.5) - 1);
      let columnTo = Math.min(
        width - 1,
        Math.floor((lon + spanDegrees - originLon) / pixelWidthDegrees - 0.5) + 1,
      );
      // The inside columns form one interval (the test is monotone in |column − centre|): trim the slack.
      while (
        columnFrom <= columnTo &&
        !inside(columnFrom, lon, metersPerDegreeLon, dySquared, radiusSquared)
      ) {
        columnFrom++;
      }
      while (columnTo >= columnFrom && !inside(columnTo, lon, metersPerDegreeLon, dySquared, radiusSquared)) {
        columnTo--;
      }
      if (columnFrom > columnTo) continue;
      spanRows[count] = row;
      spanFrom[count] = columnFrom;
      spanTo[count] = columnTo;
      spanDySquared[count] = dySquared;
      count++;
    }
    return count;
  }

  function inside(
    column: number,
    lon: number,
    metersPerDegreeLon: number,
    dySquared: number,
    radiusSquared: number,
  ): boolean {
    const dx = (rasterColumnCenterLon(layout, column) - lon) * metersPerDegreeLon;
    return dx * dx + dySquared <= radiusSquared;
  }

  function collect(
    lon: number,
    lat: number,
    radiusMeters: number,
    buffer: CatchmentBuffer,
    withDistances: boolean,
  ): number {
    const spanCount = spans(lon, lat, radiusMeters);
    let capacity = 0;
    for (let k = 0; k < spanCount; k++) capacity += (spanTo[k] as number) - (spanFrom[k] as number) + 1;
    ensureCatchmentCapacity(buffer, capacity);
    const metersPerDegreeLon = metersPerDegreeLonAt(lat);
    const { cells, distancesMeters } = buffer;
    let count = 0;
    for (let k = 0; k < spanCount; k++) {
      const rowStart = (spanRows[k] as number) * width;
      const dySquared = spanDySquared[k] as number;
      for (let column = spanFrom[k] as number; column <= (spanTo[k] as number); column++) {
        const cell = cellOfPixel[rowStart + column] as number;
        if (cell < 0) continue;
        if (withDistances) {
          const dx = (rasterColumnCenterLon(layout, column) - lon) * metersPerDegreeLon;
          distancesMeters[count] = Math.sqrt(dx * dx + dySquared);
        }
        cells[count++] = cell;
      }
    }
    buffer.count = count;
    if (!rowMajor) sortCatchment(buffer, withDistances);
    return count;
  }

  function collectRanges(lon: number, lat: number, radiusMeters: number, ranges: CatchmentRanges): number {
    if (!rowMajor) {
      const count = collect(lon, lat, radiusMeters, unsorted, false);
      return rangesFromSortedCells(unsorted.cells, count, ranges);
    }
    const spanCount = spans(lon, lat, radiusMeters);
    ensureRangesCapacity(ranges, spanCount);
    const bounds = ranges.bounds;
    let runs = 0;
    for (let k = 0; k < spanCount; k++) {
      const rowStart = (spanRows[k] as number) * width;
      let first = rowStart + (spanFrom[k] as number);
      let last = rowStart + (spanTo[k] as number);
      // Skip nodata at both ends; in between, valid pixels are consecutive cells.
      while (first <= last && (cellOfPixel[first] as number) < 0) first++;
      while (last >= first && (cellOfPixel[last] as number) < 0) last--;
      if (first > last) continue;
      bounds[2 * runs] = cellOfPixel[first] as number;
      bounds[2 * runs + 1] = (cellOfPixel[last] as number) + 1;
      runs++;
    }
    ranges.count = runs;
    return runs;
  }

  return { distance: 'great-circle', collect, collectRanges };
}

function isAscending(values: Int32Array): boolean {
  for (let k = 1; k < values.length; k++)
    if ((values[k] as number) <= (values[k - 1] as number)) return false;
  return true;
}
