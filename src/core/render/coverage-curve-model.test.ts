import { describe, expect, it } from 'vitest';
import { coverageCurveModel } from './coverage-curve-model';

describe('coverageCurveModel', () => {
  // Hand-worked: 1,000 persons; 250 covered before, then +300, +250, +100 → 25%, 55%, 80%, 90%.
  const model = coverageCurveModel([250, 550, 800, 900], 1000, 300, 100);

  it('puts each site count at its share on an axis from the 10% below the first point to 100%', () => {
    expect(model.percentMin).toBe(20);
    expect(model.points.map((point) => point.percent)).toEqual([25, 55, 80, 90]);
    // x: 3 steps over 300 px; y: (100 − p) / 80 × 100 px from the top.
    expect(model.points.map((point) => point.x)).toEqual([0, 100, 200, 300]);
    expect(model.points.map((point) => point.y)).toEqual([93.75, 56.25, 25, 12.5]);
  });

  it('names the first count reaching each round share', () => {
    expect(model.milestones.map((milestone) => [milestone.percent, milestone.sites])).toEqual([
      [30, 1],
      [40, 1],
      [50, 1],
      [60, 2],
      [70, 2],
      [80, 2],
      [90, 3],
    ]);
  });

  it('draws gridlines every 20% on a wide axis and every 10% on a narrow one', () => {
    expect(model.gridlines.map((line) => line.percent)).toEqual([20, 40, 60, 80, 100]);
    const narrow = coverageCurveModel([700, 950], 1000, 100, 100);
    expect(narrow.gridlines.map((line) => line.percent)).toEqual([70, 80, 90, 100]);
  });
});
