/**
 * Facilities as GeoJSON (RFC 7946) Point features, the file form of the one facility schema (issue #3, domain.md
 * § Inputs "Facilities"): properties `name, type, status, area_m2, radius_m, capacity, land_m2`.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { validateFacility } from '../analysis/validate-facility';
import { type CrsInfo, createToWgs84, crsRangeCheck } from '../geo/crs';
import {
  type Facility,
  type FacilityCapacity,
  type FacilityStatus,
  facilityStatusOf,
} from '../model/facility';
import { fail, ok, type Result } from '../model/result';

/** Properties of a facility feature as written by {@link facilitiesToGeoJson}. */
export interface FacilityFeatureProperties {
  name: string;
  type: string;
  status: FacilityStatus;
  /** Floor area, m². */
  area_m2: number;
  /** Service radius, metres. */
  radius_m: number;
  capacity?: { beds?: number; places?: number; doctors?: number; general_practitioners?: number };
  /** Land (site) area, m². */
  land_m2?: number;
  /** Persons a suggested site newly covers (issue 14), `Facility.addedPopulation`. */
  added_population?: number;
}

/** Options of {@link parseFacilitiesGeoJson}. */
export interface FacilitiesParseOptions {
  /** Radius for features without `radius_m`, by type (e.g. the facility presets); else `radius_m` is required. */
  defaultRadiusMeters?: (type: string) => number | undefined;
  /**
   * The type id a file's type word means, e.g. `facilityTypeIdOf` of the presets for planners' files (幼儿园 →
   * `kindergarten`); default: the word as written (scenario files store type ids).
   */
  typeIdOf?: (word: string) => string;
  /** When given, a type outside this set is an error (`facilities-unknown-type`). */
  knownTypes?: ReadonlySet<string>;
  /** CRS of the coordinates; default WGS 84, as RFC 7946 requires. */
  crs?: CrsInfo;
  /** Refuse files with more features than this; default 100,000. */
  maxFeatures?: number;
}

const DEFAULT_MAX_FEATURES = 100_000;
const CAPACITY_KEYS: [keyof FacilityCapacity, string][] = [
  ['beds', 'beds'],
  ['places', 'places'],
  ['doctors', 'doctors'],
  ['generalPractitioners', 'general_practitioners'],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or a string holding one (shapefile-derived GeoJSON often stores numbers as text). */
function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : Number.NaN;
  }
  return value === undefined || value === null || value === '' ? undefined : Number.NaN;
}

function readCapacity(value: unknown, label: string): Result<FacilityCapacity | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  if (!isRecord(value)) {
    return fail('facilities-capacity', `${label}: capacity must be an object like {"beds": 120}`);
  }
  const capacity: FacilityCapacity = {};
  for (const [modelKey, fileKey] of CAPACITY_KEYS) {
    const number = readNumber(value[fileKey] ?? value[modelKey]);
    if (number === undefined) continue;
    if (!(number >= 0))
      return fail('facilities-capacity', `${label}: capacity.${fileKey} must be a number ≥ 0`);
    capacity[modelKey] = number;
  }
  return ok(Object.keys(capacity).length > 0 ? capacity : undefined);
}

function readId(
  feature: Record<string, unknown>,
  properties: Record<string, unknown>,
  index: number,
): string {
  const id = feature.id ?? properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `facility-${index + 1}`;
}

interface ReadContext {
  options: FacilitiesParseOptions;
  toWgs84: ((x: number, y: number) => [number, number]) | undefined;
}

function readPoint(
  feature: Record<string, unknown>,
  label: string,
  context: ReadContext,
): Result<[number, number]> {
  const geometry = feature.geometry;
  if (!isRecord(geometry) || geometry.type !== 'Point') {
    const found = isRecord(geometry) ? String(geometry.type) : 'no geometry';
    return fail('facilities-geometry', `${label}: expected a Point geometry, found ${found}`);
  }
  const coordinates = geometry.coordinates;
  const x = Array.isArray(coordinates) ? coordinates[0] : undefined;
  const y = Array.isArray(coordinates) ? coordinates[1] : undefined;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return fail('facilities-coordinates', `${label}: coordinates are not two numbers`);
  }
  const crs = context.options.crs;
  if (crs && !crsRangeCheck(crs, x, y)) {
    return fail(
      'facilities-coordinates',
      `${label}: coordinates ${x}, ${y} lie outside the range of ${crs.name}`,
    );
  }
  const [lon, lat] = context.toWgs84 ? context.toWgs84(x, y) : [x, y];
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
    const hint = Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ' (latitude and longitude swapped?)' : '';
    return fail(
      'facilities-coordinates',
      `${label}: coordinates ${x}, ${y} are not longitude, latitude${hint}`,
    );
  }
  return ok([lon, lat]);
}

