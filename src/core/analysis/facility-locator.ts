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
 * Speed: each district's edges are indexed by latitude band, so a query tests the few edges of one band instead of
 * every vertex (a full evaluation locates thousands of facilities).
 */
import { edgeCrossingLon, geometryBounds, ringsOf } from '../geo/point-in-polygon';
import type { District } from '../model/district';

/** Returns the index of the district containing (lon, lat), or `outside` when none does. */
export type FacilityLocator = (lon: number, lat: number) => number;

const BANDS_PER_DISTRICT = 64;

interface BandedPolygon {
  west: number;
  south: number;
  east: number;
  north: number;
  bandHeight: number;
  bandCount: number;
  /** lonA, latA, lonB, latB per edge. */
  edges: Float64Array;
  /** Edges of band b: edgeOfBand[bandStart[b] … bandStart[b + 1] − 1]. */
  bandStart: Int32Array;
  edgeOfBand: Int32Array;
}

function bandOf(polygon: { south: number; bandHeight: number; bandCount: number }, lat: number): number {
  const band = Math.floor((lat - polygon.south) / polygon.bandHeight);
  return Math.min(polygon.bandCount - 1, Math.max(0, band));
}

function bandPolygon(district: District): BandedPolygon {
  const [west, south, east, north] = geometryBounds(district.geometry);
  const coordinates: number[] = [];
  // The edges of every ring, each ring closed from its last vertex, as in geo/point-in-polygon.ts.
  for (const ring of ringsOf(district.geometry)) {
    let previous = ring[ring.length - 1];
    for (const current of ring) {
      if (previous === undefined) break;
      coordinates.push(
        previous[0] as number,
        previous[1] as number,
        current[0] as number,
        current[1] as number,
      );
      previous = current;
    }
  }
  const edges = Float64Array.from(coordinates);
  const edgeCount = edges.length / 4;
  const bandCount = north > south ? BANDS_PER_DISTRICT : 1;
  const bandHeight = north > south ? (north - south) / bandCount : 1;
  const shape = { south, bandHeight, bandCount };
  const lists: number[][] = Array.from({ length: bandCount }, () => []);
  for (let edge = 0; edge < edgeCount; edge++) {
    const latA = edges[4 * edge + 1] as number;
    const latB = edges[4 * edge + 3] as number;
    const last = bandOf(shape, Math.max(latA, latB));
    for (let band = bandOf(shape, Math.min(latA, latB)); band <= last; band++)
      (lists[band] as number[]).push(edge);
  }
  const bandStart = new Int32Array(bandCount + 1);
  lists.forEach((list, band) => {
    bandStart[band + 1] = (bandStart[band] as number) + list.length;
  });
  return {
    west,
    south,
    east,
    north,
    bandHeight,
    bandCount,
    edges,
    bandStart,
    edgeOfBand: Int32Array.from(lists.flat()),
  };
}

/** Even–odd test over the edges of the point's band: the parity of all rings' crossings, as pointInPolygon. */
function contains(polygon: BandedPolygon, lon: number, lat: number): boolean {
  const { edges, bandStart, edgeOfBand } = polygon;
  const band = bandOf(polygon, lat);
  let inside = false;
  for (let k = bandStart[band] as number; k < (bandStart[band + 1] as number); k++) {
    const base = 4 * (edgeOfBand[k] as number);
    const lonA = edges[base] as number;
    const latA = edges[base + 1] as number;
    const lonB = edges[base + 2] as number;
    const latB = edges[base + 3] as number;
    if (latA > lat !== latB > lat && lon < edgeCrossingLon(lonA, latA, lonB, latB, lat)) inside = !inside;
  }
  return inside;
}

/** A {@link FacilityLocator} over `districts`; the band index is built once. */
export function createFacilityLocator(districts: readonly District[], outside: number): FacilityLocator {
  const polygons = districts.map(bandPolygon);
  return (lon, lat) => {
    for (let index = 0; index < polygons.length; index++) {
      const polygon = polygons[index] as BandedPolygon;
      if (lon < polygon.west || lon > polygon.east || lat < polygon.south || lat > polygon.north) continue;
      if (contains(polygon, lon, lat)) return index;
    }
    return outside;
  };
}
