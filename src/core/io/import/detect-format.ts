/**
 * Which format a file is in, by content first (binary signatures, a leading `{`) and extension second, so a
 * mis-named file is still read by what it is.
 */
import type { ImportFormat } from './import-types';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** First byte that is not whitespace or part of a UTF-8 byte-order mark, or undefined. */
function firstSignificantByte(bytes: Uint8Array): number | undefined {
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] as number)) index++;
  return bytes[index];
}

/** True when the first kilobyte has no NUL byte and a comma, semicolon or tab: a delimited text table. */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) return false;
  return head.includes(0x2c) || head.includes(0x3b) || head.includes(0x09);
}

/**
 * The format of a file: TIFF (little- or big-endian, BigTIFF too) → `geotiff`; zip → `shapefile-zip`; JSON object →
 * `geojson` (the TopoJSON check needs the parsed root, see {@link refineJsonFormat}); a `.csv`/`.txt`/`.tsv` file or
 * delimited text → `csv`; otherwise `unknown`.
 */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'geotiff';
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b]))
    return 'geotiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'shapefile-zip';
  }
  const extension = extensionOf(name);
  const first = firstSignificantByte(bytes);
  if (first === 0x7b) return extension === 'topojson' ? 'topojson' : 'geojson';
  if (['csv', 'txt', 'tsv'].includes(extension)) return 'csv';
  if (['json', 'geojson', 'topojson'].includes(extension))
    return extension === 'topojson' ? 'topojson' : 'geojson';
  if (['tif', 'tiff'].includes(extension)) return 'geotiff';
  if (extension === 'zip') return 'shapefile-zip';
  if (first !== undefined && looksLikeDelimitedText(bytes)) return 'csv';
  return 'unknown';
}

/** `topojson` when a parsed JSON root is a TopoJSON Topology, else `geojson`. */
export function refineJsonFormat(root: unknown): 'geojson' | 'topojson' {
  return typeof root === 'object' && root !== null && (root as { type?: unknown }).type === 'Topology'
    ? 'topojson'
    : 'geojson';
}
