/**
 * Every error (and import warning) code of the app, as one closed union, so a typo in a code or a code without a
 * translation is a compile error. Each area owns its list, in the order of its files; `ErrorCode` is their union.
 *
 * Adding an area: write its list as `const MY_AREA_ERROR_CODES = [...] as const`, here or exported from a file of
 * the area's own folder that imports nothing (as `core/network/network-errors.ts`), add `...MY_AREA_ERROR_CODES` to
 * {@link ERROR_CODES} (the one-line change, plus the import), then give every new code a message in
 * `core/messages/error-messages-zh-cn.ts` and `error-messages-en.ts` (both tables are `Record<ErrorCode, …>`, so
 * the compiler lists what is missing).
 */

import { LEVEL_ERROR_CODES } from '../io/import/level-errors';
import { NETWORK_ERROR_CODES } from '../network/network-errors';
import { SUGGEST_ERROR_CODES } from '../suggest/suggest-errors';

/** Codes of the import path (`core/io/import`): one inspect → confirm → import for user files, with details. */
const IMPORT_ERROR_CODES = [
  'file-empty',
  'file-too-large',
  'format-unknown',
  'kind-unsupported',
  'json-malformed',
  'geojson-invalid',
  'geojson-empty',
  'geometry-type',
  'crs-required',
  'crs-prj-unsupported',
  'coordinates-out-of-range',
  'coordinates-swapped',
  'axis-order-ambiguous',
  'zip-unreadable',
  'zip-too-large',
  'shapefile-missing-part',
  'shapefile-no-layer',
  'shapefile-truncated',
  'shapefile-record-mismatch',
  'layer-unknown',
  'topojson-invalid',
  'topojson-too-many-vertices',
  'geometry-nesting-too-deep',
  'districts-too-many',
  'districts-too-many-vertices',
  'districts-self-intersection',
  'districts-too-complex',
  'districts-repaired',
  'districts-collapsed',
  'districts-duplicate-feature-ids',
  'encoding-gbk',
  'grid-too-large',
  'geotiff-too-large',
  'geotiff-block-too-large',
  'geotiff-too-many-blocks',
  'grid-no-value-field',
  'grid-value-invalid',
  'grid-value-negative',
  'grid-duplicate-cell',
  'h3-invalid-cell',
  'grid-layers-mismatch',
  'grid-layer-duplicate',
  'grid-empty',
  'csv-no-coordinates',
  'facilities-missing-fields',
  'facilities-value-invalid',
  'facilities-duplicate-id',
  'facilities-too-many',
  'scenario-invalid',
  'scenario-version-unsupported',
  'grid-districts-no-overlap',
  'population-mostly-outside',
  'districts-gcj02-offset',
  'several-district-files',
  'import-failed',
] as const;

/** Codes of the file readers (`core/io` csv-grid, districts, facilities-geojson, geotiff-*; `core/geo/crs`). */
const READER_ERROR_CODES = [
  'csv-malformed',
  'csv-empty',
  'csv-no-coordinate-columns',
  'csv-no-value-column',
  'csv-invalid-value',
  'csv-negative-value',
  'csv-invalid-coordinate',
  'csv-crs-required',
  'csv-swapped-coordinates',
  'csv-coordinate-out-of-range',
  'csv-too-many-cells',
  'csv-invalid-cell-area',
  'csv-cell-area-unknown',
  'districts-invalid-json',
  'districts-not-geojson',
  'districts-topojson',
  'districts-empty',
  'districts-no-name-field',
  'districts-name-missing',
  'districts-missing-geometry',
  'districts-not-polygon',
  'districts-bad-geometry',
  'districts-not-lonlat',
  'districts-id-missing',
  'districts-duplicate-id',
  'facilities-not-geojson',
  'facilities-geometry',
  'facilities-coordinates',
  'facilities-type',
  'facilities-unknown-type',
  'facilities-status',
  'facilities-area',
  'facilities-radius',
  'facilities-land',
  'facilities-capacity',
  'geotiff-unreadable',
  'geotiff-band-missing',
  'geotiff-rotated',
  'geotiff-no-georeference',
  'geotiff-negative-value',
  'geotiff-infinite-value',
  'geotiff-no-layers',
  'geotiff-duplicate-layer',
  'geotiff-layers-mismatch',
  'geotiff-crs-missing',
  'geotiff-crs-mismatch',
  'geotiff-no-valid-cells',
  'crs-unknown',
  'crs-unsupported',
] as const;

/** Codes of the share-link codec (`core/io/share-link.ts`). */
export const SHARE_LINK_ERROR_CODES = [
  'share-link-missing',
  'share-link-malformed',
  'share-link-damaged',
  'share-link-version',
  'share-link-unreadable',
  'share-link-invalid',
  'share-link-too-large',
  'share-link-text-too-long',
  'share-link-unknown-rule-set',
  'share-link-unknown-dataset',
] as const;

/**
 * Codes of refused edits and evaluations: commands, scenario list, rule sets (`core/commands`, `core/scenarios`,
 * `core/rules`) and the engine (`core/analysis`, `core/compare`).
 */
const EDIT_ERROR_CODES = [
  'duplicate-id',
  'unknown-facility',
  'invalid-facility',
  'duplicate-facility-id',
  'too-many-facilities',
  'duplicate-scenario-id',
  'unknown-scenario',
  'last-scenario',
  'invalid-scenario',
  'invalid-rule-set',
  'unknown-rule-set',
  'invalid-option',
  'missing-layer',
  'invalid-household-size',
  'mask-size-mismatch',
] as const;

/** Codes of the engine session behind the worker (`core/session`) and of its painting (`core/render`). */
const SESSION_ERROR_CODES = [
  'no-dataset',
  'fetch-failed',
  'load-failed',
  'not-a-raster',
  'unknown-layer',
] as const;

/** Codes raised outside core: the worker client (`src/engine`), autosave (`src/state`) and the CLI (`src/cli`). */
const APP_ERROR_CODES = [
  'import-cancelled',
  'worker-crashed',
  'worker-call-failed',
  'worker-crash-loop',
  'tab-read-only',
  'autosave-version',
  'autosave-dataset',
  'usage',
  'file-not-found',
  'file-is-directory',
  'file-unreadable',
  'output-unwritable',
  'no-overlap',
] as const;

/** Every code, each area's list in turn. */
export const ERROR_CODES = [
  ...IMPORT_ERROR_CODES,
  ...READER_ERROR_CODES,
  ...SHARE_LINK_ERROR_CODES,
  ...EDIT_ERROR_CODES,
  ...SESSION_ERROR_CODES,
  ...APP_ERROR_CODES,
  ...NETWORK_ERROR_CODES,
  ...SUGGEST_ERROR_CODES,
  ...LEVEL_ERROR_CODES,
] as const;

/** One stable, machine-readable error or warning code; the UI shows its message in the interface language. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values a message names (a file's row, a facility id, a count), by placeholder name; plain data. */
export type ErrorDetails = Readonly<Record<string, string | number>>;
