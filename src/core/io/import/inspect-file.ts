/**
 * The inspection step of the import path (issue #5): what a file is, what it contains, what the importer would
 * assume, and what the user must confirm — a CRS for projected numbers without one (never guessed), GCJ-02 for
 * lon/lat in China (cannot be told from the numbers), the name, value and coordinate fields, the axis order.
 */
import { fromArrayBuffer } from 'geotiff';
import { crsFromGeoKeys, crsRangeCheck, resolveCrs } from '../../geo/crs';
import { ok, type Result } from '../../model/result';
import { inspectNetworkOnlyFile, withNetworkSummary } from '../../network/inspect-network';
import { type ParsedRows, parseCsvRows } from '../csv-grid';
import { maybeGcj02, type PositionColumns } from './coordinates';
import { detectFacilityFields, missingFacilityFields } from './facility-records';
import { detectValueField, numberOf, summarizeFields } from './field-values';
import { detectH3Column, rowRecords } from './grid-from-h3';
import { detectDistrictNameField } from './import-districts';
import { exactBuffer } from './import-grid';
import { detectLevelFields } from './import-level';
import type { FileInspection, ImportInput, ImportQuestion } from './import-types';
import { importFail } from './messages';
import { csvKinds, kindsOf, type ReadSource, readSource, sourcePositions } from './read-source';
import { decodeText } from './text-decode';
import type { VectorSource } from './vector-source';

/** CRS choices offered when a projected file names none (domain.md § Inputs, CRS), most common in China first. */
export const PROJECTED_CRS_CHOICES = [
  'EPSG:4547',
  'EPSG:4546',
  'EPSG:4548',
  'EPSG:4549',
  'EPSG:32650',
  'EPSG:32649',
  'EPSG:3857',
];

function crsQuestion(positions: PositionColumns, declared: string | undefined): ImportQuestion | undefined {
  const wgs84 = resolveCrs('EPSG:4326');
  if (!wgs84.ok || positions.x.length === 0) return undefined;
  if (declared !== undefined) {
    const crs = resolveCrs(declared);
    return crs.ok && maybeGcj02(positions, crs.value)
      ? { topic: 'crs', required: false, reason: 'maybe-gcj02', choices: ['EPSG:4326', 'gcj02'] }
      : undefined;
  }
  const lonLat = positions.x.every((x, index) => crsRangeCheck(wgs84.value, x, positions.y[index] as number));
  if (!lonLat)
    return { topic: 'crs', required: true, reason: 'projected-without-crs', choices: PROJECTED_CRS_CHOICES };
  return maybeGcj02(positions, wgs84.value)
    ? { topic: 'crs', required: false, reason: 'maybe-gcj02', choices: ['EPSG:4326', 'gcj02'] }
    : undefined;
}

function inspectVector(name: string, read: ReadSource, source: VectorSource): FileInspection {
  const kinds = kindsOf(read);
  const fields = summarizeFields(source.features.slice(0, 1000).map((feature) => feature.properties));
  const inspection: FileInspection = {
    fileName: name,
    format: read.format,
    kinds,
    itemCount: source.features.length,
    fields,
    layers: source.layers,
    suggested: { kind: kinds[0] as FileInspection['kinds'][number], layer: source.layer },
    questions: [],
    notes: [...source.notes],
  };
  if (source.declaredCrs) inspection.declaredCrs = source.declaredCrs.id;
  const questions = inspection.questions;
  if (kinds.length > 1) questions.push({ topic: 'kind', required: false, choices: kinds });
  if (source.layers.length > 1) questions.push({ topic: 'layer', required: false, choices: source.layers });
  const crs = crsQuestion(sourcePositions(source), source.declaredCrs?.id);
  if (crs) questions.push(crs);
  const textFields = fields.filter((field) => !field.numeric).map((field) => field.name);
  const nameField = detectDistrictNameField(source.features);
  if (nameField !== undefined) inspection.suggested.nameField = nameField;
  if (kinds.includes('level')) Object.assign(inspection.suggested, levelSuggestions(name, source));
  if (kinds[0] === 'districts')
    questions.push({ topic: 'nameField', required: nameField === undefined, choices: textFields });
  const valueField = detectValueField(fields);
  if (valueField !== undefined) inspection.suggested.valueField = valueField;
  if (kinds[0] === 'grid') {
    const numeric = fields.filter((field) => field.numeric).map((field) => field.name);
    questions.push({ topic: 'valueField', required: valueField === undefined, choices: numeric });
  }
  if (kinds[0] === 'facilities')
    facilityQuestion(
      inspection,
      fields.map((field) => field.name),
    );
  return inspection;
}

/** What a level import of this file would start with: the file's base name as the level's name, code and parent. */
function levelSuggestions(fileName: string, source: VectorSource) {
  const base = fileName.replace(/\.[^.]+$/, '').trim();
  return { ...(base ? { levelName: base } : {}), ...detectLevelFields(source.features) };
}

function facilityQuestion(inspection: FileInspection, fieldNames: string[]): void {
  if (fieldNames.includes('type') && fieldNames.includes('area_m2')) return;
  const mapping = detectFacilityFields(fieldNames);
  inspection.suggested.facilityFields = mapping;
  const missing = missingFacilityFields(mapping, {});
  inspection.questions.push({
    topic: 'facilityFields',
    required: missing.length > 0,
    missing,
    choices: fieldNames,
  });
}

const LON_LAT_NAMES = /^(lon|lng|long|longitude|经度|lat|latitude|纬度)$/i;
const XY_NAMES = /^(x|y|point_x|point_y|easting|northing|coord_x|coord_y)$/i;

