/**
 * Ring repair against a reference written here (the one-spike-at-a-time removal the stack pass replaced): on random
 * rings full of repeated vertices and spikes A → B → A, nested and across the closing vertex, both must keep the
 * same cyclic sequence of vertices and count the same duplicates and spikes.
 */
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type RepairCounts, repairPolygon } from './polygon-validity';

const same = (a: Position | undefined, b: Position | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** Repeatedly removes a tip whose neighbours are equal (and one of the equal neighbours), as long as 3 remain. */
function referenceRepair(ring: Position[]): { ring: Position[]; duplicates: number; spikes: number } {
  const open = ring.slice(0, same(ring[0], ring[ring.length - 1]) ? -1 : ring.length);
  const kept: Position[] = [];
  let duplicates = 0;
  for (const position of open) {
    if (same(kept[kept.length - 1], position)) duplicates++;
    else kept.push(position);
  }
  while (kept.length > 1 && same(kept[0], kept[kept.length - 1])) {
    kept.pop();
    duplicates++;
  }
  let spikes = 0;
  let changed = true;
  while (changed && kept.length >= 3) {
    changed = false;
    for (let index = 0; index < kept.length && kept.length >= 3; index++) {
      if (same(kept[(index - 1 + kept.length) % kept.length], kept[(index + 1) % kept.length])) {
        kept.splice(index, 1);
        kept.splice(index % kept.length, 1);
        spikes++;
        changed = true;
      }
    }
  }
  return { ring: kept, duplicates, spikes };
}

/** The ring rotated to start at its smallest vertex, as text: equal for equal cyclic sequences. */
function cyclicKey(ring: Position[]): string {
  const texts = ring.map((p) => `${p[0]},${p[1]}`);
  const rotations = texts.map((_, k) => [...texts.slice(k), ...texts.slice(0, k)].join(' '));
  return rotations.sort()[0] ?? '';
}

const vertex = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }));

describe('repairPolygon', () => {
  it('removes nested spikes and one across the closing vertex: worked by hand', () => {
    // Square 0,0 → 4,0 → 4,4 → 0,4 with a spike 4,0 → 6,0 → 7,0 → 6,0 → 4,0 and one 0,4 → 0,6 → 0,4 at the seam.
    const counts: RepairCounts = { rings: 0, duplicates: 0, spikes: 0, droppedRings: 0 };
    const repaired = repairPolygon(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 4],
            [0, 0],
            [4, 0],
            [6, 0],
            [7, 0],
            [6, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 6],
            [0, 4],
          ],
        ],
      },
      counts,
    );
    expect(repaired?.coordinates).toEqual([
      [
        [0, 4],
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
      ],
    ]);
    expect(counts).toEqual({ rings: 1, duplicates: 0, spikes: 3, droppedRings: 0 });
  });

  it('keeps the same cyclic ring and counts as the one-at-a-time reference', () => {
    fc.assert(
      fc.property(fc.array(vertex, { minLength: 1, maxLength: 40 }), (ring) => {
        const reference = referenceRepair(ring);
        const counts: RepairCounts = { rings: 0, duplicates: 0, spikes: 0, droppedRings: 0 };
        const repaired = repairPolygon({ type: 'Polygon', coordinates: [ring] }, counts);
        expect(counts.duplicates).toBe(reference.duplicates);
        expect(counts.spikes).toBe(reference.spikes);
        if (repaired === undefined) return;
        const out = (repaired.coordinates[0] as Position[]).slice(0, -1);
        expect(cyclicKey(out)).toBe(cyclicKey(reference.ring));
      }),
      { numRuns: 3000 },
    );
  });
});
