/**
 * Population grids from CSV rows keyed by H3 cell ids (domain.md § Inputs: "CSV (lon/lat or H3 cell id + value)").
 * Centroids and areas come from h3-js, so they are exact for every resolution and need no spacing estimate.
 */
import { cellArea, cellToLatLng, isValidCell } from 'h3-js';
import type { PopulationGrid } from '../../model/grid';
import { ok, type Result } from '../../model/result';
import type { ParsedRows } from '../csv-grid';
import { detectValueField, numberOf, summarizeFields } from './field-values';
import type { ImportOptions } from './import-types';
import { MAX_GRID_CELLS } from './limits';
import { importFail } from './messages';

/** Header names tried first for the H3 column. */
const H3_COLUMN_NAMES = ['h3', 'h3_id', 'h3_index', 'h3id', 'hex', 'hex_id', 'cell', 'cell_id', 'id'];

/** The column whose first non-empty value is an H3 cell id (named columns first), or undefined. */
export function detectH3Column({ header, rows }: ParsedRows): string | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const isH3 = (column: number) => isValidCell((first[column] ?? '').trim());
  const lower = header.map((name) => name.trim().toLowerCase());
  for (const name of H3_COLUMN_NAMES) {
    const index = lower.indexOf(name);
    if (index >= 0 && isH3(index)) return header[index];
  }
  const index = header.findIndex((_, column) => isH3(column));
  return index >= 0 ? header[index] : undefined;
}

/** Rows as records keyed by header name, for field summaries. */
export function rowRecords({ header, rows }: ParsedRows, limit = rows.length): Record<string, string>[] {
  return rows
    .slice(0, limit)
    .map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** A grid read from H3 ids. */
export interface H3Grid {
  grid: PopulationGrid;
  h3Column: string;
  valueField: string;
  notes: string[];
}

/**
 * Reads an H3-keyed table: one cell per row, centroid = `cellToLatLng`, area = `cellArea(…, 'm2')`, values from
 * `options.valueField` (default detected) into layer `options.layerId` (default `total`). Empty values are skipped.
 * Errors: `grid-too-large`, `grid-no-value-field`, `h3-invalid-cell`, `grid-value-invalid`, `grid-value-negative`,
 * `grid-duplicate-cell`, `grid-empty`.
 */
export function gridFromH3(table: ParsedRows, h3Column: string, options: ImportOptions): Result<H3Grid> {
  const { header, rows } = table;
  if (rows.length > MAX_GRID_CELLS) return importFail('grid-too-large', { count: rows.length });
  const idColumn = header.indexOf(h3Column);
  const fields = summarizeFields(rowRecords(table, 1000)).filter((field) => field.name !== h3Column);
  const valueField = options.valueField ?? detectValueField(fields);
  const valueColumn = valueField === undefined ? -1 : header.indexOf(valueField);
  if (valueField === undefined || valueColumn < 0 || idColumn < 0) {
    return importFail('grid-no-value-field', {
      fields: fields
        .filter((field) => field.numeric)
        .map((field) => field.name)
        .join(', '),
    });
  }
  const lon: number[] = [];
  const lat: number[] = [];
  const area: number[] = [];
  const values: number[] = [];
  const rowOfCell = new Map<string, number>();
  let skipped = 0;
  for (const [index, row] of rows.entries()) {
    const item = index + 1;
    const raw = row[valueColumn] ?? '';
    const value = numberOf(raw);
    if (value === undefined) {
      skipped++;
      continue;
    }
    if (Number.isNaN(value)) return importFail('grid-value-invalid', { item, value: raw, field: valueField });
    if (value < 0) return importFail('grid-value-negative', { item, value, field: valueField });
    const id = (row[idColumn] ?? '').trim().toLowerCase();
    if (!isValidCell(id))
      return importFail('h3-invalid-cell', { item, value: row[idColumn] ?? '', field: h3Column });
    const first = rowOfCell.get(id);
    if (first !== undefined) return importFail('grid-duplicate-cell', { cell: id, first, second: item });
    rowOfCell.set(id, item);
    const [cellLat, cellLon] = cellToLatLng(id);
    lon.push(cellLon);
    lat.push(cellLat);
    area.push(cellArea(id, 'm2'));
    values.push(value);
  }
  if (values.length === 0) return importFail('grid-empty');
  const notes = [`Cells from H3 ids in column "${h3Column}": centroids and areas computed by h3-js.`];
  if (skipped > 0) notes.push(`${skipped} rows with an empty "${valueField}" skipped.`);
  return ok({
    grid: {
      cellCount: values.length,
      lon: Float64Array.from(lon),
      lat: Float64Array.from(lat),
      cellAreaSquareMeters: Float32Array.from(area),
      layers: { [options.layerId ?? 'total']: Float32Array.from(values) },
    },
    h3Column,
    valueField,
    notes,
  });
}
