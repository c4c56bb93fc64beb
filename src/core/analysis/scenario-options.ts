import type { DistanceMode, Scenario } from '../model/scenario';
import type { EngineOptions } from './engine';

/** Engine options plus the distance mode, which picks the engine (straight-line or walking network) in the session. */
export interface ScenarioOptions extends EngineOptions {
  /** Absent or `great-circle`: straight-line; `network`: along the walking network. */
  distance?: DistanceMode;
}

/** The options without the distance mode, as an engine takes them. */
export function withoutDistance(options: ScenarioOptions): EngineOptions {
  const { distance: _distance, ...engineOptions } = options;
  return engineOptions;
}

/**
 * The engine options a scenario is judged by: its rule set, household size (undefined = the dataset's, domain.md §
 * Households), threshold overrides, coverage method and distance mode. Every key is present, so applying these
 * options never keeps a value left over from another scenario.
 */
export function engineOptionsOf(scenario: Pick<Scenario, 'ruleSetId' | 'parameters'>): ScenarioOptions {
  return {
    distance: scenario.parameters.distance ?? 'great-circle',
    ruleSetId: scenario.ruleSetId,
    householdSize: scenario.parameters.householdSize,
    thresholdOverrides: { ...scenario.parameters.thresholdOverrides },
    coverageMethod: scenario.parameters.coverageMethod,
  };
}
