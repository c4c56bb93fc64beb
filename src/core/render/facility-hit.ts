/**
 * Screen geometry of a facility drag (issue 4 "drag to move"): which facility a press lands on, when a press becomes
 * a drag, and the facilities as drawn while one is dragged. Pure, so the adapter (map/facility-drag.ts) only feeds
 * it MapLibre's projected points.
 */
import type { Facility } from '../model/facility';

/** A facility's point on screen, CSS pixels from the map's top-left corner. */
export interface FacilityScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** How far from a facility's centre a press still grabs it, px: the drawn point (6–8 px) plus 6 px of slack. */
export const GRAB_RADIUS_PIXELS = 12;

/**
 * Movement before a press becomes a drag, px. Equal to MapLibre's click tolerance, so a press either clicks (selects)
 * or drags, never both.
 */
export const DRAG_THRESHOLD_PIXELS = 3;

/**
 * The facility whose point is nearest to (x, y) within `radiusPixels`, or null. On a tie the later one wins: it is
 * drawn on top.
 */
export function facilityAtPoint(
  points: readonly FacilityScreenPoint[],
  x: number,
  y: number,
  radiusPixels: number = GRAB_RADIUS_PIXELS,
): string | null {
  let best: string | null = null;
  let bestSquared = radiusPixels * radiusPixels;
  for (const point of points) {
    const squared = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (squared <= bestSquared) {
      best = point.id;
      bestSquared = squared;
    }
  }
  return best;
}

/** Whether the pointer went far enough from where it was pressed for a drag (strictly beyond the threshold). */
export function isDrag(startX: number, startY: number, x: number, y: number): boolean {
  return (x - startX) ** 2 + (y - startY) ** 2 > DRAG_THRESHOLD_PIXELS * DRAG_THRESHOLD_PIXELS;
}

/**
 * Where a dragged facility is drawn. At the pointer, except in walking-network mode (`alongNetwork`) once its reached
 * streets are drawn (`streets`: the facility and position they were computed for): then at that position, so the
 * point and its streets move in the same frame, one worker answer behind the pointer. Drawn apart, the point moved
 * in one frame and its streets in the next: two frames of every deck.gl layer per pointer move instead of one. Null
 * when nothing is dragged.
 */
export function dragDrawnAt(
  drag: { id: string; lon: number; lat: number } | null,
  streets: { facilityId: string; lon: number; lat: number } | null,
  alongNetwork: boolean,
): { id: string; lon: number; lat: number } | null {
  if (!drag || !alongNetwork || streets?.facilityId !== drag.id) return drag;
  return { id: drag.id, lon: streets.lon, lat: streets.lat };
}

/**
 * The facilities as drawn during a drag: the dragged one at the pointer, the others as they are. Returns the same
 * array when nothing is dragged, so the layer keeps its data identity.
 */
export function withDragPreview(
  facilities: readonly Facility[],
  drag: { id: string; lon: number; lat: number } | null,
): readonly Facility[] {
  if (!drag) return facilities;
  return facilities.map((facility) =>
    facility.id === drag.id ? { ...facility, lon: drag.lon, lat: drag.lat } : facility,
  );
}
