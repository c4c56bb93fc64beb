/**
 * Cell → district assignment (domain.md § Inputs: a cell belongs to the district that contains its centroid; cells
 * inside no district are kept and marked −1, to be reported as "outside districts").
 */
import type { District } from '../model/district';
import type { PopulationGrid, RasterLayout } from '../model/grid';
import {
  createPolygonIndex,
  edgeCrossingLon,
  geometryBounds,
  type PolygonIndex,
  polygonIndexContains,
  ringsOf,
} from './point-in-polygon';
import { rasterColumnCenterLon, rasterRowCenterLat } from './raster-layout';

/**
 * For each cell of `grid`, the index into `districts` of the district whose polygon contains the cell centroid
 * (even–odd rule of {@link pointInPolygon}), or −1 when none does. If districts overlap, the lowest index wins.
 * A centroid on an edge shared by two districts goes to exactly one of them (the one east or north of the edge).
 *
 * Raster grids use a scanline fill of each district on the raster rows (cost ~ rows × edges + cells filled);
 * other grids test each centroid against the districts whose bounding box holds it, through a latitude-banded edge
 * index ({@link createPolygonIndex}). Both paths give results identical to {@link pointInPolygon}.
 * `onProgress` receives the fraction done, 0–1.
 */
export function assignCellsToDistricts(
  grid: PopulationGrid,
  districts: readonly District[],
  onProgress?: (fraction: number) => void,
): Int32Array {
  const districtOfCell = new Int32Array(grid.cellCount).fill(-1);
  if (grid.raster) {
    districts.forEach((district, index) => {
      fillDistrictOnRaster(grid.raster as RasterLayout, district, index, districtOfCell);
      onProgress?.((index + 1) / districts.length);
    });
  } else {
    assignIrregularCells(grid, districts, districtOfCell, onProgress);
  }
  onProgress?.(1);
  return districtOfCell;
}

/** Crossings of the district's edges with the row-centre parallels, grouped by row and sorted west to east. */
function rowCrossings(
  layout: RasterLayout,
  district: District,
): { firstRow: number; offsets: Int32Array; lons: Float64Array } {
  const [, minLat, , maxLat] = geometryBounds(district.geometry);
  // Rows whose centre could lie within [minLat, maxLat]; one row of slack each side, exact tests below.
  const firstRow = Math.max(0, Math.floor((layout.originLat - maxLat) / layout.pixelHeightDegrees) - 1);
  const lastRow = Math.min(
    layout.height - 1,
    Math.ceil((layout.originLat - minLat) / layout.pixelHeightDegrees),
  );
  const rowCount = Math.max(0, lastRow - firstRow + 1);
  const crossingRows: number[] = [];
  const crossingLons: number[] = [];
  for (const ring of ringsOf(district.geometry)) {
    let previous = ring[ring.length - 1];
    for (const current of ring) {
      if (previous === undefined) break;
      const lonA = previous[0] as number;
      const latA = previous[1] as number;
      const lonB = current[0] as number;
      const latB = current[1] as number;
      previous = current;
      if (latA === latB) continue;
      const lowLat = Math.min(latA, latB);
      const highLat = Math.max(latA, latB);
      const rowFrom = Math.max(
        firstRow,
        Math.floor((layout.originLat - highLat) / layout.pixelHeightDegrees) - 1,
      );
      const rowTo = Math.min(lastRow, Math.ceil((layout.originLat - lowLat) / layout.pixelHeightDegrees));
      for (let row = rowFrom; row <= rowTo; row++) {
        const lat = rasterRowCenterLat(layout, row);
        if (latA > lat !== latB > lat) {
          crossingRows.push(row - firstRow);
          crossingLons.push(edgeCrossingLon(lonA, latA, lonB, latB, lat));
        }
      }
    }
  }
  // Counting sort by row, then sort each row's few crossings by longitude.
  const offsets = new Int32Array(rowCount + 1);
  for (const row of crossingRows) offsets[row + 1] = (offsets[row + 1] as number) + 1;
  for (let row = 0; row < rowCount; row++)
    offsets[row + 1] = (offsets[row + 1] as number) + (offsets[row] as number);
  const cursor = offsets.slice(0, rowCount);
  const lons = new Float64Array(crossingLons.length);
  crossingRows.forEach((row, k) => {
    lons[(cursor[row] as number)++] = crossingLons[k] as number;
  });
  for (let row = 0; row < rowCount; row++) lons.subarray(offsets[row], offsets[row + 1]).sort();
  return { firstRow, offsets, lons };
}

