/** The options the engine worker is sent for a scenario, given what the main thread knows of the walking network. */
import { engineOptionsOf, type ScenarioOptions } from '../core/analysis/scenario-options';
import type { Scenario } from '../core/model/scenario';
import type { AppStore } from './store';

/** True when figures of `scenario` are measured along the network now (its mode, and the network is ready). */
export function measuresAlongNetwork(store: AppStore, scenario: Pick<Scenario, 'parameters'>): boolean {
  return scenario.parameters.distance === 'network' && store.network.value.status === 'ready';
}

/**
 * The options the engine worker gets for `scenario`: its own, but straight-line while the network is not ready (the
 * results then say `great-circle`, and the UI says the network is loading), so figures are never refused at start.
 */
export function sessionOptionsOf(
  store: AppStore,
  scenario: Pick<Scenario, 'ruleSetId' | 'parameters'>,
): ScenarioOptions {
  const options = engineOptionsOf(scenario);
  return options.distance === 'network' && store.network.peek().status !== 'ready'
    ? { ...options, distance: 'great-circle' }
    : options;
}
