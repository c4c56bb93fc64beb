/**
 * Coordinate reference systems Lifecircle reads (domain.md § Inputs, CRS): WGS 84, CGCS2000 geographic and its
 * 3-degree Gauss–Krüger zones, UTM, Web Mercator and GCJ-02. Everything is converted to WGS 84 at import.
 * proj4 definitions are built in code from the EPSG parameters so no registry lookup is needed.
 */
import proj4 from 'proj4';
import type { Result } from '../model/result';
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';

/** Axis-aligned valid range of a CRS, in its own units (degrees or metres). */
export interface CrsBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A supported coordinate reference system. Coordinates are always (x = easting/lon, y = northing/lat). */
export interface CrsInfo {
  /** Canonical id: `EPSG:4326`, `EPSG:4490`, `gcj02`, `EPSG:3857`, `EPSG:4547`, `EPSG:32650`, … */
  id: string;
  /** Human-readable name shown to the user, e.g. `WGS 84 / UTM zone 50N`. */
  name: string;
  /** `gcj02` is geographic but needs the GCJ-02 formulas instead of proj4. */
  kind: 'geographic' | 'projected' | 'gcj02';
  /** Unit of x and y. */
  unit: 'degree' | 'metre';
  /** proj4 definition string; absent for geographic CRSs treated as WGS 84 and for GCJ-02. */
  proj4?: string;
  /** Generous valid range used by {@link crsRangeCheck} to catch swapped axes and wrong CRS choices. */
  bounds: CrsBounds;
}

const WORLD_DEGREES: CrsBounds = { minX: -180, minY: -90, maxX: 180, maxY: 90 };
const GCJ02_DEGREES: CrsBounds = { minX: 72.004, minY: 0.8293, maxX: 137.8347, maxY: 55.8271 };
/** Web Mercator: ±π·R in x; y limited to ±85.06° latitude, where the square map ends. */
const WEB_MERCATOR_LIMIT_METERS = 20037508.342789244;
/**
 * Transverse-Mercator eastings within ±400 km of the central meridian (a 3° or 6° zone is at most ±334 km wide at
 * the equator; the slack accepts zone overflow). Northings: China (CGCS2000 zones) lies below 54° N ≈ 6.0e6 m.
 */
const TM_HALF_WIDTH_METERS = 400000;
const CGCS2000_MAX_NORTHING_METERS = 7000000;

const WGS84: CrsInfo = {
  id: 'EPSG:4326',
  name: 'WGS 84',
  kind: 'geographic',
  unit: 'degree',
  bounds: WORLD_DEGREES,
};

function cgcs2000GaussKruger(code: number): CrsInfo {
  // EPSG:4513–4533: zones 25–45 (CM = 3 × zone) with the zone number prefixed to the false easting.
  // EPSG:4534–4554: the same meridians 75°E–135°E without the prefix (false easting 500 km).
  const withZonePrefix = code <= 4533;
  const zone = withZonePrefix ? code - 4513 + 25 : code - 4534 + 25;
  const centralMeridian = zone * 3;
  const falseEasting = (withZonePrefix ? zone * 1000000 : 0) + 500000;
  return {
    id: `EPSG:${code}`,
    name: withZonePrefix
      ? `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`
      : `CGCS2000 / 3-degree Gauss-Kruger CM ${centralMeridian}E`,
    kind: 'projected',
    unit: 'metre',
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
    bounds: {
      minX: falseEasting - TM_HALF_WIDTH_METERS,
      minY: 0,
      maxX: falseEasting + TM_HALF_WIDTH_METERS,
      maxY: CGCS2000_MAX_NORTHING_METERS,
    },
  };
}

function utm(code: number): CrsInfo {
  const south = code >= 32701;
  const zone = code - (south ? 32700 : 32600);
  return {
    id: `EPSG:${code}`,
    name: `WGS 84 / UTM zone ${zone}${south ? 'S' : 'N'}`,
    kind: 'projected',
    unit: 'metre',
    proj4: `+proj=utm +zone=${zone}${south ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`,
    // North zones: equator (0) to 84° N (≈ 9.33e6 m); south zones: 10,000 km false northing down to 80° S.
    bounds: {
      minX: 500000 - TM_HALF_WIDTH_METERS,
      minY: south ? 1000000 : 0,
      maxX: 500000 + TM_HALF_WIDTH_METERS,
      maxY: south ? 10000000 : 9400000,
    },
  };
}

function crsFromEpsgCode(code: number): CrsInfo | undefined {
  if (code === 4326) return WGS84;
  if (code === 4490) {
    // CGCS2000 and WGS 84 agree to a few centimetres: treated as identical, as planners' GIS tools do.
    return { id: 'EPSG:4490', name: 'CGCS2000', kind: 'geographic', unit: 'degree', bounds: WORLD_DEGREES };
  }
  if (code === 3857) {
    return {
      id: 'EPSG:3857',
      name: 'WGS 84 / Pseudo-Mercator',
      kind: 'projected',
      unit: 'metre',
      proj4:
        '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
      bounds: {
        minX: -WEB_MERCATOR_LIMIT_METERS,
        minY: -WEB_MERCATOR_LIMIT_METERS,
        maxX: WEB_MERCATOR_LIMIT_METERS,
        maxY: WEB_MERCATOR_LIMIT_METERS,
      },
    };
  }
  if (code >= 4513 && code <= 4554) return cgcs2000GaussKruger(code);
  if ((code >= 32601 && code <= 32660) || (code >= 32701 && code <= 32760)) return utm(code);
  return undefined;
}

