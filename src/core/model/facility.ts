/**
 * The one facility schema used by the engine, the UI, the CLI and scenario files (domain.md § Inputs).
 * In GeoJSON files the properties are `name, type, status, area_m2, radius_m, capacity, land_m2`.
 */
export type FacilityStatus = 'existing' | 'proposed';

/** Optional capacities: beds (elderly care), places (kindergarten, nursery), doctors (health). */
export interface FacilityCapacity {
  beds?: number;
  places?: number;
  doctors?: number;
  /** General practitioners, counted for "GPs per 10,000 residents". */
  generalPractitioners?: number;
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
}
