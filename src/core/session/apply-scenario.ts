/** How a scenario (facilities + options) is put on an engine without needless re-evaluation. */
import type { Engine, EngineOptions } from '../analysis/engine';
import type { Facility } from '../model/facility';
import type { Result } from '../model/result';

/** The options last applied to an engine, as JSON; `undefined` when none were (a new engine or dataset). */
export interface AppliedOptions {
  optionsJson: string | undefined;
}

/**
 * Puts `facilities` judged by `options` on `engine`. Options equal to the last applied (`applied.optionsJson`, updated
 * here) are not applied again; when they differ, the engine is emptied first, because `setOptions` re-evaluates every
 * facility it holds and they are all replaced just after. Refused options leave the engine as it was.
 */
export function applyScenario(
  engine: Engine,
  applied: AppliedOptions,
  facilities: Facility[],
  options: EngineOptions,
): Result<void> {
  const optionsJson = JSON.stringify(options);
  if (optionsJson !== applied.optionsJson) {
    const previous = engine.facilities();
    engine.setFacilities([]);
    // A household size left out means the dataset's, not the one applied before.
    const set = engine.setOptions({ householdSize: undefined, ...options });
    if (!set.ok) {
      engine.setFacilities(previous);
      return set;
    }
    applied.optionsJson = optionsJson;
  }
  return engine.setFacilities(facilities);
}