/**
 * Resolves a CRS id to its definition. Accepts (case-insensitively) `wgs84`, `wgs 84`, `gcj02`, `gcj-02`,
 * `cgcs2000`, `EPSG:n`, `epsg n` or a bare EPSG number. Fails with `crs-unknown` when the id cannot be parsed and
 * `crs-unsupported` for a well-formed EPSG code outside the supported list (domain.md § Inputs, CRS).
 */
export function resolveCrs(id: string): Result<CrsInfo> {
  const normalized = id
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (normalized === 'wgs84') return { ok: true, value: WGS84 };
  if (normalized === 'gcj02') {
    return {
      ok: true,
      value: { id: 'gcj02', name: 'GCJ-02', kind: 'gcj02', unit: 'degree', bounds: GCJ02_DEGREES },
    };
  }
  if (normalized === 'cgcs2000') return resolveCrs('EPSG:4490');
  const match = /^(?:epsg:?)?(\d{4,5})$/.exec(normalized);
  if (!match?.[1]) {
    return { ok: false, error: { code: 'crs-unknown', message: `Unknown coordinate system "${id}"` } };
  }
  const info = crsFromEpsgCode(Number(match[1]));
  if (!info) {
    return {
      ok: false,
      error: {
        code: 'crs-unsupported',
        message: `Unsupported coordinate system EPSG:${match[1]} (supported: WGS 84, CGCS2000 EPSG:4490 and 4513–4554, UTM 32601–32660/32701–32760, EPSG:3857, GCJ-02)`,
      },
    };
  }
  return { ok: true, value: info };
}

type Transform = (x: number, y: number) => [number, number];

const identity: Transform = (x, y) => [x, y];

function proj4Transform(definition: string, inverse: boolean): Transform {
  const converter = proj4(definition, proj4.WGS84);
  return inverse
    ? (x, y) => converter.inverse([x, y]) as [number, number]
    : (x, y) => converter.forward([x, y]) as [number, number];
}

/**
 * Returns a function mapping (x, y) in `crs` to WGS 84 [lon, lat] degrees. Projected CRSs use proj4; CGCS2000
 * geographic is treated as WGS 84; GCJ-02 uses the iterative inverse of domain.md § Inputs, CRS (< 0.5 m).
 */
export function createToWgs84(crs: CrsInfo): Transform {
  if (crs.kind === 'gcj02') return gcj02ToWgs84;
  if (crs.proj4 === undefined) return identity;
  return proj4Transform(crs.proj4, false);
}

/** Returns a function mapping WGS 84 (lon, lat) degrees to (x, y) in `crs`; the inverse of {@link createToWgs84}. */
export function createFromWgs84(crs: CrsInfo): Transform {
  if (crs.kind === 'gcj02') return wgs84ToGcj02;
  if (crs.proj4 === undefined) return identity;
  return proj4Transform(crs.proj4, true);
}

/** GeoTIFF "user-defined" marker: the key exists but names no EPSG code. */
const GEOKEY_USER_DEFINED = 32767;

function epsgFromGeoKey(value: unknown): number | undefined {
  const code = Array.isArray(value) ? value[0] : value;
  if (typeof code !== 'number' || !Number.isInteger(code) || code <= 0 || code === GEOKEY_USER_DEFINED) {
    return undefined;
  }
  return code;
}

/**
 * The CRS id (`EPSG:n`) named by a GeoTIFF's geokeys (as returned by geotiff.js `image.getGeoKeys()`), or
 * `undefined` when the file names none or only a user-defined one. ProjectedCSTypeGeoKey wins over
 * GeographicTypeGeoKey because a projected file also carries its base geographic CRS. The id may still be
 * unsupported: pass it to {@link resolveCrs}.
 */
export function crsFromGeoKeys(geoKeys: Record<string, unknown>): string | undefined {
  const projected = epsgFromGeoKey(geoKeys.ProjectedCSTypeGeoKey);
  if (projected !== undefined) return `EPSG:${projected}`;
  const geographic = epsgFromGeoKey(geoKeys.GeographicTypeGeoKey);
  if (geographic !== undefined) return `EPSG:${geographic}`;
  return undefined;
}

/**
 * True when (x, y), in `crs` units, lies inside the CRS's generous valid range ({@link CrsInfo.bounds}); false
 * for non-finite values. Use it to reject swapped axes or lon/lat numbers declared as a projected CRS.
 */
export function crsRangeCheck(crs: CrsInfo, x: number, y: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const b = crs.bounds;
  return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}
