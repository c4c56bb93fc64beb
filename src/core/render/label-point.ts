import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

function ringArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    twiceArea += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return Math.abs(twiceArea) / 2;
}

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function squaredDistanceToSegment(x: number, y: number, a: Position, b: Position, xScale: number): number {
  const ax = (a[0] as number) * xScale;
  const ay = a[1] as number;
  const dx = (b[0] as number) * xScale - ax;
  const dy = (b[1] as number) - ay;
  const px = x * xScale;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / lengthSquared)) : 0;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}

/**
 * A point well inside the polygon for its name label: among a 25 × 25 lattice over the largest part (plus its
 * vertex mean), the inside point farthest from every edge, with longitudes shrunk by cos(latitude) so "farthest"
 * means metres. A centroid can fall outside a crescent-shaped district; this cannot.
 */
export function labelPointOf(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let polygon = parts[0] as Ring[];
  for (const part of parts) if (ringArea(part[0] as Ring) > ringArea(polygon[0] as Ring)) polygon = part;
  const outer = polygon[0] as Ring;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let sumX = 0;
  let sumY = 0;
  // The closing vertex repeats the first: leave it out of the mean.
  const open = outer.slice(0, -1) as [number, number][];
  for (const [x, y] of open) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
    sumX += x;
    sumY += y;
  }
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  // The vertex mean comes first so it wins ties (a symmetric shape keeps its label in the middle).
  const candidates: [number, number][] = [[sumX / open.length, sumY / open.length]];
  const steps = 24;
  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      candidates.push([west + ((east - west) * i) / steps, south + ((north - south) * j) / steps]);
    }
  }
  let best: [number, number] = candidates[0] as [number, number];
  let bestDistance = -1;
  for (const [x, y] of candidates) {
    if (!insideRing(x, y, outer) || polygon.slice(1).some((hole) => insideRing(x, y, hole))) continue;
    let nearest = Infinity;
    for (const ring of polygon) {
      for (let k = 1; k < ring.length; k += 1) {
        nearest = Math.min(
          nearest,
          squaredDistanceToSegment(x, y, ring[k - 1] as Position, ring[k] as Position, xScale),
        );
      }
    }
    if (nearest > bestDistance) {
      bestDistance = nearest;
      best = [x, y];
    }
  }
  return best;
}
