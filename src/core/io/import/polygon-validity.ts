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

/**
 * The open ring `ring` (no repeated consecutive vertices) without spikes A → B → A, nested ones included, and the
 * number of tips removed. One pass with a stack, then the same at the seam between the last and first vertices:
 * linear, where removing tips one splice at a time took 31.7 s on a ring of 200,000 spikes.
 */
function removeSpikes(ring: readonly Position[]): { ring: Position[]; spikes: number } {
  const stack: Position[] = [];
  let spikes = 0;
  for (const position of ring) {
    if (stack.length >= 2 && samePosition(stack[stack.length - 2], position)) {
      // The top is a spike tip: drop it; `position` equals the new top, so it is not pushed again.
      stack.pop();
      spikes++;
    } else {
      stack.push(position);
    }
  }
  let first = 0;
  for (;;) {
    const length = stack.length - first;
    if (length < 3) break;
    if (samePosition(stack[stack.length - 2], stack[first])) {
      stack.pop();
      stack.pop();
      spikes++;
    } else if (samePosition(stack[stack.length - 1], stack[first + 1])) {
      stack.pop();
      first++;
      spikes++;
    } else if (samePosition(stack[stack.length - 1], stack[first])) {
      stack.pop();
    } else {
      break;
    }
  }
  return { ring: stack.slice(first), spikes };
}

/** One closed ring without repeated consecutive vertices or spikes; undefined when fewer than 3 vertices remain. */
function repairRing(ring: Position[], counts: RepairCounts): Position[] | undefined {
  // Work on the open ring (first vertex not repeated at the end) so spikes through the closing vertex are found.
  const open = ring.slice(0, samePosition(ring[0], ring[ring.length - 1]) ? -1 : ring.length);
  let duplicates = 0;
  const kept: Position[] = [];
  for (const position of open) {
    if (samePosition(kept[kept.length - 1], position)) duplicates++;
    else kept.push(position);
  }
  while (kept.length > 1 && samePosition(kept[0], kept[kept.length - 1])) {
    kept.pop();
    duplicates++;
  }
  const { ring: repaired, spikes } = removeSpikes(kept);
  if (duplicates > 0 || spikes > 0) {
    counts.rings++;
    counts.duplicates += duplicates;
    counts.spikes += spikes;
  }
  if (repaired.length < 3 || allCollinear(repaired)) return undefined;
  return [...repaired, repaired[0] as Position];
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
