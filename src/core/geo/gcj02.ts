/**
 * GCJ-02 ("Mars coordinates", used by AMap, Tencent and Google China) to and from WGS 84 (domain.md § Inputs, CRS).
 * GCJ-02 is WGS 84 plus a deliberate, smooth, position-dependent offset of roughly 300–700 m. The forward offset
 * is the widely published formula on the Krasovsky ellipsoid; there is no closed-form inverse, so the inverse
 * iterates the forward formula.
 */

/** Krasovsky 1940 semi-major axis, metres (domain.md § Inputs, CRS). */
const KRASOVSKY_SEMI_MAJOR_AXIS_METERS = 6378245;
/**
 * Krasovsky 1940 first eccentricity squared (domain.md § Inputs, CRS: 0.00669342162296594323, written here with the
 * digits a double holds).
 */
const KRASOVSKY_ECCENTRICITY_SQUARED = 0.006693421622965943;

/**
 * Rough bounding box of mainland China in which the offset is applied, degrees. Outside it GCJ-02 equals WGS 84
 * (Chinese map services return WGS 84 abroad), as in every published implementation.
 */
const GCJ02_CHINA_BOUNDS = {
  minLon: 72.004,
  maxLon: 137.8347,
  minLat: 0.8293,
  maxLat: 55.8271,
} as const;

/** Stop the inverse once a step moves the estimate by less than this many degrees (≈ 1 cm). */
const INVERSE_TOLERANCE_DEGREES = 1e-7;
const INVERSE_MAX_ITERATIONS = 30;

/** True when (lon, lat) lies outside the box where GCJ-02 differs from WGS 84. */
export function isOutsideGcj02Area(lon: number, lat: number): boolean {
  const b = GCJ02_CHINA_BOUNDS;
  return lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat;
}

function offsetLatitudeTerm(x: number, y: number): number {
  let value = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  value += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  value += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  value += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return value;
}

function offsetLongitudeTerm(x: number, y: number): number {
  let value = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  value += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  value += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  value += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return value;
}

/** Offset GCJ-02 − WGS 84 at a WGS 84 point, degrees [dLon, dLat]. */
function gcj02OffsetDegrees(lon: number, lat: number): [number, number] {
  const a = KRASOVSKY_SEMI_MAJOR_AXIS_METERS;
  const ee = KRASOVSKY_ECCENTRICITY_SQUARED;
  const latRadians = (lat / 180) * Math.PI;
  const sinLat = Math.sin(latRadians);
  const magic = 1 - ee * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = offsetLatitudeTerm(lon - 105, lat - 35);
  const dLon = offsetLongitudeTerm(lon - 105, lat - 35);
  // Metres → degrees on the Krasovsky ellipsoid: meridian and prime-vertical radii of curvature.
  const meridianRadius = (a * (1 - ee)) / (magic * sqrtMagic);
  const primeVerticalRadius = a / sqrtMagic;
  return [
    (dLon * 180) / (primeVerticalRadius * Math.cos(latRadians) * Math.PI),
    (dLat * 180) / (meridianRadius * Math.PI),
  ];
}

/**
 * WGS 84 → GCJ-02. Returns [lon, lat] in GCJ-02 degrees; unchanged outside {@link GCJ02_CHINA_BOUNDS}.
 */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (isOutsideGcj02Area(lon, lat)) return [lon, lat];
  const [dLon, dLat] = gcj02OffsetDegrees(lon, lat);
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 → WGS 84 by fixed-point iteration of the forward formula. Returns [lon, lat] in WGS 84 degrees whose
 * forward image is within ≈ 1 cm of the input (well under the 0.5 m of domain.md § Inputs, CRS); unchanged outside
 * {@link GCJ02_CHINA_BOUNDS}.
 */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (isOutsideGcj02Area(lon, lat)) return [lon, lat];
  let wgsLon = lon;
  let wgsLat = lat;
  for (let iteration = 0; iteration < INVERSE_MAX_ITERATIONS; iteration++) {
    const [gcjLon, gcjLat] = wgs84ToGcj02(wgsLon, wgsLat);
    const stepLon = lon - gcjLon;
    const stepLat = lat - gcjLat;
    wgsLon += stepLon;
    wgsLat += stepLat;
    if (Math.abs(stepLon) < INVERSE_TOLERANCE_DEGREES && Math.abs(stepLat) < INVERSE_TOLERANCE_DEGREES) break;
  }
  return [wgsLon, wgsLat];
}
