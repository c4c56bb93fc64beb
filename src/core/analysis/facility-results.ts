/**
 * The results' `facilities[]` (model/results.ts): per facility its district, the 2SFCA demand and supply ratio it
 * contributes (supply-share.ts) and its flags (no demand in range; below a rule set's minimum size).
 */
import type { FacilityFlag, FacilityResult } from '../model/results';
import type { EngineState } from './engine-state';

/** One row per facility, in engine order; `thresholdOverrides` by indicator id replace the rule set's thresholds. */
export function facilityResults(
  state: EngineState,
  thresholdOverrides: Readonly<Record<string, number>>,
): FacilityResult[] {
  const minimumRules = (state.ruleSet?.indicators ?? []).filter((rule) => rule.kind === 'minimumSize');
  const { districtCount, dataset } = state.context;
  return [...state.records.values()].map((record) => {
    const { facility, share, units } = record;
    const flags: FacilityFlag[] = [];
    if (share.demandHouseholds === 0) flags.push('noDemandInRange');
    const below = minimumRules.some(
      (rule) =>
        rule.facilityTypes.includes(facility.type) &&
        facility.floorAreaSquareMeters < (thresholdOverrides[rule.id] ?? rule.threshold),
    );
    if (below) flags.push('belowMinimumSize');
    const district = units[0] as number;
    return {
      id: facility.id,
      type: facility.type,
      districtId: district < districtCount ? (dataset.districts[district]?.id ?? null) : null,
      demandHouseholds: share.demandHouseholds,
      supplyPer100Households: 100 * (share.ratioInteger + share.ratioFraction),
      flags,
    };
  });
}
