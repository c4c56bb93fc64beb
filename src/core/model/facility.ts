/**
 * The one facility schema used by the engine, the UI, the CLI and scenario files (domain.md § Inputs).
 * In GeoJSON files the properties are `name, type, status, area_m2, radius_m, capacity, land_m2`.
 */
export type FacilityStatus = 'existing' | 'proposed';

/**
 * The words a file may use for a status, lower case, with the status each means: the schema's own, "planned", and
 * the Chinese planners' 现状 (existing) and 规划 (planned) vocabularies. Every reader of facility files uses this one
 * list, so a file reads the same as CSV, GeoJSON or Shapefile.
 */
const FACILITY_STATUS_WORDS: Readonly<Record<string, FacilityStatus>> = {
  existing: 'existing',
  proposed: 'proposed',
  planned: 'proposed',
  现状: 'existing',
  现有: 'existing',
  已建: 'existing',
  规划: 'proposed',
  拟建: 'proposed',
  新建: 'proposed',
};

/**
 * The status a file's word means (trimmed, case-insensitive; see the accepted words above), or `undefined` for a word
 * that names no status. An empty word is not read here: readers treat a missing status as `existing`.
 */
export function facilityStatusOf(word: string): FacilityStatus | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(FACILITY_STATUS_WORDS, key) ? FACILITY_STATUS_WORDS[key] : undefined;
}

/** Optional capacities: beds (elderly care), places (kindergarten, nursery), doctors (health). */
export interface FacilityCapacity {
  beds?: number;
  places?: number;
  doctors?: number;
  /** General practitioners, counted for "GPs per 10,000 residents". */
  generalPractitioners?: number;
  /** Kindergartens: the places that are public or 普惠 (inclusive, price-capped), of `places`. */
  inclusivePlaces?: number;
}

export interface Facility {
  id: string;
  name: string;
  /** A facility type id from the presets, e.g. `community_service_station`. */
  type: string;
  status: FacilityStatus;
  /** WGS 84 longitude, degrees. */
  lon: number;
  /** WGS 84 latitude, degrees. */
  lat: number;
  floorAreaSquareMeters: number;
  radiusMeters: number;
  capacity?: FacilityCapacity;
  landAreaSquareMeters?: number;
  /**
   * Site suggestion (issue 14): persons this suggested site newly covers given the sites ranked before it, as the
   * suggestion reported it. A note for the planner (editor, popup, files as `added_population`); the engine ignores it.
   */
  addedPopulation?: number;
}
