import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { dragDrawnAt, facilityAtPoint, GRAB_RADIUS_PIXELS, isDrag, withDragPreview } from './facility-hit';

describe('facility hit-testing', () => {
  const points = [
    { id: 'a', x: 100, y: 100 },
    { id: 'b', x: 112, y: 100 },
  ];

  it('grabs the nearest point within the radius, and nothing farther', () => {
    expect(facilityAtPoint(points, 104, 100)).toBe('a');
    expect(facilityAtPoint(points, 107, 100)).toBe('b');
    // 6 px from a and 6 px from b: the later (drawn on top) wins.
    expect(facilityAtPoint(points, 106, 100)).toBe('b');
    // 3-4-5 × 2.4: exactly 12 px from b is still inside, just beyond is not.
    expect(facilityAtPoint(points, 119.2, 109.6)).toBe('b');
    expect(GRAB_RADIUS_PIXELS).toBe(12);
    expect(facilityAtPoint(points, 119.2, 109.7)).toBeNull();
    expect(facilityAtPoint([], 0, 0)).toBeNull();
  });

  it('turns a press into a drag only beyond 3 px (MapLibre still sees a click below that)', () => {
    expect(isDrag(10, 10, 13, 10)).toBe(false);
    expect(isDrag(10, 10, 12, 12)).toBe(false);
    expect(isDrag(10, 10, 13, 11)).toBe(true);
  });

  it('draws the dragged facility at the pointer and leaves the list alone otherwise', () => {
    const facility = (id: string, lon: number): Facility => ({
      id,
      name: id,
      type: 'community_service_station',
      status: 'proposed',
      lon,
      lat: 30,
      floorAreaSquareMeters: 600,
      radiusMeters: 300,
    });
    const list = [facility('a', 114), facility('b', 114.1)];
    expect(withDragPreview(list, null)).toBe(list);
    const moved = withDragPreview(list, { id: 'b', lon: 114.2, lat: 30.1 });
    expect(moved[0]).toBe(list[0]);
    expect(moved[1]).toEqual({ ...list[1], lon: 114.2, lat: 30.1 });
    expect(list[1]?.lon).toBe(114.1);
  });

  it('in walking-network mode draws the dragged facility where its drawn streets start, else at the pointer', () => {
    const drag = { id: 'b', lon: 114.2, lat: 30.1 };
    const streets = { facilityId: 'b', lon: 114.19, lat: 30.09 };
    // The streets drawn were computed one pointer move ago: the point waits there with them.
    expect(dragDrawnAt(drag, streets, true)).toEqual({ id: 'b', lon: 114.19, lat: 30.09 });
    // Straight-line mode, or streets of another facility (the one selected before), or none yet: the pointer.
    expect(dragDrawnAt(drag, streets, false)).toBe(drag);
    expect(dragDrawnAt(drag, { ...streets, facilityId: 'a' }, true)).toBe(drag);
    expect(dragDrawnAt(drag, null, true)).toBe(drag);
    expect(dragDrawnAt(null, streets, true)).toBeNull();
  });
});
