import { describe, expect, it } from 'vitest';
import { shownCompareRows } from './compare-rows';

describe('shownCompareRows', () => {
  it('lists the units whose pass/fail changes first, in their order, then the others, up to the limit', () => {
    const rows = [
      { id: 'a', passChange: 'unchanged' },
      { id: 'b', passChange: 'improved' },
      { id: 'c', passChange: 'unchanged' },
      { id: 'd', passChange: 'worsened' },
      { id: 'e', passChange: 'mixed' },
    ];
    expect(shownCompareRows(rows, 4).map((row) => row.id)).toEqual(['b', 'd', 'e', 'a']);
    expect(shownCompareRows(rows, 10).map((row) => row.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(shownCompareRows(rows, 2).map((row) => row.id)).toEqual(['b', 'd']);
  });
});
