/**
 * Coordinate checks shared by every vector and table import (domain.md § Inputs, CRS; issue #5): which CRS to read
 * the numbers in — the user's choice, else the file's, else WGS 84 only when every number is a valid longitude and
 * latitude (a projected file without a CRS is never guessed) — and whether they fit that CRS or look swapped.
 */
import { type CrsInfo, crsRangeCheck, resolveCrs } from '../../geo/crs';
import { isOutsideGcj02Area } from '../../geo/gcj02';
import { ok, type Result } from '../../model/result';
import { importFail } from './messages';
import { MAX_GEOMETRY_NESTING } from './vector-limits';

/** The coordinate pairs of a file, column-wise (cheap for millions of vertices), with their 1-based feature or row. */
export interface PositionColumns {
  x: number[];
  y: number[];
  item: number[];
}

/** Empty {@link PositionColumns}. */
export function emptyPositions(): PositionColumns {
  return { x: [], y: [], item: [] };
}

/** Index of the first position for which `test` is false, or -1. */
function firstFailing(positions: PositionColumns, test: (x: number, y: number) => boolean): number {
  for (let index = 0; index < positions.x.length; index++) {
    if (!test(positions.x[index] as number, positions.y[index] as number)) return index;
  }
  return -1;
}

/** Calls `visit` with every numeric (x, y) pair in a GeoJSON geometry (any type, collections included). */
function forEachPosition(geometry: unknown, visit: (x: number, y: number) => void, nesting = 0): void {
  if (typeof geometry !== 'object' || geometry === null) return;
  const record = geometry as { coordinates?: unknown; geometries?: unknown };
  if (Array.isArray(record.geometries)) {
    // Deeper collections are refused when the file is read (vector-limits.ts); never recurse without bound.
    if (nesting >= MAX_GEOMETRY_NESTING) return;
    for (const member of record.geometries) forEachPosition(member, visit, nesting + 1);
    return;
  }
  const walk = (value: unknown, depth: number): void => {
    // GeoJSON nests at most 4 deep (MultiPolygon); deeper input is not GeoJSON and must not exhaust the stack.
    if (!Array.isArray(value) || depth > 4) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      visit(value[0], value[1]);
      return;
    }
    for (const item of value) walk(item, depth + 1);
  };
  walk(record.coordinates, 0);
}

/** Every (x, y) of the geometries, tagged with the 1-based position of its geometry in the list. */
export function positionsOfGeometries(geometries: readonly unknown[]): PositionColumns {
  const positions = emptyPositions();
  geometries.forEach((geometry, index) => {
    forEachPosition(geometry, (x, y) => {
      positions.x.push(x);
      positions.y.push(y);
      positions.item.push(index + 1);
    });
  });
  return positions;
}

const WGS84 = resolveCrs('EPSG:4326');

function wgs84(): CrsInfo {
  if (!WGS84.ok) throw new Error('EPSG:4326 must resolve');
  return WGS84.value;
}

/** The CRS chosen for a file and whether it was assumed rather than stated. */
export interface ChosenCrs {
  crs: CrsInfo;
  /** True when nothing stated the CRS and WGS 84 was taken because every number is a longitude/latitude. */
  assumed: boolean;
}

function roundedText(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/**
 * Chooses the CRS: `requested` (resolveCrs id), else `declared`, else WGS 84 when every position is a valid
 * longitude/latitude (`assumed`). Then checks every position against the CRS's range. Errors: `crs-unknown`,
 * `crs-unsupported`, `crs-required` (numbers out of lon/lat range and no CRS), `coordinates-swapped` (they would fit
 * with x and y exchanged), `coordinates-out-of-range`.
 */
export function chooseCrs(
  positions: PositionColumns,
  requested: string | undefined,
  declared: CrsInfo | undefined,
): Result<ChosenCrs> {
  let chosen: ChosenCrs;
  if (requested !== undefined) {
    const resolved = resolveCrs(requested);
    if (!resolved.ok) return resolved;
    chosen = { crs: resolved.value, assumed: false };
  } else if (declared !== undefined) {
    chosen = { crs: declared, assumed: false };
  } else {
    const outside = firstFailing(positions, (x, y) => crsRangeCheck(wgs84(), x, y));
    if (outside >= 0 && firstFailing(positions, (x, y) => crsRangeCheck(wgs84(), y, x)) >= 0) {
      return importFail('crs-required', {
        x: roundedText(positions.x[outside] as number),
        y: roundedText(positions.y[outside] as number),
      });
    }
    chosen = { crs: wgs84(), assumed: true };
  }
  const checked = checkRange(positions, chosen.crs);
  return checked.ok ? ok(chosen) : checked;
}

/** Fails on the first position outside the CRS range: `coordinates-swapped` when all fit exchanged. */
export function checkRange(positions: PositionColumns, crs: CrsInfo): Result<true> {
  const outside = firstFailing(positions, (x, y) => crsRangeCheck(crs, x, y));
  if (outside < 0) return ok(true);
  const details = {
    x: roundedText(positions.x[outside] as number),
    y: roundedText(positions.y[outside] as number),
    item: positions.item[outside] as number,
    crs: crs.name,
  };
  const swappedFits = firstFailing(positions, (x, y) => crsRangeCheck(crs, y, x)) < 0;
  return importFail(swappedFits ? 'coordinates-swapped' : 'coordinates-out-of-range', details);
}

/** True when a lon/lat file lies in China, where GCJ-02 coordinates are common and cannot be told from WGS 84. */
export function maybeGcj02(positions: PositionColumns, crs: CrsInfo): boolean {
  if (crs.id !== 'EPSG:4326' && crs.id !== 'EPSG:4490') return false;
  if (positions.x.length === 0) return false;
  return firstFailing(positions, (x, y) => !isOutsideGcj02Area(x, y)) < 0;
}
