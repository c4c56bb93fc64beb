import { describe, expect, it } from 'vitest';
import type { DistrictPassChange } from '../../core/compare/comparison';
import { shownCompareRows } from './compare-rows';

const same = { before: 1, after: 1, delta: 0 };
const more = { before: 1, after: 2, delta: 1 };

function row(id: string, passChange: DistrictPassChange, changed: 'area' | 'count' | 'covered' | 'none') {
  return {
    id,
    passChange,
    areaPer100Households: changed === 'area' ? more : same,
    facilityCount: changed === 'count' ? more : same,
    coverage: { station: { percent: same, coveredPopulation: changed === 'covered' ? more : same } },
  };
}

describe('shownCompareRows', () => {
  const rows = [
    row('a', 'unchanged', 'none'),
    row('b', 'improved', 'area'),
    row('c', 'unchanged', 'covered'),
    row('d', 'worsened', 'area'),
    row('e', 'unchanged', 'none'),
    row('f', 'unchanged', 'count'),
    row('g', 'mixed', 'none'),
  ];

  it('lists pass/fail changes first, then changed figures, then the rest, each in order, up to the limit', () => {
    expect(shownCompareRows(rows, 6).map((r) => r.id)).toEqual(['b', 'd', 'g', 'c', 'f', 'a']);
    expect(shownCompareRows(rows, 2).map((r) => r.id)).toEqual(['b', 'd']);
  });

  it('keeps the order when every row fits (13 districts)', () => {
    expect(shownCompareRows(rows, 7).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