/** First column whose centre longitude is ≥ `lon` (width when none), exact with respect to the stored centroids. */
function firstColumnAtOrEastOf(layout: RasterLayout, lon: number): number {
  let column = Math.ceil((lon - layout.originLon) / layout.pixelWidthDegrees - 0.5);
  column = Math.min(layout.width, Math.max(0, column));
  while (column > 0 && rasterColumnCenterLon(layout, column - 1) >= lon) column--;
  while (column < layout.width && rasterColumnCenterLon(layout, column) < lon) column++;
  return column;
}

/**
 * Marks the unassigned cells whose centre lies inside `district`. Sorted crossings x1 ≤ x2 ≤ … on a row bound the
 * inside intervals [x1, x2), [x3, x4), …: exactly the points for which an eastward ray crosses an odd number of
 * edges, as in {@link pointInPolygon}.
 */
function fillDistrictOnRaster(
  layout: RasterLayout,
  district: District,
  districtIndex: number,
  districtOfCell: Int32Array,
): void {
  const { firstRow, offsets, lons } = rowCrossings(layout, district);
  for (let rowOffset = 0; rowOffset + 1 < offsets.length; rowOffset++) {
    const rowStart = (firstRow + rowOffset) * layout.width;
    for (let k = offsets[rowOffset] as number; k + 1 < (offsets[rowOffset + 1] as number); k += 2) {
      const columnFrom = firstColumnAtOrEastOf(layout, lons[k] as number);
      const columnTo = firstColumnAtOrEastOf(layout, lons[k + 1] as number);
      for (let column = columnFrom; column < columnTo; column++) {
        const cell = layout.cellOfPixel[rowStart + column] as number;
        if (cell >= 0 && districtOfCell[cell] === -1) districtOfCell[cell] = districtIndex;
      }
    }
  }
}

/** Bins of a coarse lon/lat grid over the cells, each listing the districts whose bounding box touches it. */
const BINS_PER_SIDE = 64;

function assignIrregularCells(
  grid: PopulationGrid,
  districts: readonly District[],
  districtOfCell: Int32Array,
  onProgress?: (fraction: number) => void,
): void {
  if (grid.cellCount === 0 || districts.length === 0) return;
  const indexes: PolygonIndex[] = districts.map((district) => createPolygonIndex(district.geometry));
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const lon = grid.lon[cell] as number;
    const lat = grid.lat[cell] as number;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const binWidth = (maxLon - minLon) / BINS_PER_SIDE || 1;
  const binHeight = (maxLat - minLat) / BINS_PER_SIDE || 1;
  const binOf = (value: number, min: number, size: number): number =>
    Math.min(BINS_PER_SIDE - 1, Math.max(0, Math.floor((value - min) / size)));
  const bins: number[][] = Array.from({ length: BINS_PER_SIDE * BINS_PER_SIDE }, () => []);
  indexes.forEach(({ bounds: [west, south, east, north] }, index) => {
    if (east < minLon || west > maxLon || north < minLat || south > maxLat) return;
    for (let row = binOf(south, minLat, binHeight); row <= binOf(north, minLat, binHeight); row++) {
      for (let column = binOf(west, minLon, binWidth); column <= binOf(east, minLon, binWidth); column++) {
        (bins[row * BINS_PER_SIDE + column] as number[]).push(index);
      }
    }
  });
  const progressStep = 65_536;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const lon = grid.lon[cell] as number;
    const lat = grid.lat[cell] as number;
    const bin = bins[
      binOf(lat, minLat, binHeight) * BINS_PER_SIDE + binOf(lon, minLon, binWidth)
    ] as number[];
    for (const index of bin) {
      if (polygonIndexContains(indexes[index] as PolygonIndex, lon, lat)) {
        districtOfCell[cell] = index;
        break;
      }
    }
    if (onProgress && cell % progressStep === progressStep - 1) onProgress(cell / grid.cellCount);
  }
}
