/**
 * The English message of every error and import-warning code (see `core/model/error-code.ts`). Typed
 * `Record<ErrorCode, …>`, so a code without a message here does not compile. A string is a message without values;
 * a function builds the message from the error's `details`; `summary` + `detailed` serve codes that some producers
 * raise with details and others without.
 */

import {
  MAX_DISTRICT_FEATURES,
  MAX_DISTRICT_VERTICES,
  MAX_FACILITY_FEATURES,
  MAX_GEOTIFF_BLOCK_PIXELS,
  MAX_GEOTIFF_BLOCKS,
  MAX_GEOTIFF_PIXELS,
  MAX_GRID_CELLS,
  MAX_IMPORT_FILE_BYTES,
  MAX_UNZIPPED_BYTES,
} from '../io/import/limits';
import { SHARE_LINK_MAX_TEXT_CHARACTERS } from '../io/share-link-limits';
import type { ErrorCode } from '../model/error-code';
import { MAX_NETWORK_EDGES, MAX_NETWORK_NODES } from '../network/network-errors';
import { count, type ErrorMessage, facilityFieldEn, kindEn, megabytes, text } from './error-message';

/** English messages, by code. */
export const ERROR_MESSAGES_EN: Readonly<Record<ErrorCode, ErrorMessage>> = {
  'file-empty': () => 'The file is empty.',
  'file-too-large': (d) =>
    `The file is ${megabytes(Number(d.bytes))}; the limit is ${megabytes(MAX_IMPORT_FILE_BYTES)}.`,
  'format-unknown': () =>
    'Unrecognised file format: expected GeoJSON, TopoJSON, a zipped Shapefile, GeoTIFF or CSV.',
  'kind-unsupported': (d) => `A ${text(d, 'format')} file cannot be imported as ${text(d, 'kind')}.`,
  'json-malformed': (d) => `The file is not valid JSON (${text(d, 'reason')}); it may be truncated.`,
  'geojson-invalid': () => 'The file is JSON but not GeoJSON (no FeatureCollection, Feature or Topology).',
  'geojson-empty': () => 'The file has no features.',
  'geometry-type': (d) =>
    `Feature ${text(d, 'feature')} is a ${text(d, 'found')}; ${kindEn(text(d, 'kind'))} must be ${text(d, 'expected')}.`,
  'crs-required': (d) =>
    `The coordinates (e.g. ${text(d, 'x')}, ${text(d, 'y')}) are projected metres and the file names no coordinate system; choose it (e.g. CGCS2000 Gauss-Kruger EPSG:4547, UTM EPSG:32650).`,
  'crs-prj-unsupported': (d) =>
    `The .prj describes a coordinate system that cannot be converted (${text(d, 'name')}); choose a supported CRS.`,
  'coordinates-out-of-range': (d) =>
    `Coordinates ${text(d, 'x')}, ${text(d, 'y')} (feature or row ${text(d, 'item')}) lie outside the range of ${text(d, 'crs')}; is the coordinate system right?`,
  'coordinates-swapped': (d) =>
    `Coordinates ${text(d, 'x')}, ${text(d, 'y')} look like latitude, longitude; GeoJSON and this import expect longitude first (swapped columns?).`,
  'axis-order-ambiguous': () =>
    'Cannot tell which coordinate column is longitude and which is latitude; confirm the column order.',
  'zip-unreadable': (d) => `The zip archive cannot be read (${text(d, 'reason')}); it may be truncated.`,
  'zip-too-large': (d) =>
    `The zip unpacks to ${megabytes(Number(d.bytes))}; the limit is ${megabytes(MAX_UNZIPPED_BYTES)}.`,
  'shapefile-missing-part': (d) => `The zip has no ${text(d, 'part')} file for layer "${text(d, 'layer')}".`,
  'shapefile-no-layer': () => 'The zip holds no shapefile (.shp).',
  'shapefile-truncated': (d) => `The ${text(d, 'part')} file is truncated or damaged (${text(d, 'reason')}).`,
  'shapefile-record-mismatch': (d) =>
    `The .shp has ${text(d, 'shapes')} shapes but the .dbf has ${text(d, 'records')} records.`,
  'layer-unknown': (d) => `There is no layer "${text(d, 'layer')}"; layers: ${text(d, 'layers')}.`,
  'topojson-invalid': (d) => `The TopoJSON cannot be decoded (${text(d, 'reason')}).`,
  'topojson-too-many-vertices': (d) =>
    `The TopoJSON expands to ${count(Number(d.count))} or more vertices (its arcs are reused); the limit is ${count(MAX_DISTRICT_VERTICES)}.`,
  'geometry-nesting-too-deep': (d) =>
    `A GeometryCollection nests more than ${count(Number(d.depth))} levels deep; flatten it.`,
  'districts-too-complex': (d) =>
    `District "${text(d, 'name')}" has too many edges crowded together to check its boundary for crossings in reasonable time; simplify it in a GIS and import again.`,
  'districts-too-many': (d) =>
    `${count(Number(d.count))} districts exceed the limit of ${count(MAX_DISTRICT_FEATURES)}.`,
  'districts-too-many-vertices': (d) =>
    `The polygons have ${count(Number(d.count))} vertices; the limit is ${count(MAX_DISTRICT_VERTICES)} (simplify them first).`,
  'districts-self-intersection': (d) =>
    `District "${text(d, 'name')}" has a self-intersecting boundary near ${text(d, 'lon')}, ${text(d, 'lat')}; it was refused rather than guessed. Repair it in a GIS (e.g. QGIS "Fix geometries") and import again.`,
  'districts-repaired': (d) =>
    `Repaired ${text(d, 'count')} ring(s): removed ${text(d, 'duplicates')} repeated vertices, ${text(d, 'spikes')} zero-width spikes and ${text(d, 'dropped')} rings of zero area; no point changes district.`,
  'districts-collapsed': (d) =>
    `District "${text(d, 'name')}" has no ring of non-zero area (its vertices repeat or lie on a line).`,
  'districts-duplicate-feature-ids': (d) =>
    `Feature id "${text(d, 'id')}" repeats, so the ids were taken from ${text(d, 'source')}.`,
  'encoding-gbk': () =>
    'The attribute table is not UTF-8; it was read as GBK (GB 18030), usual for Chinese GIS files.',
  'grid-too-large': (d) =>
    `The grid has ${count(Number(d.count))} cells; the limit is ${count(MAX_GRID_CELLS)}.`,
  'geotiff-too-large': (d) =>
    `The GeoTIFF has ${count(Number(d.count))} pixels; the limit is ${count(MAX_GEOTIFF_PIXELS)}.`,
  'geotiff-too-many-blocks': (d) =>
    `The GeoTIFF is cut into ${count(Number(d.count))} tiles or strips; the limit is ${count(MAX_GEOTIFF_BLOCKS)} (rewrite it tiled, e.g. gdal_translate -co TILED=YES).`,
  'geotiff-block-too-large': (d) =>
    `One tile or strip of the GeoTIFF is ${count(Number(d.width))} × ${count(Number(d.height))} pixels; the limit is ${count(MAX_GEOTIFF_BLOCK_PIXELS)} pixels per block (rewrite it tiled, e.g. gdal_translate -co TILED=YES).`,
  'grid-no-value-field': (d) =>
    `No numeric field holds the population (fields: ${text(d, 'fields') || 'none'}); choose the value field.`,
  'grid-value-invalid': (d) =>
    `Feature or row ${text(d, 'item')}: "${text(d, 'value')}" in field ${text(d, 'field')} is not a number.`,
  'grid-value-negative': (d) =>
    `Feature or row ${text(d, 'item')}: negative value ${text(d, 'value')} in field ${text(d, 'field')}; population cannot be negative.`,
  'grid-duplicate-cell': (d) =>
    `Cell ${text(d, 'cell')} appears twice (rows or features ${text(d, 'first')} and ${text(d, 'second')}).`,
  'h3-invalid-cell': (d) =>
    `Row ${text(d, 'item')}: "${text(d, 'value')}" in column ${text(d, 'field')} is not an H3 cell id.`,
  'grid-layers-mismatch': (d) =>
    `Layer "${text(d, 'layer')}" is not on the same cells as layer "${text(d, 'first')}".`,
  'grid-layer-duplicate': (d) => `Layer id "${text(d, 'layer')}" is given twice.`,
  'grid-empty': () => 'The grid holds no cell with a value.',
  'csv-no-coordinates': (d) =>
    `No coordinate columns found (expected lon/lat, longitude/latitude, 经度/纬度 or x/y); header: ${text(d, 'header')}.`,
  'facilities-missing-fields': (d) =>
    `No column or property for ${text(d, 'fields')}; map it to a field of the file or give a default.`,
  'facilities-value-invalid': (d) =>
    `Row ${text(d, 'item')}: ${text(d, 'field')} "${text(d, 'value')}" is not a valid ${text(d, 'what')}.`,
  'facilities-duplicate-id': {
    summary: 'A facility id is repeated.',
    detailed: (d) => `Row ${text(d, 'item')}: duplicate id "${text(d, 'id')}".`,
  },
  'facilities-too-many': {
    summary: 'There are more facilities than the limit.',
    detailed: (d) =>
      `${count(Number(d.count))} facilities exceed the limit of ${count(MAX_FACILITY_FEATURES)}.`,
  },
  'scenario-invalid': (d) => `Not a Lifecircle scenario file: ${text(d, 'reason')}.`,
  'scenario-version-unsupported': (d) =>
    `The scenario file has format version ${text(d, 'version')}; this app reads version ${text(d, 'supported')} or older.`,
  'grid-districts-no-overlap': () =>
    'The population grid and the districts do not overlap: no cell lies inside any district. Check the coordinate system of both files.',
  'population-mostly-outside': (d) =>
    `${text(d, 'percent')}% of the population lies outside every district; the files may not match.`,
  'districts-gcj02-offset': (d) =>
    `The districts sit about ${text(d, 'meters')} m ${text(d, 'direction')} of the population grid, as GCJ-02 (Chinese web map) coordinates do; import the districts again with the GCJ-02 coordinate system.`,
  'several-district-files': 'Only one districts file can be imported at a time.',
  'import-failed': (d) => `The file could not be read: ${text(d, 'reason')}.`,
  'csv-malformed': 'The CSV file is malformed or incomplete.',
  'csv-empty': 'The CSV file has no data rows.',
  'csv-no-coordinate-columns': 'The CSV has no coordinate columns (longitude/latitude or x/y).',
  'csv-no-value-column': 'The CSV has no population value column.',
  'csv-invalid-value': 'A population value in the CSV is not a number.',
  'csv-negative-value': 'A population value in the CSV is negative.',
  'csv-invalid-coordinate': 'A coordinate in the CSV is not a number.',
  'csv-crs-required': 'The x/y columns of the CSV are projected coordinates; choose the coordinate system.',
  'csv-swapped-coordinates': 'Longitude and latitude in the CSV look swapped.',
  'csv-coordinate-out-of-range':
    'A coordinate in the CSV lies outside the range of the chosen coordinate system.',
  'csv-too-many-cells': 'The CSV has more rows than the limit.',
  'csv-invalid-cell-area': 'The cell area is not a positive number.',
  'csv-cell-area-unknown': 'The cell area cannot be estimated from fewer than two cells.',
  'districts-invalid-json': 'The districts file is not valid JSON.',
  'districts-not-geojson': 'The districts file is not GeoJSON.',
  'districts-topojson': 'The districts file is TopoJSON.',
  'districts-empty': 'The districts file has no features.',
  'districts-no-name-field': 'No district name field was found; choose the name field.',
  'districts-name-missing': 'A feature has no district name.',
  'districts-missing-geometry': 'A feature has no geometry.',
  'districts-not-polygon': 'Districts must be polygons (Polygon or MultiPolygon).',
  'districts-bad-geometry': 'A district geometry is invalid.',
  'districts-not-lonlat':
    'The district coordinates are not longitude/latitude; the file may be projected: choose the coordinate system.',
  'districts-id-missing': 'A feature has no id.',
  'districts-duplicate-id': 'A district id is repeated.',
  'facilities-not-geojson': 'The facilities file is not GeoJSON of facility points.',
  'facilities-geometry': 'Facilities must be points (Point).',
  'facilities-coordinates': 'A facility has invalid coordinates.',
  'facilities-type': 'A facility has no type.',
  'facilities-unknown-type': 'A facility has an unknown type.',
  'facilities-status': 'A facility status must be existing or proposed.',
  'facilities-area': 'A facility floor area must be a number ≥ 0 (m²).',
  'facilities-radius': 'A facility service radius must be a number > 0 (metres).',
  'facilities-land': 'A facility land area must be a number ≥ 0.',
  'facilities-capacity': 'A facility capacity (beds, places, doctors) is invalid.',
  'geotiff-unreadable': 'The GeoTIFF cannot be read; it may be damaged or incomplete.',
  'geotiff-band-missing': 'The GeoTIFF has no such band.',
  'geotiff-rotated': 'Rotated or skewed GeoTIFFs are not supported.',
  'geotiff-no-georeference': 'The GeoTIFF has no georeference.',
  'geotiff-negative-value': 'The GeoTIFF holds negative population values.',
  'geotiff-infinite-value': 'The GeoTIFF holds infinite values.',
  'geotiff-no-layers': 'No GeoTIFF was given.',
  'geotiff-duplicate-layer': 'A layer id is given twice.',
  'geotiff-layers-mismatch': 'The GeoTIFFs differ in extent or resolution.',
  'geotiff-crs-missing':
    'The GeoTIFF names no coordinate system and is not in longitude/latitude; choose the coordinate system.',
  'geotiff-crs-mismatch': 'The GeoTIFF lies outside the range of the chosen coordinate system.',
  'geotiff-no-valid-cells': 'Every pixel of the GeoTIFF is nodata.',
  'crs-unknown': 'Unknown coordinate system.',
  'crs-unsupported': 'Unsupported coordinate system.',
  'share-link-missing': 'The link holds no scenario (no #s=… part).',
  'share-link-malformed':
    'The scenario part of the link has invalid characters; it may have been altered while copying. Copy the whole link again.',
  'share-link-damaged':
    'The link is incomplete or was changed (checksum mismatch). Copy the whole link again.',
  'share-link-version':
    'This link was made by a newer version of Lifecircle. Reload the page, or ask for the GeoJSON file instead.',
  'share-link-unreadable': 'The scenario in the link cannot be decompressed. Copy the whole link again.',
  'share-link-invalid':
    'The scenario in the link is not valid (a facility field is missing or out of range).',
  'share-link-too-large': 'The scenario is too large for a link. Share the exported GeoJSON file instead.',
  'share-link-text-too-long': (d) =>
    `A text in the link (${text(d, 'field')}) has ${count(Number(d.characters))} characters; a link carries at most ${count(SHARE_LINK_MAX_TEXT_CHARACTERS)}.`,
  'share-link-unknown-rule-set': (d) =>
    `The link names a rule set this version does not know ("${text(d, 'id')}"); it was not opened.`,
  'share-link-unknown-dataset': (d) =>
    `The link is for a dataset this version does not know ("${text(d, 'id')}"); it was not opened.`,
  'duplicate-id': {
    summary: 'A facility with this id already exists.',
    detailed: (d) => `A facility with id ${text(d, 'id')} already exists.`,
  },
  'unknown-facility': {
    summary: 'The facility no longer exists.',
    detailed: (d) => `No facility with id ${text(d, 'id')}.`,
  },
  'invalid-facility': {
    summary: 'A facility field is missing or out of range.',
    detailed: (d) =>
      d.field === undefined
        ? `Facility "${text(d, 'id')}" has a field that is missing or out of range.`
        : `Facility "${text(d, 'name')}"${d.item === undefined ? '' : ` (feature or row ${text(d, 'item')})`} was refused: its ${facilityFieldEn(text(d, 'field'))} ${text(d, 'value')} is outside ${text(d, 'range')}.`,
  },
  'duplicate-facility-id': {
    summary: 'A facility id is repeated.',
    detailed: (d) => `Facility id "${text(d, 'id')}" is repeated.`,
  },
  'too-many-facilities': {
    summary: 'There are more facilities of one type than the engine can hold.',
    detailed: (d) => `More than ${count(Number(d.max))} facilities of type "${text(d, 'type')}".`,
  },
  'duplicate-scenario-id': {
    summary: 'A scenario with this id already exists.',
    detailed: (d) => `A scenario with id ${text(d, 'id')} already exists.`,
  },
  'unknown-scenario': {
    summary: 'The scenario no longer exists.',
    detailed: (d) => `No scenario with id ${text(d, 'id')}.`,
  },
  'last-scenario': 'At least one scenario must remain: the last one cannot be deleted.',
  'invalid-scenario': 'The scenario is not valid (a field is missing or out of range).',
  'invalid-rule-set': 'The rule set is not valid.',
  'unknown-rule-set': {
    summary: 'The rule set does not exist.',
    detailed: (d) => `Rule set "${text(d, 'ruleSet')}" does not exist.`,
  },
  'invalid-option': 'An evaluation option is out of range.',
  'missing-layer': {
    summary: 'The population layer is not in the grid.',
    detailed: (d) => `Resident layer "${text(d, 'layer')}" is not in the grid.`,
  },
  'invalid-household-size': {
    summary: 'The household size must be a positive number.',
    detailed: (d) => `Household size ${text(d, 'value')} is not a positive number.`,
  },
  'mask-size-mismatch': 'The two coverage masks differ in size.',
  'no-dataset': 'No dataset is loaded.',
  'fetch-failed': 'The data files could not be downloaded.',
  'load-failed': 'The data could not be loaded.',
  'not-a-raster': 'The grid has no cells to draw.',
  'unknown-layer': {
    summary: 'The dataset has no such layer.',
    detailed: (d) => `The dataset has no layer "${text(d, 'layer')}".`,
  },
  'import-cancelled': 'The import was cancelled.',
  'worker-crashed': 'The computation stopped unexpectedly and is being restarted.',
  'worker-call-failed': 'The computation could not be run.',
  'worker-crash-loop':
    'The computation stopped three times within a minute and is not restarted again. Reload the page; your scenarios are saved.',
  'tab-read-only':
    'Lifecircle is open in another tab, which saves the work: this tab is read-only. Choose “Edit here instead” to edit in this tab.',
  'autosave-version': 'The saved work is from another version and was not restored.',
  'autosave-dataset': 'The saved work is for another dataset and was not restored.',
  usage: 'Wrong command-line usage.',
  'file-not-found': 'The file does not exist.',
  'file-is-directory': 'The path is a folder, not a file.',
  'file-unreadable': 'The file cannot be read.',
  'output-unwritable': 'The output file cannot be written.',
  'no-overlap': 'The population grid and the districts do not overlap.',
  'network-no-lines': 'The street file has no walkable lines.',
  'several-network-files': 'Only one walking network file can be imported at a time.',
  'network-too-large': () =>
    `The street network is larger than the limit: at most ${count(MAX_NETWORK_NODES)} nodes and ${count(MAX_NETWORK_EDGES)} segments once segments longer than 50 m are split. Clip it to the planning area and import it again.`,
  'network-file-invalid': 'The prepared street network file is damaged or of another version.',
  'network-no-overlap': 'No population cell lies near the street network.',
  'network-pbf-invalid':
    'The OpenStreetMap .osm.pbf file is damaged or uses a compression this app cannot read (only zlib).',
  'network-not-ready': 'The walking network is still loading; figures are straight-line until it is ready.',
  'network-fragmented': {
    summary: 'The street network falls apart into unconnected pieces.',
    detailed: (d) =>
      `The largest connected part of the street network holds only ${text(d, 'percent')}% of its nodes; places on the other parts cannot reach it.`,
  },
  'suggest-missing-layer': 'The population layer of the suggestion is not in the grid.',
  'suggest-invalid-parameter':
    'A count, target, radius, spacing or floor area of the suggestion is out of range.',
  'suggest-no-candidates': 'No candidate site is left after the exclusions.',
  'suggest-cancelled': 'The suggestion was cancelled.',
  'level-name-missing': 'Give the unit level a name.',
  'level-name-duplicate': (d) =>
    `A unit level named "${text(d, 'name')}" already exists or is imported twice; choose another name.`,
  'level-empty': (d) => `The unit level "${text(d, 'name')}" has no unit polygons.`,
  'level-grid-no-overlap': (d) =>
    `No population of the grid lies inside any unit of "${text(d, 'name')}". Check the coordinate system of the file.`,
  'level-gcj02-offset': (d) =>
    `The unit level "${text(d, 'name')}" sits about ${text(d, 'meters')} m ${text(d, 'direction')} of the population grid, as GCJ-02 (Chinese web map) coordinates do; import the level again with the GCJ-02 coordinate system.`,
};
