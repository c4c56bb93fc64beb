import type { Scenario } from '../model/scenario';
import type { EngineOptions } from './engine';

/**
 * The engine options a scenario is judged by: its rule set, household size (undefined = the dataset's, domain.md §
 * Households), threshold overrides and coverage method. Every key is present, so applying these options never keeps
 * a value left over from another scenario.
 */
export function engineOptionsOf(scenario: Pick<Scenario, 'ruleSetId' | 'parameters'>): EngineOptions {
  return {
    ruleSetId: scenario.ruleSetId,
    householdSize: scenario.parameters.householdSize,
    thresholdOverrides: { ...scenario.parameters.thresholdOverrides },
    coverageMethod: scenario.parameters.coverageMethod,
  };
}
