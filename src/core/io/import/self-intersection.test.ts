/**
 * The crossing check against an all-pairs reference written here: on random polygons with vertices on integer
 * lattices (many touching, collinear and crossing edges; large star-shaped rings that the box halving splits) both
 * must agree on whether two
 * non-adjacent edges cross properly, and a found point must lie on a crossing of the reference.
 */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createCrossingBudget, findSelfIntersection } from './self-intersection';

/** Sign of the cross product (b − a) × (c − a), exact on small integers. */
function turn(a: Position, b: Position, c: Position): number {
  return Math.sign(
    ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
      ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number)),
  );
}

/** Every proper crossing of two edges that are not neighbours in the same ring, by comparing all pairs. */
function referenceCrossings(rings: Position[][]): [Position, Position, Position, Position][] {
  const edges: { a: Position; b: Position; ring: number; index: number; count: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      edges.push({
        a: ring[i] as Position,
        b: ring[i + 1] as Position,
        ring: r,
        index: i,
        count: ring.length - 1,
      });
    }
  });
  const found: [Position, Position, Position, Position][] = [];
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const s = edges[i] as (typeof edges)[number];
      const t = edges[j] as (typeof edges)[number];
      const gap = Math.abs(s.index - t.index);
      if (s.ring === t.ring && (gap === 1 || gap === s.count - 1)) continue;
      if (turn(s.a, s.b, t.a) * turn(s.a, s.b, t.b) < 0 && turn(t.a, t.b, s.a) * turn(t.a, t.b, s.b) < 0) {
        found.push([s.a, s.b, t.a, t.b]);
      }
    }
  }
  return found;
}

const lattice = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
const close = (ring: Position[]) => [...ring, ring[0] as Position];
/** Up to 12 vertices on a 6 × 6 lattice, placed anywhere in the 64 × 64 square of the large rings. */
const smallRing = fc
  .tuple(
    fc.array(lattice, { minLength: 3, maxLength: 12 }),
    fc.integer({ min: 0, max: 58 }),
    fc.integer({ min: 0, max: 58 }),
  )
  .map(([ring, dx, dy]) => close(ring.map(([x, y]) => [x + dx, y + dy])));
/**
 * Rings of 33 to 80 vertices on a 64 × 64 lattice, sorted by angle around a centre: mostly simple, and past the
 * 32 edges that are compared pair by pair, so the box halving decides.
 */
const starRing = fc
  .tuple(
    fc.tuple(fc.integer({ min: 16, max: 48 }), fc.integer({ min: 16, max: 48 })),
    fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 })), {
      minLength: 33,
      maxLength: 80,
      selector: ([x, y]) => `${x},${y}`,
    }),
  )
  .map(([[cx, cy], points]) =>
    close(points.sort(([ax, ay], [bx, by]) => Math.atan2(ay - cy, ax - cx) - Math.atan2(by - cy, bx - cx))),
  );
const closedRing = fc.oneof(smallRing, starRing);

describe('findSelfIntersection', () => {
  it('finds the crossing of a bowtie at its centre, and none in a square', () => {
    const bowtie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(findSelfIntersection(bowtie)).toEqual({ kind: 'crossing', point: [1, 1] });
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(findSelfIntersection(square)).toEqual({ kind: 'none' });
  });

  it('agrees with the all-pairs reference on random lattice polygons with holes', () => {
    fc.assert(
      fc.property(fc.array(closedRing, { minLength: 1, maxLength: 3 }), (rings) => {
        const result = findSelfIntersection({ type: 'Polygon', coordinates: rings });
        const reference = referenceCrossings(rings);
        expect(result.kind).toBe(reference.length > 0 ? 'crossing' : 'none');
        if (result.kind === 'crossing') {
          const [x, y] = result.point as [number, number];
          const onSome = reference.some(([a, b]) => {
            const cross =
              ((b[0] as number) - (a[0] as number)) * (y - (a[1] as number)) -
              ((b[1] as number) - (a[1] as number)) * (x - (a[0] as number));
            return Math.abs(cross) < 1e-9;
          });
          expect(onSome).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stops with too-complex when the budget runs out, and shares the budget between calls', () => {
    // A fan: 2,000 spokes through one point, every edge meeting every box around it.
    const ring: Position[] = [];
    for (let k = 0; k < 2000; k++) {
      const angle = (Math.PI * k) / 2000;
      ring.push([Math.cos(angle), Math.sin(angle)], [0, 0]);
    }
    ring.push(ring[0] as Position);
    const budget = { work: 1000 };
    expect(findSelfIntersection({ type: 'Polygon', coordinates: [ring] }, budget).kind).toBe('too-complex');
    expect(budget.work).toBeLessThan(0);
    expect(createCrossingBudget().work).toBeGreaterThan(1_000_000);
  });
});
