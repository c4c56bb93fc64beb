/**
 * A population grid as typed arrays: one value array per population layer on the same cells (domain.md § Inputs).
 * Cells are stored compactly: only valid (non-nodata) cells get an index.
 */

/** A regular lon/lat raster that the cells came from; enables index arithmetic instead of a spatial tree. */
export interface RasterLayout {
  width: number;
  height: number;
  /** Longitude of the west edge of column 0, degrees. */
  originLon: number;
  /** Latitude of the north edge of row 0, degrees. */
  originLat: number;
  /** Pixel width, degrees of longitude (positive). */
  pixelWidthDegrees: number;
  /** Pixel height, degrees of latitude (positive; rows go south). */
  pixelHeightDegrees: number;
  /** For each pixel (row-major), the cell index, or -1 for nodata. Length width × height. */
  cellOfPixel: Int32Array;
  /** For each cell, its pixel index (row × width + column). Length cellCount. */
  pixelOfCell: Int32Array;
}

export interface PopulationGrid {
  cellCount: number;
  /** Cell centroid longitude, WGS 84 degrees. */
  lon: Float64Array;
  /** Cell centroid latitude, WGS 84 degrees. */
  lat: Float64Array;
  /** Cell area in square metres (used by the area-weighted coverage mode). */
  cellAreaSquareMeters: Float32Array;
  /** Persons per cell, keyed by layer id (e.g. `adults20plus`, `elderly60plus`, `total`). */
  layers: Record<string, Float32Array>;
  /** Present when the cells come from a regular lon/lat raster. */
  raster?: RasterLayout;
}
