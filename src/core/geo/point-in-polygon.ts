/**
 * Point in polygon by the even–odd rule over all rings (domain.md § Inputs: a cell belongs to the district that
 * contains its centroid). The rule and {@link edgeCrossingLon} are shared with the raster scanline fill in
 * assign-districts.ts so both decide every point identically, including points exactly on a boundary.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [minLon, minLat, maxLon, maxLat] in degrees. */
export type LonLatBounds = [number, number, number, number];

/**
 * Longitude where the edge A–B crosses the parallel `lat`, degrees. The endpoints are put in a canonical order
 * first (lower latitude first), so an edge shared by two polygons, listed in either direction, yields bit-identical
 * crossings: a point exactly on the shared edge then falls on the closed side of one polygon's interval
 * [west, east) and the open side of the other's, and so belongs to exactly one of them.
 * Call it only when `(latA > lat) !== (latB > lat)` (the half-open crossing test), which excludes horizontal edges.
 */
export function edgeCrossingLon(lonA: number, latA: number, lonB: number, latB: number, lat: number): number {
  if (latA > latB || (latA === latB && lonA > lonB)) {
    return lonB + ((lat - latB) * (lonA - lonB)) / (latA - latB);
  }
  return lonA + ((lat - latA) * (lonB - lonA)) / (latB - latA);
}

/** All rings (outer and holes) of a Polygon or MultiPolygon, in file order. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function ringContains(ring: Position[], lon: number, lat: number): boolean {
  let inside = false;
  // Starting with the last vertex closes the ring whether or not the file repeats the first vertex.
  let previous = ring[ring.length - 1];
  for (const current of ring) {
    if (previous === undefined) break;
    const lonA = previous[0] as number;
    const latA = previous[1] as number;
    const lonB = current[0] as number;
    const latB = current[1] as number;
    if (latA > lat !== latB > lat && lon < edgeCrossingLon(lonA, latA, lonB, latB, lat)) inside = !inside;
    previous = current;
  }
  return inside;
}

/**
 * True when (lon, lat) lies inside `geometry` by the even–odd rule over all its rings: a point is inside when a ray
 * to the east crosses the rings an odd number of times, with the half-open rule (a vertex's latitude counts as above).
 * On boundaries: a point on a west or south edge is inside, on an east or north edge outside.
 */
export function pointInPolygon(lon: number, lat: number, geometry: Polygon | MultiPolygon): boolean {
  let inside = false;
  for (const ring of ringsOf(geometry)) {
    if (ringContains(ring, lon, lat)) inside = !inside;
  }
  return inside;
}

/** Bounding box of all vertices of `geometry`, degrees; Infinity/−Infinity when it has no vertex. */
export function geometryBounds(geometry: Polygon | MultiPolygon): LonLatBounds {
  const bounds: LonLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(geometry)) {
    for (const position of ring) {
      const lon = position[0] as number;
      const lat = position[1] as number;
      if (lon < bounds[0]) bounds[0] = lon;
      if (lat < bounds[1]) bounds[1] = lat;
      if (lon > bounds[2]) bounds[2] = lon;
      if (lat > bounds[3]) bounds[3] = lat;
    }
  }
  return bounds;
}
