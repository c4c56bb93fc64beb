/**
 * Facilities from GeoJSON (the facility schema, through facilities-geojson.ts), from vector features with other
 * properties, or from CSV with coordinate columns (domain.md § Inputs, "Facilities"; issue #5).
 */
import { type CrsInfo, createToWgs84 } from '../../geo/crs';
import { ok, type Result } from '../../model/result';
import { facilityTypeIdOf, findFacilityPreset } from '../../rules/facility-presets';
import { type ParsedRows, parseCsvRows } from '../csv-grid';
import { parseFacilitiesGeoJson } from '../facilities-geojson';
import { chooseCrs, emptyPositions, type PositionColumns, positionsOfGeometries } from './coordinates';
import { detectFacilityFields, type FacilityRecord, facilitiesFromRecords } from './facility-records';
import { numberOf } from './field-values';
import type { ImportedFacilities, ImportIssue, ImportOptions } from './import-types';
import { MAX_FACILITY_FEATURES } from './limits';
import { importFail, importIssue } from './messages';
import { decodeText } from './text-decode';
import { isRecord, type VectorSource } from './vector-source';

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', '经度', 'x坐标'];
const LAT_NAMES = ['lat', 'latitude', '纬度', 'y坐标'];
const X_NAMES = ['x', 'point_x', 'easting', 'coord_x'];
const Y_NAMES = ['y', 'point_y', 'northing', 'coord_y'];

