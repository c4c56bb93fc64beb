/**
 * Population grids from CSV (domain.md § Inputs, "Population grid"): one row per cell with its centroid and a
 * population value. The cells are irregular points (hexagons, survey points), so the grid has no RasterLayout.
 */
import Papa from 'papaparse';
import { type CrsInfo, createToWgs84, crsRangeCheck, resolveCrs } from '../geo/crs';
import type { PopulationGrid } from '../model/grid';
import { fail, ok, type Result } from '../model/result';
import { estimateCellArea } from './cell-area-estimate';

/** Options of {@link parseCsvGrid}. */
export interface CsvGridOptions {
  /** Layer id under which the values are stored; default `total`. */
  layerId?: string;
  /** CRS of the coordinate columns. Default: WGS 84 for lon/lat columns; required for projected x/y values. */
  crs?: CrsInfo;
  /** Column names, overriding the case-insensitive auto-detection. */
  xColumn?: string;
  yColumn?: string;
  valueColumn?: string;
  /** Cell area in m²; default: estimated from the median nearest-neighbour spacing ({@link estimateCellArea}). */
  cellAreaSquareMeters?: number;
  /** Refuse files with more cells than this; default 5,000,000. */
  maxCells?: number;
}

/** A parsed CSV grid and what was assumed to read it. */
export interface CsvGridImport {
  grid: PopulationGrid;
  /** The header names actually used. */
  columns: { x: string; y: string; value: string };
  /** Id of the CRS the coordinates were read in (converted to WGS 84). */
  crsId: string;
  /** Rows skipped because their value cell was empty. */
  skippedEmptyValues: number;
  /** Area given to every cell, m², and how it was obtained. */
  cellAreaSquareMeters: number;
  cellAreaSource: 'given' | 'rectangular-spacing' | 'hexagonal-spacing';
  /** Human-readable assumptions worth showing to the user (English). */
  notes: string[];
}

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', '经度'];
const LAT_NAMES = ['lat', 'latitude', '纬度'];
const X_NAMES = ['x', 'easting', 'point_x', 'x坐标', '东坐标'];
const Y_NAMES = ['y', 'northing', 'point_y', 'y坐标', '北坐标'];
const VALUE_NAMES = [
  'population',
  'pop',
  'value',
  'count',
  'persons',
  'total',
  '人口',
  '人口数',
  '人数',
  '常住人口',
];
const DEFAULT_MAX_CELLS = 5_000_000;

function findColumn(header: string[], wanted: string | undefined, candidates: string[]): number {
  const normalized = header.map((name) => name.trim().toLowerCase());
  if (wanted !== undefined) return normalized.indexOf(wanted.trim().toLowerCase());
  for (const candidate of candidates) {
    const index = normalized.indexOf(candidate);
    if (index >= 0) return index;
  }
  return -1;
}

/** A CSV split into its header and data rows (every row as long as the header). */
export interface ParsedRows {
  header: string[];
  rows: string[][];
}

/**
 * Splits CSV text (a leading byte-order mark dropped, blank lines skipped) into header and rows. Fails with
 * `csv-malformed` (unbalanced quotes, ragged rows: a truncated file) or `csv-empty`. Shared with the import path.
 */
export function parseCsvRows(text: string): Result<ParsedRows> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const fatal = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (fatal) {
    const where = fatal.row === undefined ? '' : ` at data row ${fatal.row}`;
    return fail('csv-malformed', `Malformed CSV${where}: ${fatal.message}`);
  }
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) return fail('csv-empty', 'The CSV has no data rows');
  const width = header.length;
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged >= 0) {
    return fail(
      'csv-malformed',
      `Data row ${ragged + 1} has ${rows[ragged]?.length} fields, the header has ${width} (truncated file?)`,
    );
  }
  return ok({ header, rows });
}

interface ColumnChoice {
  x: number;
  y: number;
  value: number;
  geographicNames: boolean;
}

