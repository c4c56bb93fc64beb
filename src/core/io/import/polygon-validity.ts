/**
 * Polygon checks of the district import (issue #5: "invalid polygons: repaired with a note, or refused"). What can
 * be repaired without guessing is repaired and counted: repeated consecutive vertices and zero-width spikes
 * (A → B → A), both common in quantised web-map boundaries, and rings whose vertices all lie on one line, which contain no point. A
 * boundary whose edges cross is refused: which side of a crossing is "inside" is exactly what a repair would have to
 * guess, and it decides whose population is counted. Edges that run back along each other (AMap boundaries do this
 * at 1/1024° steps) are accepted: they add two crossings to any ray and so change no point's inside/outside answer.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Counts of what {@link repairPolygon} removed. */
export interface RepairCounts {
  /** Rings changed. */
  rings: number;
  duplicates: number;
  spikes: number;
  /** Rings of zero area dropped (with their holes, for an outer ring). */
  droppedRings: number;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** One closed ring without repeated consecutive vertices or spikes; undefined when fewer than 3 vertices remain. */
function repairRing(ring: Position[], counts: RepairCounts): Position[] | undefined {
  // Work on the open ring (first vertex not repeated at the end) so spikes through the closing vertex are found.
  const open = ring.slice(0, samePosition(ring[0], ring[ring.length - 1]) ? -1 : ring.length);
  let duplicates = 0;
  let spikes = 0;
  const kept: Position[] = [];
  for (const position of open) {
    if (samePosition(kept[kept.length - 1], position)) duplicates++;
    else kept.push(position);
  }
  while (kept.length > 1 && samePosition(kept[0], kept[kept.length - 1])) {
    kept.pop();
    duplicates++;
  }
  let changed = true;
  while (changed && kept.length >= 3) {
    changed = false;
    for (let index = 0; index < kept.length && kept.length >= 3; index++) {
      const previous = kept[(index - 1 + kept.length) % kept.length];
      const next = kept[(index + 1) % kept.length];
      if (samePosition(previous, next)) {
        // Removing the spike tip leaves previous and next adjacent and equal: drop one of them too.
        kept.splice(index, 1);
        kept.splice(index % kept.length, 1);
        spikes++;
        changed = true;
      }
    }
  }
  if (duplicates > 0 || spikes > 0) {
    counts.rings++;
    counts.duplicates += duplicates;
    counts.spikes += spikes;
  }
  if (kept.length < 3 || allCollinear(kept)) return undefined;
  return [...kept, kept[0] as Position];
}

/** True when every vertex lies on the line through the first two: the ring encloses no area. */
function allCollinear(ring: Position[]): boolean {
  const [ax, ay] = ring[0] as [number, number];
  const [bx, by] = ring[1] as [number, number];
  return ring.every(([x, y]) => (bx - ax) * ((y as number) - ay) - (by - ay) * ((x as number) - ax) === 0);
}

/**
 * Returns the geometry with every ring repaired (see the module comment) and closed, and adds what was removed to
 * `counts`. A ring that collapses (fewer than three distinct vertices, or all on one line) is dropped, with its holes when
 * it is an outer ring. Returns undefined when nothing is left.
 */
export function repairPolygon(
  geometry: Polygon | MultiPolygon,
  counts: RepairCounts,
): Polygon | MultiPolygon | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const repaired: Position[][][] = [];
  for (const rings of polygons) {
    const out: Position[][] = [];
    for (const [index, ring] of rings.entries()) {
      const fixed = repairRing(ring, counts);
      if (fixed === undefined) {
        counts.droppedRings += index === 0 ? rings.length : 1;
        if (index === 0) break;
        continue;
      }
      out.push(fixed);
    }
    if (out.length > 0) repaired.push(out);
  }
  if (repaired.length === 0) return undefined;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: repaired[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: repaired };
}

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  ring: number;
  index: number;
  ringLength: number;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Crossing point of two segments that cross properly (each one's ends strictly on both sides of the other). */
function crossing(s: Segment, t: Segment): Position | undefined {
  const o1 = orientation(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orientation(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orientation(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orientation(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const d = (s.bx - s.ax) * (t.by - t.ay) - (s.by - s.ay) * (t.bx - t.ax);
    const u = ((t.ax - s.ax) * (t.by - t.ay) - (t.ay - s.ay) * (t.bx - t.ax)) / d;
    return [s.ax + u * (s.bx - s.ax), s.ay + u * (s.by - s.ay)];
  }
  return undefined;
}

function adjacent(s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const gap = Math.abs(s.index - t.index);
  return gap === 1 || gap === s.ringLength - 1;
}

function segmentsOf(rings: Position[][]): Segment[] {
  const segments: Segment[] = [];
  rings.forEach((ring, ringIndex) => {
    for (let index = 0; index + 1 < ring.length; index++) {
      const a = ring[index] as Position;
      const b = ring[index + 1] as Position;
      const ax = a[0] as number;
      const bx = b[0] as number;
      segments.push({
        ax,
        ay: a[1] as number,
        bx,
        by: b[1] as number,
        minX: Math.min(ax, bx),
        maxX: Math.max(ax, bx),
        ring: ringIndex,
        index,
        ringLength: ring.length - 1,
      });
    }
  });
  return segments;
}

/**
 * The first point where two edges of one polygon (outer ring and holes together) cross, or undefined when there is
 * none. Edges that touch at a vertex or run along each other are accepted (the even–odd rule of point-in-polygon.ts
 * gives every other point the same answer). Sort-and-sweep on x: near-linear for the boundaries planners import.
 */
export function findSelfIntersection(geometry: Polygon | MultiPolygon): Position | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    const segments = segmentsOf(rings).sort((s, t) => s.minX - t.minX);
    const active: Segment[] = [];
    for (const segment of segments) {
      let write = 0;
      for (const other of active) {
        if (other.maxX < segment.minX) continue;
        active[write++] = other;
        if (adjacent(segment, other)) continue;
        const point = crossing(segment, other);
        if (point) return point;
      }
      active.length = write;
      active.push(segment);
    }
  }
  return undefined;
}
