import { describe, expect, it } from 'vitest';
import { barChartModel } from './bar-chart-model';

describe('barChartModel', () => {
  it('scales bars and the threshold line to a round maximum covering both', () => {
    // Largest value 42 → scale 50; 200 px plot: 42 → 168 px, 10 → 40 px, threshold 30 → 120 px.
    const model = barChartModel(
      [
        { id: 'a', value: 42, pass: true },
        { id: 'b', value: 10, pass: false },
      ],
      30,
      200,
      16,
    );
    expect(model.scaleMax).toBe(50);
    expect(model.bars.map((bar) => [bar.widthPixels, bar.y])).toEqual([
      [168, 0],
      [40, 16],
    ]);
    expect(model.thresholdX).toBe(120);
    expect(model.heightPixels).toBe(32);
  });

  it('keeps the threshold on the chart when every district is far below it', () => {
    const model = barChartModel([{ id: 'a', value: 0.5, pass: false }], 30, 100, 10);
    expect(model.scaleMax).toBe(50);
    expect(model.thresholdX).toBe(60);
    expect(model.bars[0]?.widthPixels).toBe(1);
  });
});
