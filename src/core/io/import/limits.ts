/**
 * Size limits of the import path (issue #5: "files or grids over a stated size limit"). They keep one import within
 * the memory of a browser tab and a worker: a grid of 5 million cells already takes ~130 MB as typed arrays.
 */

/** Largest file accepted, bytes (200 MiB): bigger files are refused before parsing (`file-too-large`). */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/** Most population cells in one grid (GeoTIFF valid pixels, CSV rows, GeoJSON features): `grid-too-large`. */
export const MAX_GRID_CELLS = 5_000_000;

/**
 * Most pixels (width × height, valid or not) of a GeoTIFF decoded as Float32: 25 million ≈ 100 MB, checked from the
 * declared size before any block is decoded. A province at 100 m is about 20 million pixels; more than five times
 * the grid limit's cells in one raster is either mostly nodata or too large anyway.
 */
export const MAX_GEOTIFF_PIXELS = 25_000_000;

/**
 * Most pixels of one GeoTIFF tile or strip (width × height as declared): a block is inflated whole, so its declared
 * size bounds the memory of one decode step. A 16-million-pixel strip of Float64 is 128 MB.
 */
export const MAX_GEOTIFF_BLOCK_PIXELS = 16_777_216;

/** Most tiles or strips of one GeoTIFF band: GDAL's one-row strips of a 20,000-row raster are 20,000. */
export const MAX_GEOTIFF_BLOCKS = 100_000;

/** Most district features in one file (a city's communities number a few thousand): `districts-too-many`. */
export const MAX_DISTRICT_FEATURES = 20_000;

/** Most polygon vertices over all districts of one file: `districts-too-many-vertices`. */
export const MAX_DISTRICT_VERTICES = 2_000_000;

/** Most facilities in one file; the same limit as facilities-geojson.ts: `facilities-too-many`. */
export const MAX_FACILITY_FEATURES = 100_000;

/** Largest total uncompressed size of the members of a zipped shapefile, bytes (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;
