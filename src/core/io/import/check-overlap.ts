/**
 * Checks of a population grid against districts after both are imported (issue #5): do they overlap at all, does
 * most of the population fall outside every district, and does the district layer sit a few hundred metres east of
 * the grid as GCJ-02 coordinates read as WGS 84 do (domain.md § Inputs, CRS: "a hint worth showing").
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { assignCellsToDistricts } from '../../geo/assign-districts';
import { METERS_PER_DEGREE_LATITUDE } from '../../geo/distance';
import { gcj02ToWgs84, isOutsideGcj02Area, wgs84ToGcj02 } from '../../geo/gcj02';
import { geometryBounds } from '../../geo/point-in-polygon';
import type { District } from '../../model/district';
import type { PopulationGrid } from '../../model/grid';
import { ok, type Result } from '../../model/result';
import type { ImportIssue } from './import-types';
import { importFail, importIssue } from './messages';

/** Share of the population outside every district above which `population-mostly-outside` is raised. */
const MOSTLY_OUTSIDE_SHARE = 0.5;
/**
 * The GCJ-02 hint fires when reading the districts as GCJ-02 at least halves the population outside them and moves
 * at least this share of the total inside: a real GCJ-02 file gains people along its whole outline, while a WGS 84
 * file can only lose some (the shift is ~500 m).
 */
const GCJ02_HINT_MIN_GAIN_SHARE = 0.001;

/** What {@link checkGridAgainstDistricts} found. */
export interface OverlapReport {
  /** Persons of the layer, in total and in no district. */
  populationTotal: number;
  populationOutside: number;
  /** Cell → district index, or −1 (assign-districts.ts), for the districts as given. */
  districtOfCell: Int32Array;
  /** Warnings: `population-mostly-outside`, `districts-gcj02-offset`. */
  issues: ImportIssue[];
}

function outsidePopulation(values: Float32Array, districtOfCell: Int32Array): [number, number] {
  let outside = 0;
  let total = 0;
  for (let cell = 0; cell < values.length; cell++) {
    total += values[cell] as number;
    if (districtOfCell[cell] === -1) outside += values[cell] as number;
  }
  return [outside, total];
}

function mapGeometry(geometry: Polygon | MultiPolygon, map: (lon: number, lat: number) => [number, number]) {
  const ring = (positions: Position[]) => positions.map((p) => map(p[0] as number, p[1] as number));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon' as const, coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon' as const, coordinates: geometry.coordinates.map((rings) => rings.map(ring)) };
}

/** Centre of the districts' bounding box, degrees. */
function centreOf(districts: readonly District[]): [number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const district of districts) {
    const [w, s, e, n] = geometryBounds(district.geometry);
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return [(west + east) / 2, (south + north) / 2];
}

/** The GCJ-02 offset at a point as metres and a compass direction (east, south-east, …). */
function gcj02OffsetAt(lon: number, lat: number): { meters: number; direction: string } {
  const [gcjLon, gcjLat] = wgs84ToGcj02(lon, lat);
  const east = (gcjLon - lon) * METERS_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180);
  const north = (gcjLat - lat) * METERS_PER_DEGREE_LATITUDE;
  const northSouth = Math.abs(north) > Math.abs(east) / 2 ? (north > 0 ? 'north' : 'south') : '';
  const eastWest = Math.abs(east) > Math.abs(north) / 2 ? (east > 0 ? 'east' : 'west') : '';
  return {
    meters: Math.round(Math.hypot(east, north) / 10) * 10,
    direction: [northSouth, eastWest].filter((part) => part !== '').join('-'),
  };
}

/**
 * Whether `polygons` (districts or a unit level, read in `crsId`) sit where GCJ-02 coordinates read as WGS 84 would:
 * not read as `gcj02`, in China, and re-reading them as GCJ-02 at least halves the persons of `values` outside them
 * (`outside` of `total` now; see {@link GCJ02_HINT_MIN_GAIN_SHARE}). Returns the offset at their centre, or null.
 */
export function gcj02Offset(
  grid: PopulationGrid,
  polygons: readonly District[],
  values: Float32Array,
  outside: number,
  total: number,
  crsId: string,
): { meters: number; direction: string } | null {
  const [centreLon, centreLat] = centreOf(polygons);
  if (crsId === 'gcj02' || polygons.length === 0 || isOutsideGcj02Area(centreLon, centreLat) || !(total > 0))
    return null;
  const corrected = polygons.map((polygon) => ({
    ...polygon,
    geometry: mapGeometry(polygon.geometry, gcj02ToWgs84),
  }));
  const [outsideCorrected] = outsidePopulation(values, assignCellsToDistricts(grid, corrected));
  const gains =
    outsideCorrected < outside / 2 && outside - outsideCorrected >= GCJ02_HINT_MIN_GAIN_SHARE * total;
  return gains ? gcj02OffsetAt(centreLon, centreLat) : null;
}

/**
 * Assigns the grid's cells to the districts and checks the pair. Fails with `grid-districts-no-overlap` when the
 * grid has population but none of it lies in a district. Warns with `population-mostly-outside` above
 * {@link MOSTLY_OUTSIDE_SHARE}, and with `districts-gcj02-offset` when `districtsCrsId` is not `gcj02`, the districts
 * lie in China, and re-reading them as GCJ-02 halves the population outside (see {@link GCJ02_HINT_MIN_GAIN_SHARE}).
 * `layerId` names the population layer (persons); the grid and districts are not modified.
 */
export function checkGridAgainstDistricts(
  grid: PopulationGrid,
  districts: readonly District[],
  layerId: string,
  districtsCrsId = 'EPSG:4326',
): Result<OverlapReport> {
  const values = grid.layers[layerId] ?? new Float32Array(grid.cellCount);
  const districtOfCell = assignCellsToDistricts(grid, districts);
  const [outside, total] = outsidePopulation(values, districtOfCell);
  if (total > 0 && outside >= total) return importFail('grid-districts-no-overlap');
  const issues: ImportIssue[] = [];
  if (total > 0 && outside > MOSTLY_OUTSIDE_SHARE * total) {
    issues.push(importIssue('population-mostly-outside', { percent: ((100 * outside) / total).toFixed(1) }));
  }
  const offset = gcj02Offset(grid, districts, values, outside, total, districtsCrsId);
  if (offset) issues.push(importIssue('districts-gcj02-offset', offset));
  return ok({ populationTotal: total, populationOutside: outside, districtOfCell, issues });
}
