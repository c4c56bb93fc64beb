/**
 * Every parser and decoder of untrusted input under fast-check (issue 15): 1,000 hostile inputs each (mutated real
 * files, structured JSON with anything inside) must end in a Result, never a throw, a non-Result or a hang.
 * `npm run fuzz` runs the same targets 100,000 times each (README § Fuzzing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTargets, runOne } from './fuzz-targets';

const RUNS = 1000;

describe('fuzz targets (1,000 inputs each)', () => {
  const targets = fuzzTargets();

  it('cover every parser of the issue', () => {
    expect(targets.map((target) => target.name)).toEqual([
      'geotiff',
      'csv',
      'shapefile-zip',
      'topojson',
      'geojson',
      'share-link',
      'autosave-record',
    ]);
  });

  it.each(targets.map((target) => [target.name, target] as const))(
    '%s: every input gives a Result',
    async (_name, target) => {
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(target.inputs, async (input) => {
          const { outcome, detail } = await runOne(target, input);
          outcomes.add(outcome);
          expect(outcome, detail).not.toBe('crashed');
        }),
        { numRuns: RUNS },
      );
      // The inputs reach past the first check: some are refused, and the mutations of valid files keep some valid.
      expect(outcomes.has('refused')).toBe(true);
    },
    120_000,
  );

  it('counts a throw, a non-Result and a slow run as crashes', async () => {
    const target = (run: () => unknown) => ({ name: 'probe', inputs: fc.constant(0), run });
    expect(
      (
        await runOne(
          target(() => ({ ok: false, error: { code: 'x' } })),
          0,
        )
      ).outcome,
    ).toBe('refused');
    expect(
      (
        await runOne(
          target(() => ({ ok: true, value: 1 })),
          0,
        )
      ).outcome,
    ).toBe('accepted');
    expect(
      (
        await runOne(
          target(() => JSON.parse('{')),
          0,
        )
      ).outcome,
    ).toBe('crashed');
    expect(
      (
        await runOne(
          target(() => undefined),
          0,
        )
      ).outcome,
    ).toBe('crashed');
    expect(
      (
        await runOne(
          target(() => ({ ok: false })),
          0,
        )
      ).outcome,
    ).toBe('crashed');
  });
});