function readFacility(feature: unknown, index: number, context: ReadContext): Result<Facility> {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return fail('facilities-not-geojson', `feature ${index + 1} is not a GeoJSON Feature`);
  }
  const properties = isRecord(feature.properties) ? feature.properties : {};
  const name = typeof properties.name === 'string' ? properties.name : String(properties.name ?? '');
  const label = `feature ${index + 1}${name ? ` ("${name}")` : ''}`;
  const point = readPoint(feature, label, context);
  if (!point.ok) return point;
  const typeWord = typeof properties.type === 'string' ? properties.type.trim() : '';
  const type = typeWord === '' ? '' : (context.options.typeIdOf?.(typeWord) ?? typeWord);
  if (type === '') return fail('facilities-type', `${label}: missing facility type`);
  if (context.options.knownTypes && !context.options.knownTypes.has(type)) {
    return fail('facilities-unknown-type', `${label}: unknown facility type "${type}"`);
  }
  const statusText =
    properties.status === undefined ? 'existing' : String(properties.status).trim().toLowerCase();
  const status = facilityStatusOf(statusText);
  if (!status)
    return fail('facilities-status', `${label}: status "${statusText}" is not existing or proposed`);
  const area = readNumber(properties.area_m2);
  if (area === undefined || !(area >= 0)) {
    return fail('facilities-area', `${label}: area_m2 must be a floor area in m² ≥ 0`);
  }
  const radius = readNumber(properties.radius_m) ?? context.options.defaultRadiusMeters?.(type);
  if (radius === undefined || !(radius > 0)) {
    return fail('facilities-radius', `${label}: radius_m must be a service radius in metres > 0`);
  }
  const land = readNumber(properties.land_m2);
  if (land !== undefined && !(land >= 0)) return fail('facilities-land', `${label}: land_m2 must be ≥ 0`);
  const capacity = readCapacity(properties.capacity, label);
  if (!capacity.ok) return capacity;
  const facility: Facility = {
    id: readId(feature, properties, index),
    name,
    type,
    status,
    lon: point.value[0],
    lat: point.value[1],
    floorAreaSquareMeters: area,
    radiusMeters: radius,
  };
  if (capacity.value) facility.capacity = capacity.value;
  if (land !== undefined) facility.landAreaSquareMeters = land;
  const added = readNumber(properties.added_population);
  if (added !== undefined && Number.isFinite(added)) facility.addedPopulation = added;
  // The engine's own check, so a file that reads also evaluates (a 20 km radius, a latitude of 87°).
  return validateFacility(facility, index + 1) ?? ok(facility);
}

/**
 * Reads facilities from parsed GeoJSON (a FeatureCollection, or a single Feature) of Point features. Returns them
 * in file order with WGS 84 coordinates. The id is the feature's `id` (or `properties.id`), else `facility-<n>`.
 * A missing `status` means existing; 现状/规划 are accepted. Fails with a code naming the feature:
 * `facilities-not-geojson`, `facilities-geometry`, `facilities-coordinates`, `facilities-type`,
 * `facilities-unknown-type`, `facilities-status`, `facilities-area`, `facilities-radius`, `facilities-land`,
 * `facilities-capacity`, `facilities-duplicate-id`, `facilities-too-many`, and `invalid-facility` (the engine's
 * ranges, analysis/validate-facility.ts) naming the feature, the field and the accepted range.
 */
export function parseFacilitiesGeoJson(
  json: unknown,
  options: FacilitiesParseOptions = {},
): Result<Facility[]> {
  const features =
    isRecord(json) && json.type === 'Feature' ? [json] : isRecord(json) ? json.features : undefined;
  if (
    !isRecord(json) ||
    !Array.isArray(features) ||
    (json.type !== 'FeatureCollection' && json.type !== 'Feature')
  ) {
    return fail('facilities-not-geojson', 'Not a GeoJSON FeatureCollection of facility points');
  }
  const maxFeatures = options.maxFeatures ?? DEFAULT_MAX_FEATURES;
  if (features.length > maxFeatures) {
    return fail('facilities-too-many', `${features.length} features exceed the limit of ${maxFeatures}`);
  }
  const context: ReadContext = { options, toWgs84: options.crs ? createToWgs84(options.crs) : undefined };
  const facilities: Facility[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < features.length; index++) {
    const facility = readFacility(features[index], index, context);
    if (!facility.ok) return facility;
    if (seen.has(facility.value.id)) {
      return fail('facilities-duplicate-id', `feature ${index + 1}: duplicate id "${facility.value.id}"`);
    }
    seen.add(facility.value.id);
    facilities.push(facility.value);
  }
  return ok(facilities);
}

/** The file form of a facility: a Point feature whose `id` is the facility id. */
export function facilityToFeature(facility: Facility): Feature<Point, FacilityFeatureProperties> {
  const properties: FacilityFeatureProperties = {
    name: facility.name,
    type: facility.type,
    status: facility.status,
    area_m2: facility.floorAreaSquareMeters,
    radius_m: facility.radiusMeters,
  };
  if (facility.capacity) {
    const capacity: NonNullable<FacilityFeatureProperties['capacity']> = {};
    for (const [modelKey, fileKey] of CAPACITY_KEYS) {
      const value = facility.capacity[modelKey];
      if (value !== undefined) capacity[fileKey as keyof typeof capacity] = value;
    }
    if (Object.keys(capacity).length > 0) properties.capacity = capacity;
  }
  if (facility.landAreaSquareMeters !== undefined) properties.land_m2 = facility.landAreaSquareMeters;
  if (facility.addedPopulation !== undefined) properties.added_population = facility.addedPopulation;
  return {
    type: 'Feature',
    id: facility.id,
    geometry: { type: 'Point', coordinates: [facility.lon, facility.lat] },
    properties,
  };
}

/**
 * Writes facilities as an RFC 7946 FeatureCollection of Point features (WGS 84 lon/lat, full precision).
 * {@link parseFacilitiesGeoJson} of the result gives back equal facilities.
 */
export function facilitiesToGeoJson(
  facilities: readonly Facility[],
): FeatureCollection<Point, FacilityFeatureProperties> {
  return { type: 'FeatureCollection', features: facilities.map(facilityToFeature) };
}
