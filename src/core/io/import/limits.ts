/**
 * Size limits of the import path (issue #5: "files or grids over a stated size limit"). They keep one import within
 * the memory of a browser tab and a worker: a grid of 5 million cells already takes ~130 MB as typed arrays.
 */

/** Largest file accepted, bytes (200 MiB): bigger files are refused before parsing (`file-too-large`). */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/** Most population cells in one grid (GeoTIFF valid pixels, CSV rows, GeoJSON features): `grid-too-large`. */
export const MAX_GRID_CELLS = 5_000_000;

/** Most pixels (width × height, valid or not) of a GeoTIFF decoded as Float32: 100 million ≈ 400 MB. */
export const MAX_GEOTIFF_PIXELS = 100_000_000;

/** Most district features in one file (a city's communities number a few thousand): `districts-too-many`. */
export const MAX_DISTRICT_FEATURES = 20_000;

/** Most polygon vertices over all districts of one file: `districts-too-many-vertices`. */
export const MAX_DISTRICT_VERTICES = 2_000_000;

/** Most facilities in one file; the same limit as facilities-geojson.ts: `facilities-too-many`. */
export const MAX_FACILITY_FEATURES = 100_000;

/** Largest total uncompressed size of the members of a zipped shapefile, bytes (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;
