/**
 * Class breaks and colours for the population grid. Pure: the worker uses it to paint the raster and the legend
 * shows the same classes, so map and legend cannot disagree.
 */
import { selectInPlace } from './order-statistic';

export type Rgba = readonly [number, number, number, number];

export interface ClassRamp {
  /** Ascending class limits: class k holds values in (thresholds[k-1], thresholds[k]]; the last class is open. */
  thresholds: number[];
  /** One colour per class: thresholds.length + 1 entries. */
  colours: Rgba[];
}

/** Yellow → orange → red, readable on the light offline basemap; alpha lets district outlines show through. */
export const populationPalette: readonly Rgba[] = [
  [255, 247, 188, 150],
  [254, 217, 118, 180],
  [254, 178, 76, 200],
  [253, 141, 60, 215],
  [240, 59, 32, 225],
  [189, 0, 38, 235],
  [103, 0, 31, 240],
];

/** Quantiles of the positive values at which classes change (one fewer than colours). */
const classQuantiles = [0.25, 0.5, 0.7, 0.85, 0.95, 0.99];

/** Rounds up to 1, 2, 2.5 or 5 × 10^k, so legend limits read like a planner would write them. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (candidate >= value * (1 - 1e-9)) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

/**
 * Class thresholds from the quantiles of the positive, finite values, rounded with {@link niceCeil} and made
 * strictly ascending. A layer with no positive value gets the single threshold 1.
 */
export function buildClassRamp(
  values: ArrayLike<number>,
  palette: readonly Rgba[] = populationPalette,
): ClassRamp {
  let count = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (value > 0 && Number.isFinite(value)) count += 1;
  }
  const positive = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (value > 0 && Number.isFinite(value)) positive[next++] = value;
  }
  const wanted = classQuantiles.slice(0, Math.max(1, palette.length - 1));
  const thresholds: number[] = [];
  // Ascending quantiles: each selection only searches above the previous one (order-statistic.ts).
  let selectedUpTo = 0;
  for (const q of wanted) {
    if (positive.length === 0) break;
    const k = Math.min(positive.length - 1, Math.floor(q * positive.length));
    const raw = selectInPlace(positive, k, selectedUpTo);
    selectedUpTo = k;
    const nice = niceCeil(raw);
    const last = thresholds[thresholds.length - 1];
    if (last === undefined || nice > last) thresholds.push(nice);
  }
  if (thresholds.length === 0) thresholds.push(1);
  return { thresholds, colours: palette.slice(0, thresholds.length + 1) as Rgba[] };
}

/** Class of a value, or -1 for no population (zero, negative, NaN) so empty land stays transparent. */
export function classOf(ramp: ClassRamp, value: number): number {
  if (!(value > 0)) return -1;
  const { thresholds } = ramp;
  for (let k = 0; k < thresholds.length; k += 1) if (value <= (thresholds[k] as number)) return k;
  return thresholds.length;
}
