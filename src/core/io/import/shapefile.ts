/**
 * Zipped Shapefiles (.shp + .dbf + .prj, .cpg honoured) as a {@link VectorSource} (issue #5). shpjs parses the
 * geometry and the attribute table; this module unzips with fflate, checks the record chain first (shpjs loops
 * forever on a negative record length and silently drops a truncated last record), and picks the .dbf encoding:
 * the .cpg, else the .dbf language driver byte, else UTF-8 when valid, else GBK (GB 18030) with a warning.
 */
/// <reference path="./shpjs.d.ts" />
import { parseDbf, parseShp } from 'shpjs';
import { ok, type Result } from '../../model/result';
import type { ImportIssue } from './import-types';
import { MAX_UNZIPPED_BYTES } from './limits';
import { importFail, importIssue } from './messages';
import { crsFromPrj } from './prj';
import { decodeText, encodingFromCodePage, isValidUtf8 } from './text-decode';
import { isRecord, type VectorSource } from './vector-source';
import { readZipMembers } from './zip-members';

const SHAPEFILE_PARTS = /\.(shp|dbf|prj|cpg)$/i;
const SHP_HEADER_BYTES = 100;
/** dBASE language driver ids of the Chinese code pages (936 GBK: 0x4D and 0x7A). */
const CHINESE_LANGUAGE_DRIVERS = new Set([0x4d, 0x7a]);

function unzip(bytes: Uint8Array): Result<Map<string, Uint8Array>> {
  return readZipMembers(
    bytes,
    (name) => !name.includes('__MACOSX') && SHAPEFILE_PARTS.test(name),
    MAX_UNZIPPED_BYTES,
  );
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Number of records when the .shp is a well-formed chain of records that ends exactly at the end of the file. */
function checkShpChain(shp: Uint8Array): Result<number> {
  const truncated = (reason: string) => importFail('shapefile-truncated', { part: '.shp', reason });
  if (shp.byteLength < SHP_HEADER_BYTES) return truncated('shorter than its 100-byte header');
  const view = viewOf(shp);
  if (view.getInt32(0) !== 9994) return truncated('no shapefile signature');
  const declaredBytes = view.getInt32(24) * 2;
  if (declaredBytes !== shp.byteLength) {
    return truncated(`the header says ${declaredBytes} bytes, the file has ${shp.byteLength}`);
  }
  let offset = SHP_HEADER_BYTES;
  let records = 0;
  while (offset < shp.byteLength) {
    if (offset + 8 > shp.byteLength) return truncated(`record ${records + 1} has no complete header`);
    const contentBytes = view.getInt32(offset + 4) * 2;
    if (contentBytes < 0 || offset + 8 + contentBytes > shp.byteLength) {
      return truncated(`record ${records + 1} runs past the end of the file`);
    }
    offset += 8 + contentBytes;
    records++;
  }
  return ok(records);
}

interface DbfChoice {
  label: string;
  warning?: ImportIssue;
}

/** Encoding of the .dbf: .cpg, language driver byte, UTF-8 when the record bytes are valid UTF-8, else GB 18030. */
function chooseDbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): DbfChoice {
  const fromCpg = cpg === undefined ? undefined : encodingFromCodePage(decodeText(cpg).text);
  if (fromCpg !== undefined) return { label: fromCpg };
  if (CHINESE_LANGUAGE_DRIVERS.has(dbf[29] ?? 0)) return { label: 'gb18030' };
  if (isValidUtf8(dbf.subarray(32))) return { label: 'utf-8' };
  return { label: 'gb18030', warning: importIssue('encoding-gbk') };
}

function checkDbf(dbf: Uint8Array): Result<number> {
  const truncated = (reason: string) => importFail('shapefile-truncated', { part: '.dbf', reason });
  if (dbf.byteLength < 32) return truncated('shorter than its 32-byte header');
  const view = viewOf(dbf);
  const records = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  if (headerBytes < 33 || headerBytes + records * recordBytes > dbf.byteLength) {
    return truncated(`${records} records of ${recordBytes} bytes do not fit in ${dbf.byteLength} bytes`);
  }
  return ok(records);
}