function chooseColumns(header: string[], options: CsvGridOptions): Result<ColumnChoice> {
  const lon = findColumn(header, options.xColumn, LON_NAMES);
  const lat = findColumn(header, options.yColumn, LAT_NAMES);
  const useLonLat = lon >= 0 && lat >= 0;
  const x = useLonLat ? lon : findColumn(header, options.xColumn, X_NAMES);
  const y = useLonLat ? lat : findColumn(header, options.yColumn, Y_NAMES);
  if (x < 0 || y < 0) {
    return fail(
      'csv-no-coordinate-columns',
      `No coordinate columns found (expected lon/lat, longitude/latitude, 经度/纬度 or x/y); header: ${header.join(', ')}`,
    );
  }
  const value = findColumn(header, options.valueColumn, VALUE_NAMES);
  if (value < 0) {
    const wanted = options.valueColumn ?? 'population (or pop, value, count, 人口)';
    return fail('csv-no-value-column', `No value column "${wanted}"; header: ${header.join(', ')}`);
  }
  return ok({ x, y, value, geographicNames: useLonLat && options.xColumn === undefined });
}

/** Parses a finite number; `undefined` for an empty cell, `NaN` for anything unreadable. */
function parseNumber(cell: string | undefined): number | undefined {
  const trimmed = (cell ?? '').trim();
  if (trimmed === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

interface RawCells {
  x: number[];
  y: number[];
  values: number[];
  skippedEmptyValues: number;
}

function readCells(rows: string[][], columns: ColumnChoice, header: string[]): Result<RawCells> {
  const cells: RawCells = { x: [], y: [], values: [], skippedEmptyValues: 0 };
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const rowLabel = `data row ${index + 1}`;
    const value = parseNumber(row[columns.value]);
    if (value === undefined) {
      cells.skippedEmptyValues++;
      continue;
    }
    const valueName = header[columns.value];
    if (!Number.isFinite(value)) {
      return fail(
        'csv-invalid-value',
        `${rowLabel}: "${row[columns.value]}" in column ${valueName} is not a number`,
      );
    }
    if (value < 0)
      return fail('csv-negative-value', `${rowLabel}: negative value ${value} in column ${valueName}`);
    const x = parseNumber(row[columns.x]);
    const y = parseNumber(row[columns.y]);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      return fail(
        'csv-invalid-coordinate',
        `${rowLabel}: coordinates "${row[columns.x]}", "${row[columns.y]}"`,
      );
    }
    cells.x.push(x);
    cells.y.push(y);
    cells.values.push(value);
  }
  if (cells.values.length === 0) return fail('csv-empty', 'Every row of the CSV has an empty value');
  return ok(cells);
}

function chooseCrs(
  cells: RawCells,
  columns: ColumnChoice,
  options: CsvGridOptions,
  notes: string[],
): Result<CrsInfo> {
  if (options.crs) return ok(options.crs);
  const wgs84 = resolveCrs('EPSG:4326');
  if (!wgs84.ok) return wgs84;
  if (columns.geographicNames) return ok(wgs84.value);
  const allDegrees = cells.x.every((x, i) => crsRangeCheck(wgs84.value, x, cells.y[i] ?? Number.NaN));
  if (!allDegrees) {
    return fail(
      'csv-crs-required',
      'The x/y columns hold projected coordinates: say which coordinate system',
    );
  }
  notes.push('x/y columns read as WGS 84 longitude/latitude');
  return ok(wgs84.value);
}

function checkRange(cells: RawCells, crs: CrsInfo): Result<true> {
  for (let i = 0; i < cells.x.length; i++) {
    const x = cells.x[i] ?? Number.NaN;
    const y = cells.y[i] ?? Number.NaN;
    if (crsRangeCheck(crs, x, y)) continue;
    const allSwappedFit = cells.x.every((sx, j) => crsRangeCheck(crs, cells.y[j] ?? Number.NaN, sx));
    if (allSwappedFit) {
      return fail(
        'csv-swapped-coordinates',
        `The coordinates look swapped for ${crs.name} (e.g. ${x}, ${y})`,
      );
    }
    return fail('csv-coordinate-out-of-range', `Coordinates ${x}, ${y} lie outside the range of ${crs.name}`);
  }
  return ok(true);
}

