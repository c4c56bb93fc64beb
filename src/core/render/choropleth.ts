/**
 * Districts coloured by one indicator of the rule set: pass/fail, or the value in four classes around the
 * threshold (below half, below, up to 1.5×, above). Pure, so the map and the legend use the same classes.
 */
import type { DistrictResult, IndicatorResult } from '../model/results';
import type { Rgba } from './colour-ramp';

export type ChoroplethMode = 'none' | 'pass' | 'value';

/** Fail, pass, not computable. */
export const PASS_COLOURS = {
  fail: [215, 48, 39, 255] as Rgba,
  pass: [26, 152, 80, 255] as Rgba,
  unavailable: [160, 160, 160, 255] as Rgba,
};

/** From worst to best: far below, below, meets, well above. */
export const VALUE_COLOURS: readonly Rgba[] = [
  [215, 48, 39, 255],
  [252, 141, 89, 255],
  [145, 207, 96, 255],
  [26, 152, 80, 255],
];

/** Class limits of the value ramp: ½t, t, 1.5t (ascending). */
export function valueBreaks(threshold: number): [number, number, number] {
  return [threshold / 2, threshold, 1.5 * threshold];
}

/**
 * Value class 0–3 from worst to best. `atLeast`: below ½t → 0, below t → 1, below 1.5t → 2, else 3 (a value equal
 * to t passes, so it falls in class 2). `atMost` mirrors it: above 1.5t → 0, above t → 1, above ½t → 2, else 3.
 */
export function valueClass(
  value: number,
  threshold: number,
  comparison: 'atLeast' | 'atMost' = 'atLeast',
): number {
  const [half, full, more] = valueBreaks(threshold);
  if (comparison === 'atMost') {
    if (value > more) return 0;
    if (value > full) return 1;
    if (value > half) return 2;
    return 3;
  }
  if (value < half) return 0;
  if (value < full) return 1;
  if (value < more) return 2;
  return 3;
}

/** Colour of one district's indicator in a mode, or null for "not drawn". */
export function indicatorColour(indicator: IndicatorResult | undefined, mode: ChoroplethMode): Rgba | null {
  if (mode === 'none' || !indicator) return null;
  if (indicator.available === false) return PASS_COLOURS.unavailable;
  if (mode === 'pass') return indicator.pass ? PASS_COLOURS.pass : PASS_COLOURS.fail;
  return VALUE_COLOURS[valueClass(indicator.value, indicator.threshold, indicator.comparison)] ?? null;
}

/** CSS colour string MapLibre accepts. */
export function cssColour(colour: Rgba): string {
  return `rgba(${colour[0]},${colour[1]},${colour[2]},${colour[3] / 255})`;
}

/** District id → CSS colour for the chosen indicator (districts without one are left out). */
export function choroplethColours(
  districts: readonly DistrictResult[],
  indicatorId: string | null,
  mode: ChoroplethMode,
): Map<string, string> {
  const colours = new Map<string, string>();
  if (indicatorId === null) return colours;
  for (const district of districts) {
    const colour = indicatorColour(
      district.indicators.find((indicator) => indicator.id === indicatorId),
      mode,
    );
    if (colour) colours.set(district.id, cssColour(colour));
  }
  return colours;
}

/**
 * The indicator to show: `wanted` when the results carry it, else the rule set's first indicator, else null
 * (no rule set, or a rule set without indicators).
 */
export function resolveIndicatorId(
  districts: readonly DistrictResult[],
  wanted: string | null,
): string | null {
  const indicators = districts[0]?.indicators ?? [];
  if (wanted !== null && indicators.some((indicator) => indicator.id === wanted)) return wanted;
  return indicators[0]?.id ?? null;
}
