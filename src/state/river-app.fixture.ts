/**
 * The app's controllers over the walking-network river (core/network/river.fixture.ts), as the network controller's
 * and the network import's tests set them up: the engine API in process, the default network's bytes held back until
 * `arrive()`, one scenario with the river station.
 */
import { createEngineApi } from '../../workers/engine-api';
import { ok } from '../core/model/result';
import { encodeNetworkFile } from '../core/network/network-file';
import { riverDataset, riverNetwork, riverStation } from '../core/network/river.fixture';
import { createScenarioList } from '../core/scenarios/scenario-list';
import { createScenarioListHistory } from '../core/scenarios/scenario-list-history';
import { inProcessClient } from '../engine/in-process-client.fixture';
import { createEngineSync } from './engine-sync';
import { createNetworkController } from './network-controller';
import { createPlannerController } from './planner-controller';
import { createScenarioController } from './scenario-controller';
import { createStore, emptyScenario } from './store';

const riverBytes = encodeNetworkFile(riverNetwork());

/** Controllers over the river; the scenario starts in `distance` mode (straight-line when absent). */
export async function setUpRiverApp(distance?: 'network') {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const api = createEngineApi({
    fetchBytes: async (url) => {
      if (url !== 'streets.lcnet') return new ArrayBuffer(0);
      await arrived;
      return riverBytes.slice().buffer as ArrayBuffer;
    },
    buildDataset: async () => ok(riverDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  const calls: string[] = [];
  const engine = inProcessClient(api, calls);
  const store = createStore(undefined, ['en']);
  const scenario = { ...emptyScenario('en'), datasetId: 'river', facilities: [riverStation()] };
  if (distance) scenario.parameters = { ...scenario.parameters, distance };
  store.scenarios.value = createScenarioListHistory(createScenarioList(scenario));
  const sync = createEngineSync(store, engine);
  const planner = createPlannerController(store, engine, sync);
  const scenarios = createScenarioController(store, sync);
  const network = createNetworkController(store, engine, sync, planner, 'streets.lcnet');
  return { store, engine, sync, planner, scenarios, network, arrive, calls };
}

/** The station type's coverage in the store's results, %. */
export const riverCoverage = (store: ReturnType<typeof createStore>) =>
  store.results.peek()?.totals.coverage.community_service_station?.percent;
