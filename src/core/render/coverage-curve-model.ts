/**
 * Geometry of the site-suggestion curve (issue 14: "12 stations reach 80%, 20 reach 90%"): covered share of the
 * population against the number of sites added, one point per site count, on an axis fitted to the curve, with the
 * counts at which round shares are first reached.
 */

/** One point of the curve. */
export interface CurvePoint {
  /** Sites added (0 = existing facilities only). */
  sites: number;
  /** Covered share of the population, %. */
  percent: number;
  x: number;
  y: number;
}

/** A round share and the first site count reaching it. */
export interface CurveMilestone {
  percent: number;
  sites: number;
  x: number;
  y: number;
}

export interface CoverageCurveModel {
  points: CurvePoint[];
  /** Share at the bottom and top of the plot, %. */
  percentMin: number;
  percentMax: number;
  /** Distance between gridlines, %. */
  step: number;
  /** Gridlines: share and y. */
  gridlines: { percent: number; y: number }[];
  milestones: CurveMilestone[];
  widthPixels: number;
  heightPixels: number;
}

/** The smallest of 1, 2, 2.5, 5 × 10ᵏ that is ≥ `raw` (> 0). */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= raw * (1 - 1e-9)) return factor * power;
  return 10 * power;
}

/** `value` without the binary noise of repeated decimal steps (0.1 + 0.2 → 0.3). */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Lays out `curve` (covered persons after 0, 1, … sites) as shares of `totalPopulation` in a plot of
 * `widthPixels` × `heightPixels` (y grows downwards). The axis fits the curve, so that a few sites adding 1% of a
 * city still read as a curve: a round step (1, 2, 2.5 or 5 × 10ᵏ %) of about a quarter of the rise, from the step
 * at or below the first point to the step at or above the last (at most 100%). Milestones are the gridlines the curve
 * rises through, each with the first site count reaching it.
 */
export function coverageCurveModel(
  curve: readonly number[],
  totalPopulation: number,
  widthPixels: number,
  heightPixels: number,
): CoverageCurveModel {
  const percents = curve.map((covered) => (totalPopulation > 0 ? (100 * covered) / totalPopulation : 0));
  const first = percents[0] ?? 0;
  const top = Math.max(first, ...percents);
  const rise = top - first;
  const step = niceStep(rise > 0 ? rise / 4 : Math.max(top, 1) / 4);
  const percentMin = tidy(Math.floor(first / step + 1e-9) * step);
  let percentMax = Math.min(100, tidy(Math.ceil(top / step - 1e-9) * step));
  if (percentMax <= percentMin) percentMax = Math.min(100, tidy(percentMin + step));
  const span = percentMax - percentMin || 1;
  const lastIndex = Math.max(1, percents.length - 1);
  const toX = (sites: number) => (sites / lastIndex) * widthPixels;
  const toY = (percent: number) => heightPixels - ((percent - percentMin) / span) * heightPixels;
  const points = percents.map((percent, sites) => ({ sites, percent, x: toX(sites), y: toY(percent) }));
  const gridlines: { percent: number; y: number }[] = [];
  for (let k = 0; tidy(percentMin + k * step) <= percentMax; k++) {
    const percent = tidy(percentMin + k * step);
    gridlines.push({ percent, y: toY(percent) });
  }
  const milestones: CurveMilestone[] = [];
  for (const { percent } of gridlines) {
    if (percent <= first) continue;
    const sites = percents.findIndex((value) => value >= percent - 1e-9);
    if (sites < 0) break;
    milestones.push({ percent, sites, x: toX(sites), y: toY(percent) });
  }
  return { points, percentMin, percentMax, step, gridlines, milestones, widthPixels, heightPixels };
}
