import type { Facility } from '../model/facility';
import type { ScenarioParameters } from '../model/scenario';

/** Fields of a facility that `setFacilityProps` may change (position changes go through `moveFacility`). */
export type FacilityPatch = Partial<Omit<Facility, 'id' | 'lon' | 'lat'>>;

/**
 * Every change to a scenario, as plain data (conventions.md § Edits). Undo/redo, autosave and tests all go through
 * {@link applyCommand}, which also returns the inverse command.
 */
export type Command =
  | { kind: 'addFacility'; facility: Facility; index?: number }
  | { kind: 'deleteFacility'; id: string }
  | { kind: 'moveFacility'; id: string; lon: number; lat: number }
  | { kind: 'setFacilityProps'; id: string; patch: FacilityPatch }
  | { kind: 'setRuleSet'; ruleSetId: string }
  | { kind: 'setParameters'; patch: Partial<ScenarioParameters> }
  | { kind: 'renameScenario'; name: string }
  | { kind: 'batch'; commands: Command[] };
