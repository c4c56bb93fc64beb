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

/**
 * A polygon prepared for many point queries: its edges bucketed by latitude band, so a query tests only the few
 * edges spanning its latitude instead of every vertex. Answers exactly as {@link pointInPolygon}.
 */
export interface PolygonIndex {
  bounds: LonLatBounds;
  bandHeightDegrees: number;
  /** Edges of band b are edgeOfBand[bandStart[b] .. bandStart[b + 1]), as indices into `edges`. */
  bandStart: Int32Array;
  edgeOfBand: Int32Array;
  /** lonA, latA, lonB, latB per non-horizontal edge. */
  edges: Float64Array;
}

/** Builds a {@link PolygonIndex} with about one band per edge (at most 4,096 bands). */
export function createPolygonIndex(geometry: Polygon | MultiPolygon): PolygonIndex {
  const bounds = geometryBounds(geometry);
  const coordinates: number[] = [];
  for (const ring of ringsOf(geometry)) {
    let previous = ring[ring.length - 1];
    for (const current of ring) {
      if (previous === undefined) break;
      if (previous[1] !== current[1]) {
        coordinates.push(
          previous[0] as number,
          previous[1] as number,
          current[0] as number,
          current[1] as number,
        );
      }
      previous = current;
    }
  }
  const edges = Float64Array.from(coordinates);
  const edgeCount = edges.length / 4;
  const bandCount = Math.max(1, Math.min(4096, edgeCount));
  const bandHeightDegrees = (bounds[3] - bounds[1]) / bandCount || 1;
  const bandOf = (lat: number) =>
    Math.min(bandCount - 1, Math.max(0, Math.floor((lat - bounds[1]) / bandHeightDegrees)));
  const bandStart = new Int32Array(bandCount + 1);
  const forEachBand = (edge: number, visit: (band: number) => void) => {
    const latA = edges[4 * edge + 1] as number;
    const latB = edges[4 * edge + 3] as number;
    for (let band = bandOf(Math.min(latA, latB)); band <= bandOf(Math.max(latA, latB)); band++) visit(band);
  };
  for (let edge = 0; edge < edgeCount; edge++) {
    forEachBand(edge, (band) => {
      bandStart[band + 1] = (bandStart[band + 1] as number) + 1;
    });
  }
  for (let band = 0; band < bandCount; band++) {
    bandStart[band + 1] = (bandStart[band + 1] as number) + (bandStart[band] as number);
  }
  const cursor = bandStart.slice(0, bandCount);
  const edgeOfBand = new Int32Array(bandStart[bandCount] as number);
  for (let edge = 0; edge < edgeCount; edge++) {
    forEachBand(edge, (band) => {
      edgeOfBand[(cursor[band] as number)++] = edge;
    });
  }
  return { bounds, bandHeightDegrees, bandStart, edgeOfBand, edges };
}

/** True when (lon, lat) lies inside the indexed polygon; identical to {@link pointInPolygon} on its geometry. */
export function polygonIndexContains(index: PolygonIndex, lon: number, lat: number): boolean {
  // Indexed reads, not array destructuring: destructuring runs the iterator protocol, and this is called thousands of
  // times per full evaluation (facility-locator.ts).
  const bounds = index.bounds;
  const south = bounds[1];
  if (!(lon >= bounds[0] && lon <= bounds[2] && lat >= south && lat <= bounds[3])) return false;
  const bandCount = index.bandStart.length - 1;
  const band = Math.min(bandCount - 1, Math.max(0, Math.floor((lat - south) / index.bandHeightDegrees)));
  const { edges, edgeOfBand } = index;
  let inside = false;
  for (let k = index.bandStart[band] as number; k < (index.bandStart[band + 1] as number); k++) {
    const e = 4 * (edgeOfBand[k] as number);
    const lonA = edges[e] as number;
    const latA = edges[e + 1] as number;
    const lonB = edges[e + 2] as number;
    const latB = edges[e + 3] as number;
    if (latA > lat !== latB > lat && lon < edgeCrossingLon(lonA, latA, lonB, latB, lat)) inside = !inside;
  }
  return inside;
}
