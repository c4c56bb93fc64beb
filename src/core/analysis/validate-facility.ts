/**
 * The one facility check (domain.md § Inputs, "Facilities"): the engine runs it before it accepts a facility, and
 * every reader of facilities (GeoJSON and scenario files, CSV/Shapefile records, share links, the autosave) runs it
 * on what it read, so whatever imports also evaluates. Bad input becomes an error value naming the facility and the
 * field, never a NaN deep inside a sum.
 */
import type { Facility } from '../model/facility';
import { fail, type Result } from '../model/result';

/** Largest accepted service radius, metres: ten times the largest life circle, a guard against typos (10 km). */
export const MAX_RADIUS_METERS = 10_000;

/** Largest accepted floor or land area, m² (keeps every fixed-point sum far below 2^53, see fixed-point.ts). */
export const MAX_AREA_SQUARE_METERS = 10_000_000;

/** Largest accepted |latitude|, degrees: Web Mercator (the map and the rasters) ends near 85.05°. */
export const MAX_LATITUDE_DEGREES = 85;

/** The facility field a problem is about; the message tables name it in each language. */
export type FacilityField =
  | 'id'
  | 'type'
  | 'status'
  | 'lon'
  | 'lat'
  | 'radius'
  | 'floorArea'
  | 'landArea'
  | 'capacity';

/** Why a facility is refused: the field, the value found (as text) and the accepted range (as text). */
export interface FacilityProblem {
  field: FacilityField;
  value: string;
  range: string;
}

const AMOUNT_RANGE = `0…${MAX_AREA_SQUARE_METERS}`;
const CAPACITY_FIELDS = ['beds', 'places', 'doctors', 'generalPractitioners'] as const;

function isAmount(value: number | undefined): boolean {
  return value === undefined || (Number.isFinite(value) && value >= 0 && value <= MAX_AREA_SQUARE_METERS);
}

const problem = (field: FacilityField, value: unknown, range: string): FacilityProblem => ({
  field,
  value: String(value),
  range,
});

/** The first problem of `facility`, or null. Allocates nothing when the facility is fine (the engine's hot path). */
export function facilityProblemOf(facility: Facility): FacilityProblem | null {
  if (typeof facility.id !== 'string' || facility.id === '') return problem('id', facility.id, 'text');
  if (typeof facility.type !== 'string' || facility.type === '')
    return problem('type', facility.type, 'text');
  // Compared as values, never looked up: a status such as "__proto__" must not find an inherited property.
  if (facility.status !== 'existing' && facility.status !== 'proposed') {
    return problem('status', facility.status, 'existing | proposed');
  }
  if (!(Number.isFinite(facility.lon) && Math.abs(facility.lon) <= 180)) {
    return problem('lon', facility.lon, '−180…180');
  }
  if (!(Number.isFinite(facility.lat) && Math.abs(facility.lat) <= MAX_LATITUDE_DEGREES)) {
    return problem('lat', facility.lat, `−${MAX_LATITUDE_DEGREES}…${MAX_LATITUDE_DEGREES}`);
  }
  const radius = facility.radiusMeters;
  if (!(Number.isFinite(radius) && radius > 0 && radius <= MAX_RADIUS_METERS)) {
    return problem('radius', radius, `(0, ${MAX_RADIUS_METERS}]`);
  }
  if (facility.floorAreaSquareMeters === undefined || !isAmount(facility.floorAreaSquareMeters)) {
    return problem('floorArea', facility.floorAreaSquareMeters, AMOUNT_RANGE);
  }
  if (!isAmount(facility.landAreaSquareMeters)) {
    return problem('landArea', facility.landAreaSquareMeters, AMOUNT_RANGE);
  }
  const capacity = facility.capacity;
  if (capacity) {
    for (const name of CAPACITY_FIELDS) {
      if (!isAmount(capacity[name])) return problem('capacity', capacity[name], AMOUNT_RANGE);
    }
  }
  return null;
}

/**
 * A failed Result (`invalid-facility`) naming the facility (id, name), the first bad field, its value and the
 * accepted range, or null when the facility is acceptable. `item` (a feature or row number, 1-based) is added to
 * the details when the caller read the facility from a file.
 */
export function validateFacility(facility: Facility, item?: number): Result<never> | null {
  const found = facilityProblemOf(facility);
  if (found === null) return null;
  const id = String(facility.id);
  const name = typeof facility.name === 'string' && facility.name !== '' ? facility.name : id;
  const details: Record<string, string | number> = { id, name, ...found };
  if (item !== undefined) details.item = item;
  return fail(
    'invalid-facility',
    `facility "${name}": ${found.field} ${found.value} is not in ${found.range}`,
    details,
  );
}

/** A copy the engine can keep: later changes to the caller's object do not reach the engine. */
export function copyFacility(facility: Facility): Facility {
  const copy: Facility = { ...facility };
  if (facility.capacity) copy.capacity = { ...facility.capacity };
  return copy;
}
