/**
 * Distances on the Earth in metres (domain.md § Definitions, "Distance").
 *
 * Two tools: an exact great-circle distance for single pairs, and a local equirectangular projector for tight loops
 * over many cells around one centre (a facility), where a trigonometric call per cell would dominate.
 */

/** Mean Earth radius (IUGG R1 = (2a + b) / 3 of WGS 84), metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Metres along a meridian per degree of latitude on the sphere of radius {@link EARTH_RADIUS_METERS}. */
export const METERS_PER_DEGREE_LATITUDE = EARTH_RADIUS_METERS * RADIANS_PER_DEGREE;

/**
 * Great-circle distance between two WGS 84 points on a sphere of radius {@link EARTH_RADIUS_METERS} (haversine),
 * in metres. Symmetric, ≥ 0, and 0 only for identical points. Relative to the WGS 84 ellipsoid the sphere errs by
 * at most ~0.5% (typically ~0.2% at mid latitudes); this is the app's definition of distance, so every module must
 * use it or {@link createLocalProjector} rather than their own formula. Rounding: ~1e-9 m for city distances;
 * near antipodal points haversine is ill-conditioned and can be off by ~0.2 m (irrelevant at city scale).
 */
export function haversineDistanceMeters(lonA: number, latA: number, lonB: number, latB: number): number {
  const phiA = latA * RADIANS_PER_DEGREE;
  const phiB = latB * RADIANS_PER_DEGREE;
  const sinHalfDeltaPhi = Math.sin((phiB - phiA) / 2);
  const sinHalfDeltaLambda = Math.sin(((lonB - lonA) * RADIANS_PER_DEGREE) / 2);
  const h =
    sinHalfDeltaPhi * sinHalfDeltaPhi +
    Math.cos(phiA) * Math.cos(phiB) * sinHalfDeltaLambda * sinHalfDeltaLambda;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A local equirectangular plane around a centre: x = (lon − centreLon) × metersPerDegreeLon,
 * y = (lat − centreLat) × metersPerDegreeLat, both in metres. Plain data, so it can cross a worker boundary.
 */
export interface LocalProjector {
  centerLon: number;
  centerLat: number;
  /** Metres per degree of longitude at the centre latitude: R·π/180·cos(centreLat). */
  metersPerDegreeLon: number;
  /** Metres per degree of latitude: R·π/180. */
  metersPerDegreeLat: number;
}

/**
 * Creates a {@link LocalProjector} centred on (centerLon, centerLat).
 *
 * Error bound, relative to {@link haversineDistanceMeters}, for a pair whose mid-latitude lies Δφ radians from the
 * centre latitude φ0 and whose separation is d metres: |error| / d ≤ |tan φ0|·|Δφ| + (d/R)² (approximately).
 * The first term is the east–west scale cos φ taken at φ0 instead of at the pair; the second is the curvature
 * neglected by the plane. Centred on a facility with radius ≤ 1 km, Δφ ≤ 0.5 km / R = 7.8e-5 rad, so the error is
 * ≤ 0.005% at Wuhan (30.6° N) and ≤ 0.014% at 60° N: far below the 0.1% domain.md allows. One centre for a whole
 * city is worse: 70 km north of the centre in Wuhan, east–west distances err by ~0.7%. Centre it on the facility.
 */
export function createLocalProjector(centerLon: number, centerLat: number): LocalProjector {
  return {
    centerLon,
    centerLat,
    metersPerDegreeLon: METERS_PER_DEGREE_LATITUDE * Math.cos(centerLat * RADIANS_PER_DEGREE),
    metersPerDegreeLat: METERS_PER_DEGREE_LATITUDE,
  };
}

/** Easting of `lon` in the plane of `projector`, metres (positive east of the centre). */
export function projectXMeters(projector: LocalProjector, lon: number): number {
  return (lon - projector.centerLon) * projector.metersPerDegreeLon;
}

/** Northing of `lat` in the plane of `projector`, metres (positive north of the centre). */
export function projectYMeters(projector: LocalProjector, lat: number): number {
  return (lat - projector.centerLat) * projector.metersPerDegreeLat;
}

/**
 * Distance between two points in the plane of `projector`, metres. Within the bound stated on
 * {@link createLocalProjector} of {@link haversineDistanceMeters}.
 */
export function planarDistanceMeters(
  projector: LocalProjector,
  lonA: number,
  latA: number,
  lonB: number,
  latB: number,
): number {
  const dx = (lonB - lonA) * projector.metersPerDegreeLon;
  const dy = (latB - latA) * projector.metersPerDegreeLat;
  return Math.sqrt(dx * dx + dy * dy);
}