function csvPositions(table: ParsedRows): PositionColumns | undefined {
  const lower = table.header.map((name) => name.trim().toLowerCase());
  const pick = (names: string[]) => names.map((n) => lower.indexOf(n)).find((index) => index >= 0);
  const x = pick(['lon', 'lng', 'long', 'longitude', '经度', 'x', 'point_x', 'easting', 'coord_x']);
  const y = pick(['lat', 'latitude', '纬度', 'y', 'point_y', 'northing', 'coord_y']);
  if (x === undefined || y === undefined) return undefined;
  const positions: PositionColumns = { x: [], y: [], item: [] };
  table.rows.slice(0, 5000).forEach((row, index) => {
    const xValue = numberOf(row[x]);
    const yValue = numberOf(row[y]);
    if (xValue === undefined || yValue === undefined) return;
    positions.x.push(xValue);
    positions.y.push(yValue);
    positions.item.push(index + 1);
  });
  return positions;
}

function inspectCsv(input: ImportInput): Result<FileInspection> {
  const { text, encoding } = decodeText(input.bytes);
  const table = parseCsvRows(text);
  if (!table.ok) return table;
  const kinds = csvKinds(table.value);
  const fields = summarizeFields(rowRecords(table.value, 1000));
  const inspection: FileInspection = {
    fileName: input.name,
    format: 'csv',
    kinds,
    itemCount: table.value.rows.length,
    fields,
    layers: [],
    suggested: { kind: kinds[0] as FileInspection['kinds'][number] },
    questions: [{ topic: 'kind', required: false, choices: kinds }],
    notes: encoding === 'gb18030' ? ['The file is not UTF-8; it was read as GBK (GB 18030).'] : [],
  };
  const h3Column = detectH3Column(table.value);
  const header = table.value.header;
  if (h3Column !== undefined) {
    inspection.suggested.h3Column = h3Column;
    inspection.notes.push(`Column "${h3Column}" holds H3 cell ids.`);
  } else {
    const positions = csvPositions(table.value);
    const named = header.filter((name) => LON_LAT_NAMES.test(name.trim())).length >= 2;
    if (!positions)
      inspection.questions.push({ topic: 'coordinateColumns', required: true, choices: header });
    else {
      const crs = crsQuestion(positions, undefined);
      if (crs) inspection.questions.push(crs);
      if (!named && header.some((name) => XY_NAMES.test(name.trim()))) {
        inspection.questions.push({ topic: 'axisOrder', required: false, choices: ['lonlat', 'latlon'] });
      }
    }
  }
  const valueField = detectValueField(fields);
  if (valueField !== undefined) inspection.suggested.valueField = valueField;
  if (kinds[0] === 'grid') {
    const numeric = fields.filter((field) => field.numeric).map((field) => field.name);
    inspection.questions.push({ topic: 'valueField', required: valueField === undefined, choices: numeric });
  } else {
    facilityQuestion(inspection, header);
  }
  return ok(inspection);
}

async function inspectGeoTiff(input: ImportInput): Promise<Result<FileInspection>> {
  let width: number;
  let height: number;
  let declared: string | undefined;
  let bands: number;
  try {
    const image = await (await fromArrayBuffer(exactBuffer(input.bytes))).getImage(0);
    width = image.getWidth();
    height = image.getHeight();
    bands = image.getSamplesPerPixel();
    declared = crsFromGeoKeys((image.getGeoKeys() ?? {}) as Record<string, unknown>);
  } catch (error) {
    return importFail('import-failed', { reason: error instanceof Error ? error.message : String(error) });
  }
  const inspection: FileInspection = {
    fileName: input.name,
    format: 'geotiff',
    kinds: ['grid'],
    itemCount: width * height,
    fields: Array.from({ length: bands }, (_, band) => ({
      name: `band ${band + 1}`,
      numeric: true,
      samples: [],
    })),
    layers: [],
    suggested: { kind: 'grid', layerId: 'total', band: 0 },
    questions: [],
    notes: [`${width} × ${height} pixels, ${bands} band(s).`],
  };
  if (declared !== undefined) inspection.declaredCrs = declared;
  // A GeoTIFF without GeoKeys is read as WGS 84 only when its extent is lon/lat (geotiff-grid.ts); confirm it.
  else
    inspection.questions.push({
      topic: 'crs',
      required: false,
      reason: 'projected-without-crs',
      choices: ['EPSG:4326', ...PROJECTED_CRS_CHOICES],
    });
  return ok(inspection);
}

/**
 * Inspects a file without building a grid: format (content first, then extension), plausible kinds, item count,
 * fields with sample values, layers, the CRS the file names, the options the importer would use (`suggested`) and
 * the `questions` to put to the user (a `required` question has no safe default: importing without an answer fails
 * with its code). Errors: `file-empty`, `file-too-large`, `format-unknown`, `import-failed` and the parsers' codes.
 * Never throws.
 */
export async function inspectFile(input: ImportInput): Promise<Result<FileInspection>> {
  try {
    const networkOnly = inspectNetworkOnlyFile(input);
    if (networkOnly) return networkOnly;
    const read = readSource(input, undefined);
    if (!read.ok) return read;
    if (read.value.format === 'geotiff') return await inspectGeoTiff(input);
    if (read.value.format === 'csv') return inspectCsv(input);
    const source = read.value.source;
    if (!source) return importFail('format-unknown');
    const inspection = inspectVector(input.name, read.value, source);
    return inspection.kinds[0] === 'network' ? withNetworkSummary(input, inspection) : ok(inspection);
  } catch (error) {
    return importFail('import-failed', { reason: error instanceof Error ? error.message : String(error) });
  }
}
