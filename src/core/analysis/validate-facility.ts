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

function isAmount(value: number | undefined, max: number): boolean {
  return value === undefined || (Number.isFinite(value) && value >= 0 && value <= max);
}

/** A failed Result (`invalid-facility`) naming the first bad field, or null when the facility is acceptable. */
export function validateFacility(facility: Facility): Result<never> | null {
  const where = `facility "${String(facility.id)}"`;
  if (typeof facility.id !== 'string' || facility.id === '')
    return fail('invalid-facility', 'facility id is empty');
  if (typeof facility.type !== 'string' || facility.type === '') {
    return fail('invalid-facility', `${where}: type is empty`);
  }
  if (!(Number.isFinite(facility.lon) && Math.abs(facility.lon) <= 180)) {
    return fail('invalid-facility', `${where}: longitude ${facility.lon} is not in −180…180`);
  }
  if (!(Number.isFinite(facility.lat) && Math.abs(facility.lat) <= 85)) {
    return fail('invalid-facility', `${where}: latitude ${facility.lat} is not in −85…85`);
  }
  if (
    !(
      Number.isFinite(facility.radiusMeters) &&
      facility.radiusMeters > 0 &&
      facility.radiusMeters <= MAX_RADIUS_METERS
    )
  ) {
    return fail(
      'invalid-facility',
      `${where}: radius ${facility.radiusMeters} m is not in (0, ${MAX_RADIUS_METERS}]`,
    );
  }
  if (
    !isAmount(facility.floorAreaSquareMeters, MAX_AREA_SQUARE_METERS) ||
    facility.floorAreaSquareMeters === undefined
  ) {
    return fail(
      'invalid-facility',
      `${where}: floor area ${facility.floorAreaSquareMeters} m² is not a non-negative number`,
    );
  }
  if (!isAmount(facility.landAreaSquareMeters, MAX_AREA_SQUARE_METERS)) {
    return fail(
      'invalid-facility',
      `${where}: land area ${facility.landAreaSquareMeters} m² is not a non-negative number`,
    );
  }
  const capacity = facility.capacity ?? {};
  for (const [name, value] of Object.entries(capacity)) {
    if (!isAmount(value as number | undefined, MAX_AREA_SQUARE_METERS)) {
      return fail('invalid-facility', `${where}: capacity ${name} ${value} is not a non-negative number`);
    }
  }
  return null;
}

/** A copy the engine can keep: later changes to the caller's object do not reach the engine. */
export function copyFacility(facility: Facility): Facility {
  const copy: Facility = { ...facility };
  if (facility.capacity) copy.capacity = { ...facility.capacity };
  return copy;
}
