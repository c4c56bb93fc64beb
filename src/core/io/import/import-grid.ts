/**
 * Population grids from any supported file (domain.md § Inputs, "Population grid"): GeoTIFF through
 * geotiff-grid.ts, CSV with coordinates through csv-grid.ts, CSV with H3 ids, and vector features with a value.
 */
import { fromArrayBuffer } from 'geotiff';
import { resolveCrs } from '../../geo/crs';
import type { PopulationGrid } from '../../model/grid';
import { ok, type Result } from '../../model/result';
import { type CsvGridOptions, parseCsvGrid, parseCsvRows } from '../csv-grid';
import { readGeoTiffGrid, readGeoTiffLayers } from '../geotiff-grid';
import { detectFormat } from './detect-format';
import { gridFromFeatures } from './grid-from-features';
import { detectH3Column, gridFromH3 } from './grid-from-h3';
// import-file.ts imports this module too; the cycle is safe because neither uses the other at load time.
import { importFile } from './import-file';
import type { ImportedGrid, ImportIssue, ImportOptions, ImportProgress } from './import-types';
import { MAX_GEOTIFF_PIXELS, MAX_GRID_CELLS } from './limits';
import { importFail, importIssue } from './messages';
import { decodeText } from './text-decode';
import type { VectorSource } from './vector-source';

/** Σ of every layer, persons. */
export function layerTotals(grid: PopulationGrid): Record<string, number> {
  return Object.fromEntries(
    Object.entries(grid.layers).map(([id, values]) => [id, values.reduce((sum, value) => sum + value, 0)]),
  );
}

function gridResult(
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

/** Width × height of the first image, or a coded error when the header cannot be read. */
async function geoTiffPixelCount(buffer: ArrayBuffer): Promise<Result<number>> {
  try {
    const image = await (await fromArrayBuffer(buffer)).getImage(0);
    return ok(image.getWidth() * image.getHeight());
  } catch (error) {
    return importFail('import-failed', { reason: error instanceof Error ? error.message : String(error) });
  }
}

async function importGeoTiff(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<Result<ImportedGrid>> {
  const buffer = exactBuffer(bytes);
  const pixels = await geoTiffPixelCount(buffer);
  if (!pixels.ok) {
    const error: ImportIssue = pixels.error;
    const reason = error.details?.reason ?? error.message;
    return { ok: false, error: { code: 'geotiff-unreadable', message: `Not a readable GeoTIFF: ${reason}` } };
  }
  if (pixels.value > MAX_GEOTIFF_PIXELS) return importFail('geotiff-too-large', { count: pixels.value });
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

/** One file of {@link importGridLayers} and the layer id its values go to. */
export interface GridLayerInput {
  input: { name: string; bytes: Uint8Array };
  layerId: string;
}

/** Cells keyed by exact centroid; the first grid's cell order, then new cells in file order. */
function mergeLayers(grids: { layerId: string; grid: PopulationGrid }[]): PopulationGrid {
  const keyOf = (grid: PopulationGrid, cell: number) => `${grid.lon[cell]},${grid.lat[cell]}`;
  const cellOfKey = new Map<string, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const area: number[] = [];
  for (const { grid } of grids) {
    for (let cell = 0; cell < grid.cellCount; cell++) {
      const key = keyOf(grid, cell);
      if (cellOfKey.has(key)) continue;
      cellOfKey.set(key, lon.length);
      lon.push(grid.lon[cell] as number);
      lat.push(grid.lat[cell] as number);
      area.push(grid.cellAreaSquareMeters[cell] as number);
    }
  }
  const layers: Record<string, Float32Array> = {};
  for (const { layerId, grid } of grids) {
    const values = new Float32Array(lon.length);
    const source = Object.values(grid.layers)[0] ?? new Float32Array(grid.cellCount);
    for (let cell = 0; cell < grid.cellCount; cell++)
      values[cellOfKey.get(keyOf(grid, cell)) as number] = source[cell] as number;
    layers[layerId] = values;
  }
  return {
    cellCount: lon.length,
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    cellAreaSquareMeters: Float32Array.from(area),
    layers,
  };
}

/**
 * Reads several files as the layers of one grid (domain.md § Inputs: "several layers on the same cells", e.g. adults
 * and elderly). GeoTIFFs go through readGeoTiffLayers (same pixels required, nodata masks united, raster layout
 * kept). Other files are imported one by one and merged on identical centroids; a cell missing from a layer counts 0
 * there, and fewer than half of the smaller layer's cells in common fails with `grid-layers-mismatch`. Errors also:
 * `grid-layer-duplicate` and each file's own.
 */
export async function importGridLayers(
  inputs: readonly GridLayerInput[],
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<Result<ImportedGrid>> {
  const ids = inputs.map((item) => item.layerId);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) return importFail('grid-layer-duplicate', { layer: duplicate });
  const name = inputs.map((item) => item.input.name).join(' + ');
  if (
    inputs.length > 0 &&
    inputs.every((item) => detectFormat(item.input.name, item.input.bytes) === 'geotiff')
  ) {
    const read = await readGeoTiffLayers(
      inputs.map((item) => ({
        buffer: exactBuffer(item.input.bytes),
        layerId: item.layerId,
        ...(options.band === undefined ? {} : { band: options.band }),
      })),
      {
        ...(options.crs === undefined ? {} : { crs: options.crs }),
        onProgress: (fraction) => onProgress?.(fraction, 'parse'),
      },
    );
    if (!read.ok) return read;
    return gridResult(name, 'geotiff', read.value.grid, read.value.crsId, [], read.value.notes);
  }
  const grids: { layerId: string; grid: PopulationGrid; crsId: string; format: ImportedGrid['format'] }[] =
    [];
  const warnings: ImportIssue[] = [];
  const notes: string[] = [];
  for (const [index, item] of inputs.entries()) {
    const read = await importFile(item.input, { ...options, kind: 'grid', layerId: item.layerId });
    if (!read.ok) return read;
    if (read.value.kind !== 'grid')
      return importFail('kind-unsupported', { format: read.value.format, kind: 'grid' });
    grids.push({
      layerId: item.layerId,
      grid: read.value.grid,
      crsId: read.value.crsId,
      format: read.value.format,
    });
    warnings.push(...read.value.warnings);
    notes.push(...read.value.notes);
    onProgress?.((index + 1) / inputs.length, 'parse');
  }
  const merged = mergeLayers(grids);
  for (const { layerId, grid } of grids.slice(1)) {
    const first = grids[0] as (typeof grids)[number];
    const shared = first.grid.cellCount + grid.cellCount - merged.cellCount;
    if (shared < Math.min(first.grid.cellCount, grid.cellCount) / 2) {
      return importFail('grid-layers-mismatch', { layer: layerId, first: first.layerId });
    }
  }
  return gridResult(
    name,
    grids[0]?.format ?? 'unknown',
    merged,
    grids[0]?.crsId ?? 'EPSG:4326',
    warnings,
    notes,
  );
}
