import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectInPlace } from './order-statistic';

describe('selectInPlace', () => {
  it('finds the k-th smallest of a small hand-made array and partitions around it', () => {
    const values = new Float64Array([7, 1, 9, 3, 3, 8, 2]);
    // Sorted: 1 2 3 3 7 8 9 → index 4 is 7.
    expect(selectInPlace(values, 4)).toBe(7);
    expect(values[4]).toBe(7);
    for (const before of values.subarray(0, 4)) expect(before).toBeLessThanOrEqual(7);
    for (const after of values.subarray(5)) expect(after).toBeGreaterThanOrEqual(7);
  });

  it('equals the sorted array at every k, also with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.nat(),
        (list, seed) => {
          const k = seed % list.length;
          const sorted = [...list].sort((a, b) => a - b);
          return selectInPlace(new Float64Array(list), k) === sorted[k];
        },
      ),
    );
  });

  it('gives exact order statistics when ascending k are selected each in the rest of the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (list, seeds) => {
          const values = new Float64Array(list);
          const sorted = [...list].sort((a, b) => a - b);
          const ks = seeds.map((seed) => seed % list.length).sort((a, b) => a - b);
          let low = 0;
          return ks.every((k) => {
            const value = selectInPlace(values, k, low);
            low = k;
            return value === sorted[k];
          });
        },
      ),
    );
  });
});
