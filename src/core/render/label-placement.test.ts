import { describe, expect, it } from 'vitest';
import { type LabelCandidate, placeLabels, textWidthPixels } from './label-placement';

const label = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  x,
  y,
  nameWidth: 45,
  nameHeight: 16,
  detailWidth: 50,
  detailHeight: 14,
  priority,
});

describe('placeLabels', () => {
  it('shows far-apart labels in full', () => {
    const placement = placeLabels([label('a', 0, 0, 1), label('b', 200, 0, 2)]);
    expect(placement.get('a')).toEqual({ showName: true, showDetail: true, small: false });
    expect(placement.get('b')).toEqual({ showName: true, showDetail: true, small: false });
  });

  it('drops the detail line of the lower priority label first, then its name', () => {
    // a (placed first) spans y 12 … 42. b's detail line (y 0 … 14) would touch it; b's name alone (y −16 … 0)
    // does not. c's name (y −14 … 2), even small (y −10.8 … 2), overlaps b's name.
    const placement = placeLabels([label('a', 0, 28, 2), label('b', 10, 0, 1), label('c', 5, 2, 0)]);
    expect(placement.get('a')).toEqual({ showName: true, showDetail: true, small: false });
    expect(placement.get('b')).toEqual({ showName: true, showDetail: false, small: false });
    expect(placement.get('c')).toEqual({ showName: false, showDetail: false, small: false });
  });

  it('falls back to a smaller name where the full size would touch a neighbour', () => {
    // a's name spans x −22.5 … 22.5. b at x 47: its full name (24.5 … 69.5) comes within 3 px of a; its small
    // name (29 … 65) does not.
    const narrow = (id: string, x: number, priority: number) => ({
      ...label(id, x, 0, priority),
      detailWidth: 0,
    });
    const placement = placeLabels([narrow('a', 0, 2), narrow('b', 47, 1)]);
    expect(placement.get('a')).toEqual({ showName: true, showDetail: false, small: false });
    expect(placement.get('b')).toEqual({ showName: true, showDetail: false, small: true });
  });
});

describe('textWidthPixels', () => {
  it('counts CJK as one em and digits as 0.6 em', () => {
    expect(textWidthPixels('江岸区', 15)).toBe(45);
    expect(textWidthPixels('96.5万人', 10)).toBeCloseTo(4 * 6 + 2 * 10, 9);
  });
});
