/**
 * Population grids from any supported file (domain.md § Inputs, "Population grid"): GeoTIFF through
 * geotiff-grid.ts, CSV with coordinates through csv-grid.ts, CSV with H3 ids, and vector features with a value.
 */
import { resolveCrs } from '../../geo/crs';
import type { PopulationGrid } from '../../model/grid';
import { ok, type Result } from '../../model/result';
import { type CsvGridOptions, parseCsvGrid, parseCsvRows } from '../csv-grid';
import { readGeoTiffGrid } from '../geotiff-grid';
import { gridFromFeatures } from './grid-from-features';
import { detectH3Column, gridFromH3 } from './grid-from-h3';
import type { ImportedGrid, ImportIssue, ImportOptions, ImportProgress } from './import-types';
import { MAX_GRID_CELLS } from './limits';
import { importFail, importIssue } from './messages';
import { decodeText } from './text-decode';
import type { VectorSource } from './vector-source';

/** Σ of every layer, persons. */
function layerTotals(grid: PopulationGrid): Record<string, number> {
  return Object.fromEntries(
    Object.entries(grid.layers).map(([id, values]) => [id, values.reduce((sum, value) => sum + value, 0)]),
  );
}

/** The grid as an import result (layer totals, warnings, notes); `grid-too-large` past MAX_GRID_CELLS. */
export function gridResult(
  fileName: string,
  format: ImportedGrid['format'],
  grid: PopulationGrid,
  crsId: string,
  warnings: ImportIssue[],
  notes: string[],
): Result<ImportedGrid> {
  if (grid.cellCount > MAX_GRID_CELLS) return importFail('grid-too-large', { count: grid.cellCount });
  return ok({
    kind: 'grid',
    fileName,
    format,
    crsId,
    grid,
    layerIds: Object.keys(grid.layers),
    totals: layerTotals(grid),
    warnings,
    notes,
  });
}

/** An ArrayBuffer holding exactly `bytes` (a view may sit inside a larger buffer). */
export function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function importGeoTiff(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<Result<ImportedGrid>> {
  // Pixel and block limits are checked by decodeGeoTiff from the declared sizes, before decoding.
  const buffer = exactBuffer(bytes);
  const tiffOptions: Parameters<typeof readGeoTiffGrid>[1] = { layerId: options.layerId ?? 'total' };
  if (options.crs !== undefined) tiffOptions.crs = options.crs;
  if (options.band !== undefined) tiffOptions.band = options.band;
  if (onProgress) tiffOptions.onProgress = (fraction) => onProgress(fraction, 'parse');
  const read = await readGeoTiffGrid(buffer, tiffOptions);
  if (!read.ok) return read;
  const { grid, crsId, notes } = read.value;
  return gridResult(fileName, 'geotiff', grid, crsId, [], notes);
}

function importCsvGrid(fileName: string, bytes: Uint8Array, options: ImportOptions): Result<ImportedGrid> {
  const { text, encoding } = decodeText(bytes);
  const warnings = encoding === 'gb18030' ? [importIssue('encoding-gbk')] : [];
  const table = parseCsvRows(text);
  if (!table.ok) return table;
  const h3Column =
    options.h3Column ?? (options.xColumn === undefined ? detectH3Column(table.value) : undefined);
  if (h3Column !== undefined) {
    const read = gridFromH3(table.value, h3Column, options);
    if (!read.ok) return read;
    return gridResult(fileName, 'csv', read.value.grid, 'EPSG:4326', warnings, read.value.notes);
  }
  const csvOptions: CsvGridOptions = { layerId: options.layerId ?? 'total', maxCells: MAX_GRID_CELLS };
  if (options.crs !== undefined) {
    const crs = resolveCrs(options.crs);
    if (!crs.ok) return crs;
    csvOptions.crs = crs.value;
  }
  if (options.xColumn !== undefined) csvOptions.xColumn = options.xColumn;
  if (options.yColumn !== undefined) csvOptions.yColumn = options.yColumn;
  if (options.valueField !== undefined) csvOptions.valueColumn = options.valueField;
  const read = parseCsvGrid(text, csvOptions);
  if (!read.ok) return read;
  return gridResult(fileName, 'csv', read.value.grid, read.value.crsId, warnings, read.value.notes);
}

function importVectorGrid(
  fileName: string,
  source: VectorSource,
  options: ImportOptions,
): Result<ImportedGrid> {
  const read = gridFromFeatures(source, options);
  if (!read.ok) return read;
  return gridResult(
    fileName,
    source.format,
    read.value.grid,
    read.value.crsId,
    [...source.warnings],
    read.value.notes,
  );
}

/**
 * Reads one file as a population grid of one layer (`options.layerId`, default `total`). `source` is the parsed
 * vector file for GeoJSON/TopoJSON/Shapefile, undefined for GeoTIFF and CSV. Errors: those of the readers, plus
 * `grid-too-large` and `geotiff-too-large` (limits.ts).
 */
export async function importGrid(
  input: { name: string; bytes: Uint8Array },
  format: ImportedGrid['format'],
  source: VectorSource | undefined,
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<Result<ImportedGrid>> {
  if (format === 'geotiff') return importGeoTiff(input.name, input.bytes, options, onProgress);
  if (format === 'csv') return importCsvGrid(input.name, input.bytes, options);
  if (source) return importVectorGrid(input.name, source, options);
  return importFail('kind-unsupported', { format, kind: 'grid' });
}
