/**
 * First steps shared by inspection and import: size limits, format detection, parsing a vector file into a
 * {@link VectorSource}, and which kind a file most likely is.
 */
import { ok, type Result } from '../../model/result';
import type { ParsedRows } from '../csv-grid';
import { positionsOfGeometries } from './coordinates';
import { detectFormat, refineJsonFormat } from './detect-format';
import { detectFacilityFields } from './facility-records';
import { detectValueField, summarizeFields } from './field-values';
import { detectH3Column } from './grid-from-h3';
import { detectDistrictNameField } from './import-districts';
import type { ImportFormat, ImportInput, ImportKind } from './import-types';
import {
  MAX_DISTRICT_FEATURES,
  MAX_FACILITY_FEATURES,
  MAX_GRID_CELLS,
  MAX_IMPORT_FILE_BYTES,
} from './limits';
import { importFail } from './messages';
import { readZippedShapefile } from './shapefile';
import { decodeText } from './text-decode';
import { isRecord, parseJsonVector, type VectorSource } from './vector-source';

/** A file after the cheap first pass: its format, and its features when it is a vector file. */
export interface ReadSource {
  format: ImportFormat;
  source?: VectorSource;
}

/**
 * The refusal of `count` features read as `kind` when they exceed its limit (limits.ts), else undefined. With no
 * kind chosen yet (inspection), the largest limit, the grid's, applies.
 */
function featureLimitFail(kind: ImportKind | undefined, count: number) {
  if (kind === 'districts' || kind === 'level') {
    return count > MAX_DISTRICT_FEATURES ? importFail('districts-too-many', { count }) : undefined;
  }
  if (kind === 'facilities' || kind === 'scenario') {
    return count > MAX_FACILITY_FEATURES ? importFail('facilities-too-many', { count }) : undefined;
  }
  return count > MAX_GRID_CELLS ? importFail('grid-too-large', { count }) : undefined;
}

/**
 * Checks size, detects the format and parses vector files; a shapefile's record count is checked against the
 * limit of `kind` before its records are parsed. Errors: `file-empty`, `file-too-large`, `format-unknown`, the
 * feature limits' and the vector parsers'.
 */
export function readSource(
  input: ImportInput,
  layer: string | undefined,
  kind?: ImportKind,
): Result<ReadSource> {
  if (input.bytes.byteLength === 0) return importFail('file-empty');
  if (input.bytes.byteLength > MAX_IMPORT_FILE_BYTES)
    return importFail('file-too-large', { bytes: input.bytes.byteLength });
  const format = detectFormat(input.name, input.bytes);
  if (format === 'unknown') return importFail('format-unknown');
  if (format === 'geotiff' || format === 'csv') return ok({ format });
  if (format === 'shapefile-zip') {
    const source = readZippedShapefile(input.bytes, layer, (count) => featureLimitFail(kind, count));
    return source.ok ? ok({ format, source: source.value }) : source;
  }
  const text = decodeText(input.bytes).text;
  if (text.trim() === '') return importFail('file-empty');
  const source = parseJsonVector(text, layer);
  if (!source.ok) return source;
  return ok({
    format: source.value.root ? refineJsonFormat(source.value.root) : 'topojson',
    source: source.value,
  });
}

function geometryTypes(source: VectorSource): Set<string> {
  return new Set(
    source.features.map((feature) => (isRecord(feature.geometry) ? String(feature.geometry.type) : 'none')),
  );
}

/** Plausible kinds of a vector file, most likely first. */
function vectorKinds(source: VectorSource): ImportKind[] {
  if (source.root && isRecord(source.root.lifecircle)) return ['scenario', 'facilities'];
  const types = geometryTypes(source);
  const fields = summarizeFields(source.features.slice(0, 1000).map((feature) => feature.properties));
  const hasValue = detectValueField(fields) !== undefined;
  if ([...types].every((type) => type === 'Point')) {
    const mapping = detectFacilityFields(fields.map((field) => field.name));
    const facilityLike = mapping.type !== undefined || mapping.name !== undefined;
    if (facilityLike || !hasValue) return ['facilities', 'grid'];
    return ['grid', 'facilities'];
  }
  // Only lines: street segments, which become the walking network and nothing else (issue 13).
  const lines = [...types].every((type) => type === 'LineString' || type === 'MultiLineString');
  if (types.size > 0 && lines) return ['network'];
  const polygonal = [...types].every((type) => type === 'Polygon' || type === 'MultiPolygon');
  if (!polygonal) return ['districts', 'level', 'grid', 'facilities'];
  if (detectDistrictNameField(source.features) === undefined && hasValue)
    return ['grid', 'districts', 'level'];
  return ['districts', 'level', 'grid'];
}

/** Plausible kinds of a CSV table: a grid when it has H3 ids or a population column, else facilities. */
export function csvKinds(table: ParsedRows): ImportKind[] {
  if (detectH3Column(table) !== undefined) return ['grid', 'facilities'];
  const mapping = detectFacilityFields(table.header);
  if (mapping.type !== undefined) return ['facilities', 'grid'];
  const records = table.rows
    .slice(0, 200)
    .map((row) => Object.fromEntries(table.header.map((name, index) => [name, row[index] ?? ''])));
  return detectValueField(summarizeFields(records)) !== undefined
    ? ['grid', 'facilities']
    : ['facilities', 'grid'];
}

/** Plausible kinds of a file (CSV needs its table: see {@link csvKinds}). */
export function kindsOf(read: ReadSource): ImportKind[] {
  if (read.format === 'geotiff') return ['grid'];
  if (read.source) return vectorKinds(read.source);
  return ['grid', 'facilities'];
}

/** Every coordinate of a vector source, for CRS questions. */
export function sourcePositions(source: VectorSource) {
  return positionsOfGeometries(source.features.map((feature) => feature.geometry));
}