function indexOfAny(header: string[], names: string[]): number {
  const lower = header.map((name) => name.trim().toLowerCase());
  for (const name of names) {
    const index = lower.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** Which of two unnamed columns is longitude, from the ranges of their values (China first, then the world). */
function detectAxisOrder(first: number[], second: number[]): 'lonlat' | 'latlon' | undefined {
  const within = (values: number[], min: number, max: number) =>
    values.every((value) => value >= min && value <= max);
  if (within(first, 73, 136) && within(second, 3, 54)) return 'lonlat';
  if (within(first, 3, 54) && within(second, 73, 136)) return 'latlon';
  const latitudes = (values: number[]) => within(values, -90, 90);
  if (latitudes(second) && !latitudes(first)) return 'lonlat';
  if (latitudes(first) && !latitudes(second)) return 'latlon';
  return undefined;
}

interface CsvCoordinates {
  x: number;
  y: number;
  named: boolean;
}

/** Column indexes of x (longitude/easting) and y, by option, by name, or by value ranges of unnamed pairs. */
function coordinateColumns(table: ParsedRows, options: ImportOptions): Result<CsvCoordinates> {
  const { header, rows } = table;
  if (options.xColumn !== undefined && options.yColumn !== undefined) {
    return ok({ x: header.indexOf(options.xColumn), y: header.indexOf(options.yColumn), named: true });
  }
  const lon = indexOfAny(header, LON_NAMES);
  const lat = indexOfAny(header, LAT_NAMES);
  if (lon >= 0 && lat >= 0) return ok({ x: lon, y: lat, named: true });
  const a = indexOfAny(header, X_NAMES);
  const b = indexOfAny(header, Y_NAMES);
  if (a < 0 || b < 0) {
    return importFail('csv-no-coordinates', { header: header.join(', ') });
  }
  const order =
    options.axisOrder ??
    detectAxisOrder(
      rows.map((row) => Number(row[a])),
      rows.map((row) => Number(row[b])),
    );
  if (order === undefined) {
    const projected = rows.some((row) => Math.abs(Number(row[a])) > 180 || Math.abs(Number(row[b])) > 180);
    if (projected) return ok({ x: a, y: b, named: false });
    return importFail('axis-order-ambiguous');
  }
  return ok(order === 'lonlat' ? { x: a, y: b, named: false } : { x: b, y: a, named: false });
}

function csvRecords(
  table: ParsedRows,
  columns: CsvCoordinates,
): Result<{ records: FacilityRecord[]; positions: PositionColumns }> {
  const positions = emptyPositions();
  const records: FacilityRecord[] = [];
  for (const [index, row] of table.rows.entries()) {
    const x = numberOf(row[columns.x]);
    const y = numberOf(row[columns.y]);
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) {
      return importFail('facilities-value-invalid', {
        item: index + 1,
        field: `${table.header[columns.x]}/${table.header[columns.y]}`,
        value: `${row[columns.x] ?? ''}, ${row[columns.y] ?? ''}`,
        what: 'coordinate',
      });
    }
    positions.x.push(x);
    positions.y.push(y);
    positions.item.push(index + 1);
    const values = Object.fromEntries(table.header.map((name, column) => [name, row[column] ?? '']));
    records.push({ item: index + 1, lon: x, lat: y, values });
  }
  return ok({ records, positions });
}

function convertRecords(records: FacilityRecord[], crs: CrsInfo): FacilityRecord[] {
  const toWgs84 = createToWgs84(crs);
  return records.map((record) => {
    const [lon, lat] = toWgs84(record.lon, record.lat);
    return { ...record, lon, lat };
  });
}

function result(
  fileName: string,
  format: ImportedFacilities['format'],
  facilities: ImportedFacilities['facilities'],
  crs: CrsInfo,
  warnings: ImportIssue[],
  notes: string[],
): Result<ImportedFacilities> {
  if (crs.id !== 'EPSG:4326') notes.push(`Coordinates converted from ${crs.name} (${crs.id}) to WGS 84.`);
  return ok({ kind: 'facilities', fileName, format, crsId: crs.id, facilities, warnings, notes });
}

function importCsvFacilities(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Result<ImportedFacilities> {
  const { text, encoding } = decodeText(bytes);
  const table = parseCsvRows(text);
  if (!table.ok) return table;
  if (table.value.rows.length > MAX_FACILITY_FEATURES) {
    return importFail('facilities-too-many', { count: table.value.rows.length });
  }
  const columns = coordinateColumns(table.value, options);
  if (!columns.ok) return columns;
  const read = csvRecords(table.value, columns.value);
  if (!read.ok) return read;
  const chosen = chooseCrs(read.value.positions, options.crs, undefined);
  if (!chosen.ok) return chosen;
  const mapping = detectFacilityFields(table.value.header, options.facilityFields);
  const facilities = facilitiesFromRecords(
    convertRecords(read.value.records, chosen.value.crs),
    mapping,
    options,
  );
  if (!facilities.ok) return facilities;
  const warnings = encoding === 'gb18030' ? [importIssue('encoding-gbk')] : [];
  return result(fileName, 'csv', facilities.value, chosen.value.crs, warnings, []);
}

/** True when the features carry the facility schema (`type` and `area_m2`) and no mapping was asked for. */
function hasFacilitySchema(source: VectorSource, options: ImportOptions): boolean {
  if (options.facilityFields !== undefined || options.defaultFacilityType !== undefined) return false;
  return source.features.every((feature) => 'type' in feature.properties && 'area_m2' in feature.properties);
}

function importVectorFacilities(
  fileName: string,
  source: VectorSource,
  options: ImportOptions,
): Result<ImportedFacilities> {
  if (source.features.length > MAX_FACILITY_FEATURES) {
    return importFail('facilities-too-many', { count: source.features.length });
  }
  const positions = positionsOfGeometries(source.features.map((feature) => feature.geometry));
  const chosen = chooseCrs(positions, options.crs, source.declaredCrs);
  if (!chosen.ok) return chosen;
  const crs = chosen.value.crs;
  if (hasFacilitySchema(source, options)) {
    const collection = {
      type: 'FeatureCollection',
      features: source.features.map((feature) => ({ type: 'Feature', ...feature })),
    };
    const facilities = parseFacilitiesGeoJson(collection, {
      typeIdOf: facilityTypeIdOf,
      defaultRadiusMeters: (type) => findFacilityPreset(type)?.radiusMeters,
      crs,
      maxFeatures: MAX_FACILITY_FEATURES,
    });
    if (!facilities.ok) return facilities;
    return result(fileName, source.format, facilities.value, crs, [...source.warnings], [...source.notes]);
  }
  const records: FacilityRecord[] = [];
  for (const [index, feature] of source.features.entries()) {
    const geometry = feature.geometry;
    if (!isRecord(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      const found = isRecord(geometry) ? String(geometry.type) : 'no geometry';
      return importFail('geometry-type', {
        feature: index + 1,
        found,
        kind: 'facilities',
        expected: 'Point',
      });
    }
    const [x, y] = geometry.coordinates as number[];
    const values = { ...feature.properties };
    if (feature.id !== undefined && !('id' in values)) values.id = feature.id;
    records.push({ item: index + 1, lon: x as number, lat: y as number, values });
  }
  const mapping = detectFacilityFields(Object.keys(records[0]?.values ?? {}), options.facilityFields);
  const facilities = facilitiesFromRecords(convertRecords(records, crs), mapping, options);
  if (!facilities.ok) return facilities;
  return result(fileName, source.format, facilities.value, crs, [...source.warnings], [...source.notes]);
}

/**
 * Reads facilities from a CSV (coordinate columns by name — lon/lat, 经度/纬度 — or an x/y pair whose order is
 * `options.axisOrder` or detected from the value ranges) or from a vector source. Errors: `csv-…` table codes,
 * `csv-no-coordinates`, `axis-order-ambiguous`, `facilities-…` codes, `geometry-type` and the coordinate codes.
 */
export function importFacilities(
  input: { name: string; bytes: Uint8Array },
  format: ImportedFacilities['format'],
  source: VectorSource | undefined,
  options: ImportOptions,
): Result<ImportedFacilities> {
  if (format === 'csv') return importCsvFacilities(input.name, input.bytes, options);
  if (source) return importVectorFacilities(input.name, source, options);
  return importFail('kind-unsupported', { format, kind: 'facilities' });
}
