/**
 * Which district a facility is located in, for "floor area located in the district" (domain.md § Definitions, "Area
 * per 100 households").
 *
 * Decision: the district whose polygon contains the facility's point, by the same even–odd rule and the same
 * lowest-index-wins tie-break that assign cells to districts (geo/assign-districts.ts). This is what a desktop-GIS
 * spatial join of points to polygons gives, it works for facilities on nodata cells (rivers, lakes) and outside the
 * grid, and it cannot disagree with the polygons drawn on the map. The alternative, "the district of the nearest
 * cell", could put a facility near a border into the neighbouring district.
 */
import { geometryBounds, type LonLatBounds, pointInPolygon } from '../geo/point-in-polygon';
import type { District } from '../model/district';

/** Returns the index of the district containing (lon, lat), or `outside` when none does. */
export type FacilityLocator = (lon: number, lat: number) => number;

/** A {@link FacilityLocator} over `districts`; bounding boxes are computed once. */
export function createFacilityLocator(districts: readonly District[], outside: number): FacilityLocator {
  const bounds: LonLatBounds[] = districts.map((district) => geometryBounds(district.geometry));
  return (lon, lat) => {
    for (let index = 0; index < districts.length; index++) {
      const [west, south, east, north] = bounds[index] as LonLatBounds;
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (pointInPolygon(lon, lat, (districts[index] as District).geometry)) return index;
    }
    return outside;
  };
}
