/**
 * Reading numbers and choosing fields in attribute tables (GeoJSON properties, .dbf records, CSV cells) for grids
 * and facilities. Shapefile-derived data often stores numbers as text, so numeric text counts as a number.
 */
import type { FieldSummary } from './import-types';

/** Names tried for the population value, in order (the same vocabulary as csv-grid.ts, plus WorldPop/H3 names). */
const VALUE_FIELD_CANDIDATES = [
  'population',
  'pop',
  'value',
  'count',
  'persons',
  'total',
  'pop_total',
  'POP',
  'Population',
  'VALUE',
  '人口',
  '人口数',
  '人数',
  '常住人口',
];

/** A number read from a cell: `undefined` when empty, `NaN` when not a number. */
export function numberOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const trimmed = value.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Summaries of the fields of `records` (first `sampleSize` values as text; numeric when all non-empty parse). */
export function summarizeFields(records: readonly Record<string, unknown>[], sampleSize = 3): FieldSummary[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const record of records.slice(0, 1000)) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  return names.map((name) => {
    const values = records.map((record) => record[name]);
    const present = values.filter((value) => numberOf(value) !== undefined);
    const numeric = present.length > 0 && present.every((value) => !Number.isNaN(numberOf(value)));
    const samples = present
      .slice(0, sampleSize)
      .map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value)));
    return { name, numeric, samples };
  });
}

/** The first candidate (exact, then case-insensitive) among `fields` that is numeric, else undefined. */
export function detectValueField(fields: readonly FieldSummary[]): string | undefined {
  const numeric = fields.filter((field) => field.numeric).map((field) => field.name);
  for (const candidate of VALUE_FIELD_CANDIDATES) if (numeric.includes(candidate)) return candidate;
  const lower = numeric.map((name) => name.toLowerCase());
  for (const candidate of VALUE_FIELD_CANDIDATES) {
    const index = lower.indexOf(candidate.toLowerCase());
    if (index >= 0) return numeric[index];
  }
  return undefined;
}
