/**
 * Geometry of the site-suggestion curve (issue 14: "12 stations reach 80%, 20 reach 90%"): covered share of the
 * population against the number of sites added, one point per site count, on a 0–100% axis (or a tighter one when the
 * whole curve sits high), with the counts at which round shares are first reached.
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
  /** Gridlines: share and y. */
  gridlines: { percent: number; y: number }[];
  milestones: CurveMilestone[];
  widthPixels: number;
  heightPixels: number;
}

/**
 * Lays out `curve` (covered persons after 0, 1, … sites) as shares of `totalPopulation` in a plot of
 * `widthPixels` × `heightPixels` (y grows downwards). The axis runs from the largest multiple of 10% below the first
 * point to 100%; milestones are the multiples of 10% above the first point, each with the first count reaching it.
 */
export function coverageCurveModel(
  curve: readonly number[],
  totalPopulation: number,
  widthPixels: number,
  heightPixels: number,
): CoverageCurveModel {
  const percents = curve.map((covered) => (totalPopulation > 0 ? (100 * covered) / totalPopulation : 0));
  const first = percents[0] ?? 0;
  const percentMin = Math.max(0, Math.floor(first / 10) * 10);
  const percentMax = 100;
  const lastIndex = Math.max(1, percents.length - 1);
  const toX = (sites: number) => (sites / lastIndex) * widthPixels;
  const toY = (percent: number) =>
    heightPixels - ((percent - percentMin) / (percentMax - percentMin)) * heightPixels;
  const points = percents.map((percent, sites) => ({ sites, percent, x: toX(sites), y: toY(percent) }));
  const gridlines: { percent: number; y: number }[] = [];
  const step = percentMax - percentMin > 50 ? 20 : 10;
  for (let percent = percentMin; percent <= percentMax; percent += step) {
    gridlines.push({ percent, y: toY(percent) });
  }
  const milestones: CurveMilestone[] = [];
  for (let percent = percentMin + 10; percent <= percentMax; percent += 10) {
    if (percent <= first) continue;
    const sites = percents.findIndex((value) => value >= percent - 1e-9);
    if (sites < 0) break;
    milestones.push({ percent, sites, x: toX(sites), y: toY(percent) });
  }
  return { points, percentMin, percentMax, gridlines, milestones, widthPixels, heightPixels };
}
