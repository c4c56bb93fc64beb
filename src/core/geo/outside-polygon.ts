/**
 * The world outside a city, as one fill: what the offline map paints grey around the city (map-style.ts). Painting
 * the outside instead of the city's land means a view inside the city, where planners work, fills no pixel for it:
 * under software WebGL a fill over the whole view cost the GPU process ~28 ms of CPU per frame of a drag (issue 13).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The Web Mercator world (MapLibre draws nothing beyond ±85.05°), counter-clockwise. */
const WORLD_RING: Position[] = [
  [-180, -85.06],
  [180, -85.06],
  [180, 85.06],
  [-180, 85.06],
  [-180, -85.06],
];

/** Twice the signed area of a ring in degrees² (shoelace): positive when counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let k = 0, previous = ring.length - 1; k < ring.length; previous = k++) {
    const [lonA, latA] = ring[previous] as Position;
    const [lonB, latB] = ring[k] as Position;
    sum += (lonA as number) * (latB as number) - (lonB as number) * (latA as number);
  }
  return sum;
}

function oriented(ring: Position[], counterClockwise: boolean): Position[] {
  return ringSignedArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/**
 * The world minus the union of `geometries`: the world ring with every outer ring as a hole, then every hole of the
 * city (an enclave outside it) as a polygon of its own. Windings follow RFC 7946 (outer rings counter-clockwise,
 * holes clockwise), which MapLibre needs to tell holes from polygons. Assumes the city's polygons are disjoint and
 * none lies inside another's hole, as a city boundary's do.
 */
export function outsideOf(geometries: readonly (Polygon | MultiPolygon)[]): MultiPolygon {
  const polygons = geometries.flatMap((geometry) =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  );
  const outerRings = polygons.flatMap((rings) => rings.slice(0, 1));
  const enclaves = polygons.flatMap((rings) => rings.slice(1));
  return {
    type: 'MultiPolygon',
    coordinates: [
      [WORLD_RING, ...outerRings.map((ring) => oriented(ring, false))],
      ...enclaves.map((ring) => [oriented(ring, true)]),
    ],
  };
}
