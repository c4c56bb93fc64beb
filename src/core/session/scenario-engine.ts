/**
 * A second engine for scenarios other than the active one (compare, delta map), so evaluating them never disturbs
 * the live engine's incremental state.
 */
import { createEngine, type Engine, type EngineOptions } from '../analysis/engine';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { ok, type Result } from '../model/result';
import { applyScenario } from './apply-scenario';

/** A scenario as the second engine needs it: its facilities and the options it is judged by. */
export interface ScenarioEvaluationInput {
  facilities: Facility[];
  options: EngineOptions;
}

/** Returns the second engine holding `input` evaluated over `dataset`. */
export type ScenarioEngine = (dataset: Dataset, input: ScenarioEvaluationInput) => Result<Engine>;

/**
 * The second engine, created on first use and again whenever the dataset changes; options are compared as JSON to
 * skip a needless re-evaluation ({@link applyScenario}).
 */
export function createScenarioEngine(): ScenarioEngine {
  let scratch: { dataset: Dataset; engine: Engine; optionsJson: string | undefined } | undefined;
  return (dataset, input) => {
    if (!scratch || scratch.dataset !== dataset) {
      const created = createEngine(dataset, input.options);
      if (!created.ok) return created;
      scratch = { dataset, engine: created.value, optionsJson: JSON.stringify(input.options) };
    }
    const set = applyScenario(scratch.engine, scratch, input.facilities, input.options);
    return set.ok ? ok(scratch.engine) : set;
  };
}
