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
 * query tests the few edges of one band instead of every vertex (a full evaluation locates thousands of facilities).
 */
import { createPolygonIndex, polygonIndexContains } from '../geo/point-in-polygon';
import type { District } from '../model/district';

/** Returns the index of the district containing (lon, lat), or `outside` when none does. */
export type FacilityLocator = (lon: number, lat: number) => number;

/** A {@link FacilityLocator} over `districts`; the band index is built once. */
export function createFacilityLocator(districts: readonly District[], outside: number): FacilityLocator {
  const polygons = districts.map((district) => createPolygonIndex(district.geometry));
  return (lon, lat) => {
    for (let index = 0; index < polygons.length; index++) {
      if (polygonIndexContains(polygons[index] as (typeof polygons)[number], lon, lat)) return index;
    }
    return outside;
  };
}
