/**
 * A user's street network file, read the way the import path reads districts (issue 13: "Network input"): GeoJSON or
 * TopoJSON lines and zipped Shapefile lines in any supported CRS (the file's own CRS statement, or the one the user
 * confirms, or WGS 84 when every number is a lon/lat — `chooseCrs` of the import path), gzipped or not; OpenStreetMap
 * `.osm.pbf` extracts (osm-pbf.ts); prepared `.lcnet` files (network-file.ts). Everything becomes the canonical
 * network of network-geojson.ts. Runs in the import worker (no DOM, no Node API); Cancel terminates the worker.
 */
import { type CrsInfo, createToWgs84 } from '../geo/crs';
import { inflateCapped } from '../io/capped-inflate';
import { chooseCrs } from '../io/import/coordinates';
import type { ImportInput } from '../io/import/import-types';
import { MAX_IMPORT_FILE_BYTES, MAX_UNZIPPED_BYTES } from '../io/import/limits';
import { importFail } from '../io/import/messages';
import { readSource, sourcePositions } from '../io/import/read-source';
import { fail, ok, type Result } from '../model/result';
import { decodeNetworkFile } from './network-file';
import { networkFromGeoJson } from './network-geojson';
import { walkableLinesFromPbf } from './osm-pbf';
import type { StreetNetwork } from './street-network';

/** What the user confirmed: the CRS of a vector file (default: as stated or detected) and its layer. */
export interface NetworkImportOptions {
  crs?: string;
  layer?: string;
}

/** A network read from a file, with the CRS it was read in (`EPSG:4326` for PBF and `.lcnet`). */
export interface ImportedNetwork {
  network: StreetNetwork;
  crsId: string;
  /** True when nothing stated the CRS and WGS 84 was taken because every number is a lon/lat. */
  crsAssumed: boolean;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function isNetworkFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x4c && bytes[1] === 0x43 && bytes[2] === 0x4e && bytes[3] === 0x57;
}

/** OSM PBF starts with a big-endian BlobHeader length, then field 1 (type) = "OSMHeader". */
function isOsmPbf(bytes: Uint8Array): boolean {
  const header = [0x0a, 0x09, 0x4f, 0x53, 0x4d, 0x48, 0x65, 0x61, 0x64, 0x65, 0x72];
  return bytes.length > 15 && bytes[0] === 0 && header.every((byte, index) => bytes[4 + index] === byte);
}

/**
 * The network-only format of a file, from its first bytes (and a `.pbf` name): `osm-pbf`, `lcnet`, or `gzip` (the
 * general import path reads no gzip, so a gzipped file is offered as a street network only); undefined otherwise.
 */
export function networkOnlyFormat(name: string, bytes: Uint8Array): 'osm-pbf' | 'lcnet' | 'gzip' | undefined {
  if (isGzip(bytes)) return 'gzip';
  if (isNetworkFile(bytes)) return 'lcnet';
  return isOsmPbf(bytes) || /\.pbf$/i.test(name) ? 'osm-pbf' : undefined;
}

function mapPositions(coordinates: unknown, toWgs84: (x: number, y: number) => [number, number]): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return toWgs84(coordinates[0], Number(coordinates[1]));
  return coordinates.map((item) => mapPositions(item, toWgs84));
}

/**
 * Reads `input` as a street network; `onProgress` (0–1) follows the lines of a vector file. Errors: the import path's (`file-empty`, `file-too-large`, `format-unknown`,
 * `json-malformed`, `crs-required`, `coordinates-out-of-range`, …), `network-no-lines`, `network-too-large`,
 * `network-pbf-invalid`, `network-file-invalid`.
 */
export function importNetworkFile(
  input: ImportInput,
  options: NetworkImportOptions = {},
  onProgress?: (fraction: number) => void,
): Result<ImportedNetwork> {
  let { name, bytes } = input;
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES)
    return importFail('file-too-large', { bytes: bytes.byteLength });
  if (isGzip(bytes)) {
    let inflated: Uint8Array | undefined;
    try {
      // Stops at the limit: a gzip bomb never inflates whole.
      inflated = inflateCapped(bytes, MAX_UNZIPPED_BYTES, 'gzip');
    } catch {
      return fail('format-unknown', `${name} is not a readable gzip file`);
    }
    if (inflated === undefined) return importFail('zip-too-large', { bytes: MAX_UNZIPPED_BYTES + 1 });
    bytes = inflated;
    name = name.replace(/\.gz$/i, '');
  }
  if (isNetworkFile(bytes)) {
    const network = decodeNetworkFile(bytes);
    return network.ok ? ok({ network: network.value, crsId: 'EPSG:4326', crsAssumed: false }) : network;
  }
  if (isOsmPbf(bytes) || /\.pbf$/i.test(name)) {
    const lines = walkableLinesFromPbf(bytes);
    if (!lines.ok) return lines;
    const network = networkFromGeoJson(lines.value);
    return network.ok ? ok({ network: network.value, crsId: 'EPSG:4326', crsAssumed: false }) : network;
  }
  const read = readSource({ name, bytes }, options.layer);
  if (!read.ok) return read;
  // Parsing the text was the first tenth; the lines are the rest.
  onProgress?.(0.1);
  const source = read.value.source;
  if (!source) return importFail('format-unknown');
  const lines = source.features.filter((feature) => {
    const type = (feature.geometry as { type?: unknown } | null)?.type;
    return type === 'LineString' || type === 'MultiLineString';
  });
  if (lines.length === 0)
    return fail('network-no-lines', `${name} has no LineString or MultiLineString features`);
  const chosen = chooseCrs(sourcePositions({ ...source, features: lines }), options.crs, source.declaredCrs);
  if (!chosen.ok) return chosen;
  const crs: CrsInfo = chosen.value.crs;
  const toWgs84 = crs.kind === 'geographic' && crs.proj4 === undefined ? null : createToWgs84(crs);
  const converted = !toWgs84
    ? lines
    : lines.map((feature) => {
        const geometry = feature.geometry as { type: string; coordinates: unknown };
        return {
          ...feature,
          geometry: { ...geometry, coordinates: mapPositions(geometry.coordinates, toWgs84) },
        };
      });
  const network = networkFromGeoJson(
    { type: 'FeatureCollection', features: converted.map((feature) => ({ type: 'Feature', ...feature })) },
    onProgress && ((fraction) => onProgress(0.1 + 0.9 * fraction)),
  );
  if (!network.ok) return network;
  return ok({ network: network.value, crsId: crs.id, crsAssumed: chosen.value.assumed });
}
