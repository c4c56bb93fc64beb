/**
 * Geometry of the per-district bar chart: one horizontal bar per district, lengths to a common scale that always
 * includes the threshold, so the threshold line is on the chart even when every district is far below it.
 */
import { niceCeil } from './colour-ramp';

export interface BarInput {
  id: string;
  value: number;
  pass: boolean;
}

export interface Bar extends BarInput {
  /** Bar length, pixels from the plot's left edge. */
  widthPixels: number;
  /** Top of the bar's row, pixels. */
  y: number;
}

export interface BarChartModel {
  bars: Bar[];
  /** Value at the right edge of the plot (a round number ≥ every value and the threshold). */
  scaleMax: number;
  /** x of the threshold line, pixels from the plot's left edge. */
  thresholdX: number;
  /** Total height, pixels. */
  heightPixels: number;
}

/** Lays out `inputs` in order; `rowPixels` per bar row, `plotWidthPixels` for the longest possible bar. */
export function barChartModel(
  inputs: readonly BarInput[],
  threshold: number,
  plotWidthPixels: number,
  rowPixels: number,
): BarChartModel {
  let largest = Math.max(0, threshold);
  for (const input of inputs)
    if (Number.isFinite(input.value) && input.value > largest) largest = input.value;
  const scaleMax = largest > 0 ? niceCeil(largest) : 1;
  const toX = (value: number) => (Math.max(0, Math.min(value, scaleMax)) / scaleMax) * plotWidthPixels;
  return {
    bars: inputs.map((input, index) => ({
      ...input,
      widthPixels: Number.isFinite(input.value) ? toX(input.value) : 0,
      y: index * rowPixels,
    })),
    scaleMax,
    thresholdX: toX(threshold),
    heightPixels: inputs.length * rowPixels,
  };
}
