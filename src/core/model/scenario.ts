import type { Facility } from './facility';

/** Planner-editable assumptions (domain.md § Households, § Life circles). */
export interface ScenarioParameters {
  /** Persons per household; overrides the dataset's when set. */
  householdSize?: number;
  /** Walking speed used to show radii as minutes; default 60 m/min (domain.md § Life circles). */
  walkingSpeedMetersPerMinute: number;
  /** Threshold overrides by indicator id (the rule set's value otherwise). */
  thresholdOverrides: Record<string, number>;
  /** Coverage method shown everywhere (domain.md § Definitions). */
  coverageMethod: 'centroid' | 'area-weighted';
  /** How catchments are measured (issue 13); absent means straight-line, as in files written before it. */
  distance?: DistanceMode;
}

/** Straight-line (`great-circle`) or along the walking network (`network`), as results name it in `method.distance`. */
export type DistanceMode = 'great-circle' | 'network';

/** One planning scenario: the facilities on top of a dataset, with the rule set and assumptions it is judged by. */
export interface Scenario {
  id: string;
  name: string;
  /** Dataset the scenario was made on (the grid never travels with a scenario). */
  datasetId: string;
  ruleSetId: string;
  parameters: ScenarioParameters;
  facilities: Facility[];
}

/** Default assumptions: 60 m/min walking, centroid coverage, no overrides. */
export function defaultScenarioParameters(): ScenarioParameters {
  return { walkingSpeedMetersPerMinute: 60, thresholdOverrides: {}, coverageMethod: 'centroid' };
}
