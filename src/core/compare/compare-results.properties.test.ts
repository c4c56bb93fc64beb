import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityArbitrary, populationsArbitrary, randomDataset } from '../analysis/random-dataset.fixture';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { Results } from '../model/results';
import { RULE_SET_PRESETS } from '../rules/rule-sets';
import { compareResults } from './compare-results';
import type { FigureDelta } from './comparison';
import { summarizeComparison } from './summarize-comparison';

function evaluate(dataset: Dataset, facilities: Facility[], ruleSetId: string): Results {
  const engine = createEngine(dataset, { ruleSetId });
  if (!engine.ok) throw new Error(engine.error.message);
  const set = engine.value.setFacilities(facilities);
  if (!set.ok) throw new Error(set.error.message);
  return engine.value.results();
}

const facilitiesArbitrary = (prefix: string) =>
  fc
    .array(fc.nat(), { maxLength: 6 })
    .chain((ids) => fc.tuple(...ids.map((_, index) => facilityArbitrary(`${prefix}${index}`))));

/** Every FigureDelta inside a value, with its path. */
function deltas(value: unknown, path = ''): [string, FigureDelta][] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.delta === 'number' && typeof record.before === 'number') {
    return [[path, record as unknown as FigureDelta]];
  }
  return Object.entries(record).flatMap(([key, inner]) => deltas(inner, `${path}.${key}`));
}

describe('compareResults properties on random datasets through the engine', () => {
  it('swapping the sides negates every delta and swaps gains and losses; a side against itself changes nothing', () => {
    fc.assert(
      fc.property(
        populationsArbitrary,
        facilitiesArbitrary('a'),
        facilitiesArbitrary('b'),
        fc.constantFrom(...RULE_SET_PRESETS.map((ruleSet) => ruleSet.id)),
        (values, first, second, ruleSetId) => {
          const dataset = randomDataset(values);
          const a = evaluate(dataset, first, ruleSetId);
          const b = evaluate(dataset, second, ruleSetId);
          const forward = compareResults(a, b);
          const backward = compareResults(b, a);
          const backwardDeltas = new Map(deltas(backward));
          const forwardDeltas = deltas(forward);
          // At least the six fixed figures of every scope (the totals and each district): a renamed field that
          // deltas() no longer finds fails here instead of leaving the loop below with nothing to check.
          const fixedFiguresPerScope = 6;
          expect(forwardDeltas.length).toBeGreaterThanOrEqual(
            fixedFiguresPerScope * (forward.districts.length + 1),
          );
          for (const [path, figure] of forwardDeltas) {
            const mirror = backwardDeltas.get(path);
            expect(mirror, path).toBeDefined();
            expect(mirror?.before).toBe(figure.after);
            expect(mirror?.delta === -figure.delta, path).toBe(true);
          }
          forward.districts.forEach((district, index) => {
            expect(backward.districts[index]?.gained).toEqual(district.lost);
            expect(backward.districts[index]?.lost).toEqual(district.gained);
          });
          expect(backward.warnings).toEqual([]);
          const same = compareResults(a, a);
          const sameDeltas = deltas(same);
          expect(sameDeltas.length).toBeGreaterThanOrEqual(
            fixedFiguresPerScope * (same.districts.length + 1),
          );
          expect(sameDeltas.every(([, figure]) => figure.delta === 0)).toBe(true);
          expect(same.districts.every((district) => district.passChange === 'unchanged')).toBe(true);
          expect(summarizeComparison(same, 'en').sentences).toEqual([
            'No figure changes between the two scenarios',
          ]);
          expect(summarizeComparison(forward, 'zh-CN').text).toMatch(/。$/);
        },
      ),
      { numRuns: 40 },
    );
  });
});
