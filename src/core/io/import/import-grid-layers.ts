/**
 * Several files read as the layers of one grid. Apart from import-grid.ts because it reads each non-GeoTIFF file
 * through importFile, which itself calls importGrid: here the dependency runs one way (this → import-file →
 * import-grid), with no import cycle.
 */
import type { PopulationGrid } from '../../model/grid';
import type { Result } from '../../model/result';
import { readGeoTiffLayers } from '../geotiff-grid';
import { detectFormat } from './detect-format';
import { importFile } from './import-file';
import { exactBuffer, gridResult } from './import-grid';
import type { ImportedGrid, ImportIssue, ImportOptions, ImportProgress } from './import-types';
import { importFail } from './messages';

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
