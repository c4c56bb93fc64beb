/**
 * A second engine for scenarios other than the active one (compare, delta map), so evaluating them never disturbs
 * the live engine's incremental state.
 */
import type { DistanceProvider } from '../analysis/catchment';
import { createEngine, type Engine } from '../analysis/engine';
import type { ScenarioOptions } from '../analysis/scenario-options';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { ok, type Result } from '../model/result';
import { applyScenario } from './apply-scenario';

/** A scenario as the second engine needs it: its facilities and the options it is judged by. */
export interface ScenarioEvaluationInput {
  facilities: Facility[];
  options: ScenarioOptions;
}

/**
 * Returns the second engine holding `input` evaluated over `dataset`, measuring with `provider` (straight line when
 * absent).
 */
export type ScenarioEngine = (
  dataset: Dataset,
  input: ScenarioEvaluationInput,
  provider?: DistanceProvider,
) => Result<Engine>;

/**
 * The second engine, created on first use and again whenever the dataset or the provider changes; options are
 * compared as JSON to skip a needless re-evaluation ({@link applyScenario}).
 */
export function createScenarioEngine(): ScenarioEngine {
  let scratch:
    | {
        dataset: Dataset;
        provider: DistanceProvider | undefined;
        engine: Engine;
        optionsJson: string | undefined;
      }
    | undefined;
  return (dataset, input, provider) => {
    if (!scratch || scratch.dataset !== dataset || scratch.provider !== provider) {
      const created = createEngine(dataset, input.options, provider);
      if (!created.ok) return created;
      scratch = { dataset, provider, engine: created.value, optionsJson: JSON.stringify(input.options) };
    }
    const set = applyScenario(scratch.engine, scratch, input.facilities, input.options);
    return set.ok ? ok(scratch.engine) : set;
  };
}
