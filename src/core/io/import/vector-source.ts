/**
 * Vector files (GeoJSON, TopoJSON) as a flat list of raw features plus what the file says about its CRS, before
 * they are read as districts, grid cells, facilities or a scenario. Shapefiles reach the same shape in shapefile.ts.
 */
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { type CrsInfo, resolveCrs } from '../../geo/crs';
import { ok, type Result } from '../../model/result';
import type { ImportFormat, ImportIssue } from './import-types';
import { importFail } from './messages';
import { checkGeometryNesting, checkTopologyExpansion } from './vector-limits';

/** One feature as found in the file: geometry unchecked, properties a plain record. */
export interface RawFeature {
  id?: unknown;
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** Features of one layer of a vector file, with the file's own CRS statement when it has one. */
export interface VectorSource {
  format: ImportFormat;
  features: RawFeature[];
  /** Every layer of the file (TopoJSON objects, shapefiles in a zip); one entry for GeoJSON. */
  layers: string[];
  layer: string;
  /** CRS the file names (GeoJSON `crs` member, .prj), when it is one Lifecircle can convert. */
  declaredCrs?: CrsInfo;
  /** The parsed JSON root (GeoJSON only), for the scenario's `lifecircle` member. */
  root?: Record<string, unknown>;
  warnings: ImportIssue[];
  notes: string[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawFeature(value: unknown): RawFeature {
  const record = isRecord(value) ? value : {};
  if (record.type !== 'Feature' && typeof record.type === 'string' && 'coordinates' in record) {
    return { properties: {}, geometry: record };
  }
  return {
    id: record.id,
    properties: isRecord(record.properties) ? record.properties : {},
    geometry: record.geometry,
  };
}

/** The legacy GeoJSON (2008) `crs` member: `EPSG:4547`, `urn:ogc:def:crs:EPSG::4547`, `…OGC:1.3:CRS84`. */
function declaredCrsOf(root: Record<string, unknown>): Result<CrsInfo | undefined> {
  const crs = root.crs;
  if (!isRecord(crs) || !isRecord(crs.properties)) return ok(undefined);
  const name = crs.properties.name;
  if (typeof name !== 'string') return ok(undefined);
  if (/CRS84$/i.test(name)) return resolveCrs('EPSG:4326');
  const code = /EPSG:{1,2}(\d{4,5})$/i.exec(name.trim())?.[1];
  if (code === undefined) return importFail('crs-prj-unsupported', { name });
  return resolveCrs(`EPSG:${code}`);
}

function topologySource(root: Record<string, unknown>, layer: string | undefined): Result<VectorSource> {
  const objects = isRecord(root.objects) ? root.objects : {};
  const layers = Object.keys(objects);
  if (layers.length === 0) return importFail('geojson-empty');
  const chosen = layer ?? layers[0];
  if (chosen === undefined || !(chosen in objects)) {
    return importFail('layer-unknown', { layer: String(chosen), layers: layers.join(', ') });
  }
  const expansion = checkTopologyExpansion(root.arcs as unknown[], objects[chosen]);
  if (!expansion.ok) return expansion;
  let decoded: unknown;
  try {
    // topojson-client trusts its input; a damaged arc index throws, which becomes a coded error here.
    decoded = topologyFeature(root as unknown as Topology, objects[chosen] as never);
  } catch (error) {
    return importFail('topojson-invalid', { reason: error instanceof Error ? error.message : String(error) });
  }
  const list = isRecord(decoded) && Array.isArray(decoded.features) ? decoded.features : [decoded];
  const notes = layers.length > 1 ? [`TopoJSON object "${chosen}" read (of ${layers.join(', ')}).`] : [];
  return ok({
    format: 'topojson',
    features: list.map(rawFeature),
    layers,
    layer: chosen,
    warnings: [],
    notes,
  });
}

/**
 * Parses GeoJSON or TopoJSON text into a {@link VectorSource}. A GeoJSON FeatureCollection, a single Feature or a
 * bare geometry are accepted; a TopoJSON's `layer` object (default: the first) is decoded with topojson-client.
 * Errors: `json-malformed`, `geojson-invalid`, `geojson-empty`, `layer-unknown`, `topojson-invalid`,
 * `crs-prj-unsupported`, `crs-unknown`, `crs-unsupported`.
 */
export function parseJsonVector(text: string, layer?: string): Result<VectorSource> {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return importFail('json-malformed', { reason: error instanceof Error ? error.message : String(error) });
  }
  if (!isRecord(root)) return importFail('geojson-invalid');
  if (root.type === 'Topology') {
    if (!isRecord(root.objects) || !Array.isArray(root.arcs))
      return importFail('topojson-invalid', { reason: 'no objects or arcs' });
    return topologySource(root, layer);
  }
  let list: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return importFail('geojson-invalid');
    list = root.features;
  } else if (root.type === 'Feature' || (typeof root.type === 'string' && 'coordinates' in root)) {
    list = [root];
  } else {
    return importFail('geojson-invalid');
  }
  for (const item of list) {
    const nesting = checkGeometryNesting(isRecord(item) && item.type === 'Feature' ? item.geometry : item);
    if (!nesting.ok) return nesting;
  }
  // A scenario without facilities is a valid scenario file.
  if (list.length === 0 && !isRecord(root.lifecircle)) return importFail('geojson-empty');
  const declared = declaredCrsOf(root);
  if (!declared.ok) return declared;
  const source: VectorSource = {
    format: 'geojson',
    features: list.map(rawFeature),
    layers: ['features'],
    layer: 'features',
    root,
    warnings: [],
    notes: [],
  };
  if (declared.value) source.declaredCrs = declared.value;
  return ok(source);
}
