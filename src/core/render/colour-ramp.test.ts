import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClassRamp, classOf, niceCeil, populationPalette } from './colour-ramp';

describe('niceCeil', () => {
  it('rounds up to 1, 2, 2.5, 5 × 10^k', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 12, 180, 0].map(niceCeil)).toEqual([1, 1, 2, 2.5, 5, 10, 20, 200, 0]);
  });
  it('is never below its input and at most 2 × above it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (x) => {
        const nice = niceCeil(x);
        return nice >= x * (1 - 1e-9) && nice <= 2 * x * (1 + 1e-9);
      }),
    );
  });
});

describe('buildClassRamp', () => {
  it('takes nice quantiles of the positive values, ignoring zero, NaN and negatives', () => {
    const values = [0, -3, Number.NaN, ...Array.from({ length: 100 }, (_, i) => i + 1)];
    const ramp = buildClassRamp(values);
    // quantiles 0.25 … 0.99 of 1…100 are 26, 51, 71, 86, 96, 100 → nice 50, 100, 100, … → [50, 100].
    expect(ramp.thresholds).toEqual([50, 100]);
    expect(ramp.colours).toEqual(populationPalette.slice(0, 3));
  });
  it('gives strictly ascending thresholds and one more colour than thresholds', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 500, noNaN: true }), { maxLength: 300 }), (values) => {
        const ramp = buildClassRamp(values);
        for (let i = 1; i < ramp.thresholds.length; i += 1) {
          if (!((ramp.thresholds[i] as number) > (ramp.thresholds[i - 1] as number))) return false;
        }
        return ramp.colours.length === ramp.thresholds.length + 1;
      }),
    );
  });
  it('falls back to one threshold for an empty layer', () => {
    expect(buildClassRamp([0, 0]).thresholds).toEqual([1]);
  });
});

describe('classOf', () => {
  const ramp = { thresholds: [1, 5, 10], colours: populationPalette.slice(0, 4) };
  it('puts limits in the lower class and empty values nowhere', () => {
    expect([0, -1, Number.NaN, 0.5, 1, 1.01, 5, 9.9, 10, 11, 1e6].map((v) => classOf(ramp, v))).toEqual([
      -1, -1, -1, 0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});
