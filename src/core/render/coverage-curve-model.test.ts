import { describe, expect, it } from 'vitest';
import { coverageCurveModel } from './coverage-curve-model';

describe('coverageCurveModel', () => {
  // Hand-worked: 1,000 persons; 250 covered before, then +300, +250, +100 → 25%, 55%, 80%, 90%.
  const model = coverageCurveModel([250, 550, 800, 900], 1000, 300, 100);

  it('puts each site count at its share on an axis of round steps around the curve', () => {
    // Rise 65 points: a quarter is 16.25, rounded up to a 20% step; 20% (below 25%) to 100% (above 90%).
    expect([model.step, model.percentMin, model.percentMax]).toEqual([20, 20, 100]);
    expect(model.points.map((point) => point.percent)).toEqual([25, 55, 80, 90]);
    // x: 3 steps over 300 px; y: (100 − p) / 80 × 100 px from the top.
    expect(model.points.map((point) => point.x)).toEqual([0, 100, 200, 300]);
    expect(model.points.map((point) => point.y)).toEqual([93.75, 56.25, 25, 12.5]);
  });

  it('names the first count reaching each round share', () => {
    // 40% is first reached by 1 site (55%), 60% and 80% by 2 (80%); 100% never.
    expect(model.milestones.map((milestone) => [milestone.percent, milestone.sites])).toEqual([
      [40, 1],
      [60, 2],
      [80, 2],
    ]);
  });

  it('draws gridlines every step, 10% for a rise of 25 points', () => {
    expect(model.gridlines.map((line) => line.percent)).toEqual([20, 40, 60, 80, 100]);
    const narrow = coverageCurveModel([700, 950], 1000, 100, 100);
    expect(narrow.gridlines.map((line) => line.percent)).toEqual([70, 80, 90, 100]);
  });

  it('fits a city-wide curve that rises by 1.3%: 0.5% steps from 0 to 1.5%', () => {
    // 10,000 persons: 0, 100, 130 covered → 0%, 1%, 1.3%; a quarter of the rise is 0.325 → 0.5.
    const city = coverageCurveModel([0, 100, 130], 10_000, 200, 150);
    expect([city.step, city.percentMin, city.percentMax]).toEqual([0.5, 0, 1.5]);
    expect(city.gridlines.map((line) => line.percent)).toEqual([0, 0.5, 1, 1.5]);
    expect(city.points.map((point) => point.y)).toEqual([150, 50, 20]);
    expect(city.milestones.map((milestone) => [milestone.percent, milestone.sites])).toEqual([
      [0.5, 1],
      [1, 1],
    ]);
  });
});