/** Groups the zip members by layer name (path without extension), parts keyed by lower-case extension. */
function layersOf(files: Map<string, Uint8Array>): Map<string, Record<string, Uint8Array>> {
  const layers = new Map<string, Record<string, Uint8Array>>();
  for (const [path, bytes] of files) {
    const dot = path.lastIndexOf('.');
    const base = path.slice(0, dot);
    const parts = layers.get(base) ?? {};
    parts[path.slice(dot + 1).toLowerCase()] = bytes;
    layers.set(base, parts);
  }
  return layers;
}

/**
 * Reads one layer (default: the first .shp) of a zipped shapefile. Geometries come back in the file's own
 * coordinates; `declaredCrs` is the .prj's CRS. Errors: `zip-unreadable`, `zip-too-large`, `shapefile-no-layer`,
 * `layer-unknown`, `shapefile-missing-part` (.dbf), `shapefile-truncated`, `shapefile-record-mismatch`,
 * `crs-prj-unsupported`, `import-failed` (shpjs threw on a damaged record), and `tooMany`'s refusal of the record
 * count, asked before any record is parsed.
 */
export function readZippedShapefile(
  bytes: Uint8Array,
  layer?: string,
  tooMany?: (records: number) => Result<never> | undefined,
): Result<VectorSource> {
  const files = unzip(bytes);
  if (!files.ok) return files;
  const layers = layersOf(files.value);
  const names = [...layers.keys()].filter((name) => layers.get(name)?.shp !== undefined).sort();
  if (names.length === 0) return importFail('shapefile-no-layer');
  const chosen = layer ?? (names[0] as string);
  const parts = layers.get(chosen);
  if (!parts?.shp) return importFail('layer-unknown', { layer: chosen, layers: names.join(', ') });
  if (!parts.dbf) return importFail('shapefile-missing-part', { part: '.dbf', layer: chosen });
  const shapes = checkShpChain(parts.shp);
  if (!shapes.ok) return shapes;
  const records = checkDbf(parts.dbf);
  if (!records.ok) return records;
  if (shapes.value !== records.value) {
    return importFail('shapefile-record-mismatch', { shapes: shapes.value, records: records.value });
  }
  // Counted from the headers: 2 million null records were parsed whole before the feature limit refused them.
  const refusal = tooMany?.(records.value);
  if (refusal) return refusal;
  const encoding = chooseDbfEncoding(parts.dbf, parts.cpg);
  const warnings: ImportIssue[] = encoding.warning ? [encoding.warning] : [];
  const notes = [`Attribute table read as ${encoding.label}.`];
  if (names.length > 1) notes.push(`Layer "${chosen}" read (of ${names.join(', ')}).`);
  let geometries: ReturnType<typeof parseShp>;
  let properties: Record<string, unknown>[];
  try {
    geometries = parseShp(viewOf(parts.shp), false);
    properties = parseDbf(viewOf(parts.dbf), encoding.label);
  } catch (error) {
    return importFail('import-failed', { reason: error instanceof Error ? error.message : String(error) });
  }
  const source: VectorSource = {
    format: 'shapefile-zip',
    features: geometries.map((geometry, index) => ({
      properties: isRecord(properties[index]) ? (properties[index] as Record<string, unknown>) : {},
      geometry,
    })),
    layers: names,
    layer: chosen,
    warnings,
    notes,
  };
  if (parts.prj) {
    const prj = crsFromPrj(decodeText(parts.prj).text);
    if (!prj.ok) return prj;
    source.declaredCrs = prj.value.crs;
    if (!prj.value.recognised) {
      notes.push(
        `The .prj names "${prj.value.crs.name}", converted by proj4 from its WKT; check its datum shift.`,
      );
    }
  }
  return ok(source);
}
