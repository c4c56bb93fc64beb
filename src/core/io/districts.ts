/**
 * District polygons from GeoJSON (domain.md § Inputs, "Districts"): Polygon/MultiPolygon features with a name, a
 * unique id and, optionally, an English name and a household size, converted to WGS 84.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { District } from '../model/district';
import { fail, ok, type Result } from '../model/result';

/** Options of {@link parseDistrictsGeoJson}. Field names are property keys, matched exactly. */
export interface DistrictsParseOptions {
  /** Property holding the district name; default: auto-detected ({@link NAME_FIELD_CANDIDATES}). */
  nameField?: string;
  /** Property holding a unique id; default: the feature id, else a code field, else the name, else 1, 2, 3… */
  idField?: string;
  /** Property holding an English or pinyin name; default: auto-detected, optional. */
  nameEnField?: string;
  /** Maps each vertex to WGS 84 [lon, lat] (GCJ-02 or projected files); default: the file is WGS 84 lon/lat. */
  toWgs84?: (x: number, y: number) => [number, number];
}

/** Name fields tried in order: common GeoJSON, OSM/mapchina, GADM and Chinese land-survey (行政区名称) names. */
export const NAME_FIELD_CANDIDATES = [
  'Name_County',
  'name',
  'NAME',
  'Name',
  '名称',
  'name_zh',
  'NAME_ZH',
  'name:zh',
  'XZQMC',
  'QXMC',
  'JDMC',
  'SQMC',
  '区县',
  '街道',
  '社区',
  'district',
  'DISTRICT',
  'NAME_3',
  'NAME_2',
];
/** Code (id) fields tried in order when no id field is given: OSM/mapchina, AMap, and land-survey (行政区代码) codes. */
export const ID_FIELD_CANDIDATES = [
  'Code_County',
  'adcode',
  'code',
  'CODE',
  'id',
  'ID',
  'XZQDM',
  'QXDM',
  'JDDM',
  'SQDM',
  'GB',
];
const NAME_EN_FIELD_CANDIDATES = ['Pinyin', 'name_en', 'NAME_EN', 'name:en', 'nameEn', 'ENAME', 'EN_NAME'];
const HOUSEHOLD_SIZE_FIELDS = ['household_size', 'householdSize', 'hh_size', '户均人口'];

interface RawFeature {
  id?: unknown;
  properties: Record<string, unknown>;
  geometry: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-empty text of a string or number property, else undefined. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function featuresOf(json: unknown): Result<RawFeature[]> {
  let root = json;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root);
    } catch (error) {
      return fail(
        'districts-invalid-json',
        `The districts file is not valid JSON: ${(error as Error).message}`,
      );
    }
  }
  if (!isRecord(root)) return fail('districts-not-geojson', 'The districts file is not a GeoJSON object.');
  if (root.type === 'Topology') {
    return fail(
      'districts-topojson',
      'The districts file is TopoJSON; convert it to GeoJSON features first.',
    );
  }
  const list =
    root.type === 'FeatureCollection' ? root.features : root.type === 'Feature' ? [root] : undefined;
  if (!Array.isArray(list)) {
    return fail(
      'districts-not-geojson',
      'The districts file is neither a GeoJSON FeatureCollection nor a Feature.',
    );
  }
  if (list.length === 0) return fail('districts-empty', 'The districts file has no features.');
  return ok(
    list.map((feature) => {
      const record = isRecord(feature) ? feature : {};
      return {
        id: record.id,
        properties: isRecord(record.properties) ? record.properties : {},
        geometry: record.geometry,
      };
    }),
  );
}

/** The first candidate present as non-empty text in every feature, with unique values when `unique`. */
function detectField(features: RawFeature[], candidates: string[], unique: boolean): string | undefined {
  return candidates.find((field) => {
    const values = features.map((feature) => textOf(feature.properties[field]));
    if (values.some((value) => value === undefined)) return false;
    return !unique || new Set(values).size === values.length;
  });
}

/** A name-like key (`…name…`, `…名称…`, `…MC`) present as text in every feature, for files no candidate matches. */
function detectNameLikeField(features: RawFeature[]): string | undefined {
  const keys = Object.keys(features[0]?.properties ?? {}).filter((key) => /name|名称|^[A-Z]*MC$/i.test(key));
  return detectField(features, keys, false);
}

function featureLabel(index: number, name?: string): string {
  return name === undefined ? `Feature ${index + 1}` : `Feature ${index + 1} ("${name}")`;
}

