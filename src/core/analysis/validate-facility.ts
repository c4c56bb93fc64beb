/**
 * Checks a facility before the engine accepts it (domain.md § Inputs, "Facilities"), so that bad input becomes an
 * error value with a code instead of a NaN deep inside a sum.
 */
import type { Facility } from '../model/facility';
import { fail, type Result } from '../model/result';

/** Largest accepted service radius, metres: ten times the largest life circle, a guard against typos (10 km). */
export const MAX_RADIUS_METERS = 10_000;

/** Largest accepted floor or land area, m² (keeps every fixed-point sum far below 2^53, see fixed-point.ts). */
export const MAX_AREA_SQUARE_METERS = 10_000_000;

function isAmount(value: number | undefined): boolean {
  return value === undefined || (Number.isFinite(value) && value >= 0 && value <= MAX_AREA_SQUARE_METERS);
}

/** The first problem of `facility` as text, or null. Allocates nothing when the facility is fine (hot path). */
function problemOf(facility: Facility): string | null {
  if (typeof facility.id !== 'string' || facility.id === '') return 'id is empty';
  if (typeof facility.type !== 'string' || facility.type === '') return 'type is empty';
  if (!(Number.isFinite(facility.lon) && Math.abs(facility.lon) <= 180)) {
    return `longitude ${facility.lon} is not in −180…180`;
  }
  if (!(Number.isFinite(facility.lat) && Math.abs(facility.lat) <= 85)) {
    return `latitude ${facility.lat} is not in −85…85`;
  }
  const radius = facility.radiusMeters;
  if (!(Number.isFinite(radius) && radius > 0 && radius <= MAX_RADIUS_METERS)) {
    return `radius ${radius} m is not in (0, ${MAX_RADIUS_METERS}]`;
  }
  if (facility.floorAreaSquareMeters === undefined || !isAmount(facility.floorAreaSquareMeters)) {
    return `floor area ${facility.floorAreaSquareMeters} m² is not a number in 0…${MAX_AREA_SQUARE_METERS}`;
  }
  if (!isAmount(facility.landAreaSquareMeters)) {
    return `land area ${facility.landAreaSquareMeters} m² is not a number in 0…${MAX_AREA_SQUARE_METERS}`;
  }
  const capacity = facility.capacity;
  if (capacity) {
    for (const name of CAPACITY_FIELDS) {
      if (!isAmount(capacity[name])) return `capacity ${name} ${capacity[name]} is not a non-negative number`;
    }
  }
  return null;
}

const CAPACITY_FIELDS = ['beds', 'places', 'doctors', 'generalPractitioners'] as const;

/** A failed Result (`invalid-facility`) naming the first bad field, or null when the facility is acceptable. */
export function validateFacility(facility: Facility): Result<never> | null {
  const problem = problemOf(facility);
  return problem === null
    ? null
    : fail('invalid-facility', `facility "${String(facility.id)}": ${problem}`, { id: String(facility.id) });
}

/** A copy the engine can keep: later changes to the caller's object do not reach the engine. */
export function copyFacility(facility: Facility): Facility {
  const copy: Facility = { ...facility };
  if (facility.capacity) copy.capacity = { ...facility.capacity };
  return copy;
}