function cellArea(
  lon: Float64Array,
  lat: Float64Array,
  given: number | undefined,
): Result<{ squareMeters: number; source: CsvGridImport['cellAreaSource'] }> {
  if (given !== undefined) {
    if (!(given > 0) || !Number.isFinite(given)) {
      return fail('csv-invalid-cell-area', `Cell area ${given} m² is not a positive number`);
    }
    return ok({ squareMeters: given, source: 'given' });
  }
  const estimate = estimateCellArea(lon, lat);
  if (!estimate) {
    return fail('csv-cell-area-unknown', 'Cannot estimate the cell area from fewer than two distinct cells');
  }
  const source = estimate.lattice === 'hexagonal' ? 'hexagonal-spacing' : 'rectangular-spacing';
  return ok({ squareMeters: estimate.cellAreaSquareMeters, source });
}

/**
 * Parses a CSV population grid. Columns are found case-insensitively (`lon,lat,population`, `longitude/latitude`,
 * `经度/纬度/人口`, or `x/y` with a CRS); rows with an empty value are skipped and counted; a non-numeric or
 * negative value, a malformed or ragged file, swapped or out-of-range coordinates fail with a code
 * (`csv-malformed`, `csv-empty`, `csv-no-coordinate-columns`, `csv-no-value-column`, `csv-invalid-value`,
 * `csv-negative-value`, `csv-invalid-coordinate`, `csv-crs-required`, `csv-swapped-coordinates`,
 * `csv-coordinate-out-of-range`, `csv-too-many-cells`, `csv-invalid-cell-area`, `csv-cell-area-unknown`). Centroids are returned in WGS 84
 * degrees, values as persons per cell in one layer, every cell with the same area in m².
 */
export function parseCsvGrid(text: string, options: CsvGridOptions = {}): Result<CsvGridImport> {
  const parsed = parseCsvRows(text);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.value;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  if (rows.length > maxCells) {
    return fail('csv-too-many-cells', `${rows.length} rows exceed the limit of ${maxCells} cells`);
  }
  const columns = chooseColumns(header, options);
  if (!columns.ok) return columns;
  const cells = readCells(rows, columns.value, header);
  if (!cells.ok) return cells;
  const notes: string[] = [];
  const crs = chooseCrs(cells.value, columns.value, options, notes);
  if (!crs.ok) return crs;
  const inRange = checkRange(cells.value, crs.value);
  if (!inRange.ok) return inRange;

  const cellCount = cells.value.values.length;
  const lon = new Float64Array(cellCount);
  const lat = new Float64Array(cellCount);
  const toWgs84 = createToWgs84(crs.value);
  for (let i = 0; i < cellCount; i++) {
    const [cellLon, cellLat] = toWgs84(cells.value.x[i] ?? 0, cells.value.y[i] ?? 0);
    lon[i] = cellLon;
    lat[i] = cellLat;
  }
  const area = cellArea(lon, lat, options.cellAreaSquareMeters);
  if (!area.ok) return area;
  if (cells.value.skippedEmptyValues > 0)
    notes.push(`${cells.value.skippedEmptyValues} rows with an empty value skipped`);
  return ok({
    grid: {
      cellCount,
      lon,
      lat,
      cellAreaSquareMeters: new Float32Array(cellCount).fill(area.value.squareMeters),
      layers: { [options.layerId ?? 'total']: Float32Array.from(cells.value.values) },
    },
    columns: {
      x: header[columns.value.x] ?? '',
      y: header[columns.value.y] ?? '',
      value: header[columns.value.value] ?? '',
    },
    crsId: crs.value.id,
    skippedEmptyValues: cells.value.skippedEmptyValues,
    cellAreaSquareMeters: area.value.squareMeters,
    cellAreaSource: area.value.source,
    notes,
  });
}