/** Converts, validates and closes every ring; fails on non-numeric, too short or non-lon/lat coordinates. */
function convertGeometry(
  geometry: unknown,
  label: string,
  toWgs84: ((x: number, y: number) => [number, number]) | undefined,
): Result<Polygon | MultiPolygon> {
  if (!isRecord(geometry)) return fail('districts-missing-geometry', `${label} has no geometry.`);
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return fail(
      'districts-not-polygon',
      `${label} is a ${String(geometry.type)}; districts must be Polygon or MultiPolygon.`,
    );
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bad = (why: string) => fail('districts-bad-geometry', `${label}: ${why}.`);
  if (!Array.isArray(polygons) || polygons.length === 0) return bad('no coordinates');
  const converted: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return bad('a polygon without rings');
    const rings: Position[][] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring)) return bad('a ring that is not a list of positions');
      const out: Position[] = [];
      for (const position of ring) {
        const x = Array.isArray(position) ? position[0] : undefined;
        const y = Array.isArray(position) ? position[1] : undefined;
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
          return bad('a position that is not two finite numbers');
        }
        const [lon, lat] = toWgs84 ? toWgs84(x, y) : [x, y];
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
          return fail(
            'districts-not-lonlat',
            `${label}: (${x}, ${y}) is not a longitude/latitude; the file may be in a projected CRS — give its CRS.`,
          );
        }
        out.push([lon, lat]);
      }
      const first = out[0];
      const last = out[out.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
        out.push([first[0] as number, first[1] as number]);
      if (out.length < 4) return bad('a ring with fewer than three distinct vertices');
      rings.push(out);
    }
    converted.push(rings);
  }
  return ok(
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: converted[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: converted },
  );
}

/** Ids from `idField`, else the feature ids, a code field, the names, or 1, 2, 3… — the first that is unique. */
function chooseIds(features: RawFeature[], names: string[], idField: string | undefined): Result<string[]> {
  if (idField !== undefined) {
    const ids: string[] = [];
    for (const [index, feature] of features.entries()) {
      const id = textOf(feature.properties[idField]);
      if (id === undefined) {
        return fail(
          'districts-id-missing',
          `${featureLabel(index, names[index])} has no value in id field "${idField}".`,
        );
      }
      ids.push(id);
    }
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate !== undefined) {
      return fail(
        'districts-duplicate-id',
        `Id "${duplicate}" in field "${idField}" is used by more than one district.`,
      );
    }
    return ok(ids);
  }
  const featureIds = features.map((feature) => textOf(feature.id));
  if (featureIds.every((id) => id !== undefined) && new Set(featureIds).size === featureIds.length) {
    return ok(featureIds as string[]);
  }
  const codeField = detectField(features, ID_FIELD_CANDIDATES, true);
  if (codeField !== undefined)
    return ok(features.map((feature) => textOf(feature.properties[codeField]) as string));
  if (new Set(names).size === names.length) return ok(names);
  return ok(names.map((_, index) => String(index + 1)));
}

/**
 * Parses district polygons from a GeoJSON FeatureCollection or Feature (object or JSON text) into WGS 84 districts,
 * in file order. Every feature must be a Polygon or MultiPolygon with a name; rings are closed if the file leaves
 * them open, and z values dropped. Ids are unique strings. Errors: `districts-invalid-json`, `districts-not-geojson`,
 * `districts-topojson`, `districts-empty`, `districts-no-name-field`, `districts-name-missing`,
 * `districts-missing-geometry`, `districts-not-polygon`, `districts-bad-geometry`, `districts-not-lonlat`,
 * `districts-id-missing`, `districts-duplicate-id`.
 */
export function parseDistrictsGeoJson(
  json: unknown,
  options: DistrictsParseOptions = {},
): Result<District[]> {
  const parsed = featuresOf(json);
  if (!parsed.ok) return parsed;
  const features = parsed.value;
  const nameField =
    options.nameField ?? detectField(features, NAME_FIELD_CANDIDATES, false) ?? detectNameLikeField(features);
  if (nameField === undefined) {
    const keys = Object.keys(features[0]?.properties ?? {}).join(', ') || 'none';
    return fail('districts-no-name-field', `No district name field found (properties: ${keys}); choose one.`);
  }
  const names: string[] = [];
  for (const [index, feature] of features.entries()) {
    const name = textOf(feature.properties[nameField]);
    if (name === undefined) {
      return fail(
        'districts-name-missing',
        `${featureLabel(index)} has no value in name field "${nameField}".`,
      );
    }
    names.push(name);
  }
  const ids = chooseIds(features, names, options.idField);
  if (!ids.ok) return ids;
  const nameEnField = options.nameEnField ?? detectField(features, NAME_EN_FIELD_CANDIDATES, false);
  const districts: District[] = [];
  for (const [index, feature] of features.entries()) {
    const geometry = convertGeometry(feature.geometry, featureLabel(index, names[index]), options.toWgs84);
    if (!geometry.ok) return geometry;
    const district: District = {
      id: ids.value[index] as string,
      name: names[index] as string,
      geometry: geometry.value,
    };
    const nameEn = nameEnField === undefined ? undefined : textOf(feature.properties[nameEnField]);
    if (nameEn !== undefined) district.nameEn = nameEn;
    const householdSize = HOUSEHOLD_SIZE_FIELDS.map((field) => feature.properties[field]).find(
      (value): value is number => typeof value === 'number' && value > 0 && Number.isFinite(value),
    );
    if (householdSize !== undefined) district.householdSize = householdSize;
    districts.push(district);
  }
  return ok(districts);
}
