/** Which figures the analysis table and popup show for a rule set. */
import type { IndicatorResult } from '../core/model/results';
import { FACILITY_PRESETS } from '../core/rules/facility-presets';
import type { RuleSet } from '../core/rules/rule-set';

/**
 * Facility types whose coverage % gets a column: every type an indicator of the rule set counts, in preset order,
 * except types that already have their own single-type coverage indicator (GB 50180-2018 lists all twelve that way,
 * and two columns with nearly the same figure would only confuse).
 */
export function coverageTypesOf(ruleSet: RuleSet | undefined): string[] {
  if (!ruleSet) return [];
  const counted = new Set(ruleSet.indicators.flatMap((indicator) => indicator.facilityTypes));
  const ownIndicator = new Set(
    ruleSet.indicators
      .filter((indicator) => indicator.kind === 'coveragePercent' && indicator.facilityTypes.length === 1)
      .flatMap((indicator) => indicator.facilityTypes),
  );
  const ordered = FACILITY_PRESETS.map((preset) => preset.id).filter((id) => counted.has(id));
  const others = [...counted].filter((id) => !ordered.includes(id)).sort();
  return [...ordered, ...others].filter((id) => !ownIndicator.has(id));
}

/** The rule set's indicators other than m² per 100 households (which has its own columns). */
export function otherIndicatorsOf(indicators: readonly IndicatorResult[]): IndicatorResult[] {
  return indicators.filter((indicator) => indicator.kind !== 'areaPer100Households');
}

/** The m² per 100 households indicator, when the rule set has one. */
export function areaIndicatorOf(
  indicators: readonly IndicatorResult[] | undefined,
): IndicatorResult | undefined {
  return indicators?.find((indicator) => indicator.kind === 'areaPer100Households');
}
