/**
 * Which district a facility is located in, for "floor area located in the district" (domain.md § Definitions, "Area
 * per 100 households").
 *
 * Decision: the district whose polygon contains the facility's point, by the same even–odd rule, the same edge
 * arithmetic (`edgeCrossingLon`) and the same lowest-index-wins tie-break that assign cells to districts
 * (geo/point-in-polygon.ts, geo/assign-districts.ts). This is what a desktop-GIS spatial join of points to polygons
 * gives, it works for facilities on nodata cells (rivers, lakes) and outside the grid, and it cannot disagree with
 * the polygons drawn on the map. The alternative, "the district of the nearest cell", could put a facility near a
 * border into the neighbouring district.
 *
 * Speed: each district's edges are indexed by latitude band (geo/point-in-polygon.ts `createPolygonIndex`), so a
 * query tests the few edges of one band instead of every vertex (a full evaluation locates thousands of facilities);
 * and the polygons are binned by bounding box on a coarse grid, so a level of thousands of units (hexagons) tests only
 * the few whose box holds the point. Candidates are tested in index order, so the lowest index still wins.
 */
import { createPolygonIndex, geometryBounds, polygonIndexContains } from '../geo/point-in-polygon';
import type { District } from '../model/district';

/** Returns the index of the district containing (lon, lat), or `outside` when none does. */
export type FacilityLocator = (lon: number, lat: number) => number;

/** A {@link FacilityLocator} over `districts`; the band index is built once. */
export function createFacilityLocator(districts: readonly District[], outside: number): FacilityLocator {
  const polygons = districts.map((district) => createPolygonIndex(district.geometry));
  const boxes = districts.map((district) => geometryBounds(district.geometry));
  const west = Math.min(...boxes.map((box) => box[0]));
  const south = Math.min(...boxes.map((box) => box[1]));
  const east = Math.max(...boxes.map((box) => box[2]));
  const north = Math.max(...boxes.map((box) => box[3]));
  // About two polygons per bin side: a handful of candidates per query, few bins for a handful of districts.
  const side = Math.max(1, Math.min(512, Math.ceil(2 * Math.sqrt(districts.length))));
  const binWidth = (east - west) / side || 1;
  const binHeight = (north - south) / side || 1;
  const bins: number[][] = Array.from({ length: side * side }, () => []);
  const binOf = (value: number, origin: number, size: number) =>
    Math.min(side - 1, Math.max(0, Math.floor((value - origin) / size)));
  boxes.forEach((box, index) => {
    if (!(box[0] <= box[2])) return;
    for (let row = binOf(box[1], south, binHeight); row <= binOf(box[3], south, binHeight); row++) {
      for (let column = binOf(box[0], west, binWidth); column <= binOf(box[2], west, binWidth); column++) {
        bins[row * side + column]?.push(index);
      }
    }
  });
  return (lon, lat) => {
    if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return outside;
    const candidates = bins[binOf(lat, south, binHeight) * side + binOf(lon, west, binWidth)] ?? [];
    for (const index of candidates) {
      if (polygonIndexContains(polygons[index] as (typeof polygons)[number], lon, lat)) return index;
    }
    return outside;
  };
}
