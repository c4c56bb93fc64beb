import type { Map as MapLibreMap } from 'maplibre-gl';
import { render } from 'preact';
import { createEngineClient } from './engine/engine-client';
import { createImportClient } from './engine/import-client';
import { installFacilityDrag } from './map/facility-drag';
import { createAppController } from './state/app-controller';
import { createAutosave } from './state/autosave';
import { indexedDbAutosaveStorage } from './state/autosave-idb';
import { createCompareController } from './state/compare-controller';
import { defaultDatasetUrls, defaultNetworkUrl } from './state/default-dataset-urls';
import { createEngineSync } from './state/engine-sync';
import { createImportController } from './state/import-controller';
import { createNetworkController } from './state/network-controller';
import { createOverlayController } from './state/overlay-controller';
import { createPlannerController } from './state/planner-controller';
import { createScenarioController } from './state/scenario-controller';
import { createStore } from './state/store';
import { createSuggestController } from './state/suggest-controller';
import { createTabCoordination, TAB_CHANNEL_NAME } from './state/tab-coordination';
import { createUnitLevelController } from './state/unit-level-controller';
import { App } from './ui/app';
import { installAutomationHook } from './ui/automation-hook';
import { renderInOwnTask } from './ui/render-schedule';
import { openShareFragment } from './ui/scenarios/share-link-actions';
import './ui/styles/index.css';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

performance.mark('lifecircle:start');
renderInOwnTask();
const storage = localStorageOrUndefined();
const store = createStore(storage, navigator.languages);
document.documentElement.lang = store.locale.value;
let map: MapLibreMap | undefined;
const engine = createEngineClient({
  // The new worker starts with no facilities: the scenario's are sent again once the dataset is back.
  onRestart: (reason, reloaded) => {
    // The new worker has no network yet: figures are straight-line until it is loaded again.
    store.network.value = { status: 'loading' };
    void controller
      .workerRestarted(reloaded, reason.code === 'suggest-cancelled')
      .then(() => planner.resync())
      .then(() => network.load());
  },
  // Three crashes within a minute: no more restarts; the load-error card says so (and offers Retry).
  onCrashLoop: (reason) => {
    store.loadError.value = reason;
  },
});
const controller = createAppController(store, engine, defaultDatasetUrls(document.baseURI), storage);
const sync = createEngineSync(store, engine);
const planner = createPlannerController(store, engine, sync);
const scenarioController = createScenarioController(store, sync);
const compareController = createCompareController(store, engine);
const network = createNetworkController(store, engine, sync, planner, defaultNetworkUrl(document.baseURI));
const unitLevels = createUnitLevelController(store, engine, sync, storage);
const importer = createImportController(store, engine, createImportClient(), {
  installDataset: controller.installDataset,
  syncActive: sync.syncActive,
  addScenario: scenarioController.addScenario,
  useNetwork: network.useImported,
});
const suggest = createSuggestController(store, engine, {
  addScenario: (content) => scenarioController.addScenario(content),
  compare: async (beforeId, afterId) => {
    store.meetingView.value = 'compare';
    await compareController.choose(beforeId, afterId);
  },
  importer: createImportClient(),
});
installAutomationHook(store, () => map);
// Autosave: restore the dataset's stored scenarios once it is loaded, then write every committed change.
// One tab writes the saved work; the others are read-only and follow it (issue 15).
const tabs = createTabCoordination(store, {
  locks: navigator.locks,
  channel: typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(TAB_CHANNEL_NAME),
  flush: () => autosave.flush(),
  reload: async () => {
    if (await autosave.reload()) await planner.resync();
  },
});
const tabsStarted = tabs.start();
const autosave = createAutosave(store, indexedDbAutosaveStorage(), storage, {
  canWrite: tabs.canWrite,
  onWritten: tabs.notifySaved,
});
window.addEventListener('pagehide', () => autosave.flushOnHide());
createOverlayController(store, engine);

const context = {
  store,
  controller,
  planner,
  scenarios: scenarioController,
  importer,
  network,
  suggest,
  tabs,
  unitLevels,
  onMapCreated: (created: unknown) => {
    map = created as MapLibreMap;
    installFacilityDrag(map, store, planner);
  },
};
const root = document.getElementById('app');
if (root) render(<App context={context} meeting={{ compare: compareController, getMap: () => map }} />, root);
void controller.load().then(async () => {
  await tabsStarted;
  const datasetId = store.summary.peek()?.id;
  if (datasetId && (await autosave.start(datasetId))) await planner.resync();
  // After the stored scenarios are back, so a shared scenario is added to them and never replaced.
  openShareFragment(store, location.hash);
  // The planner's generated hexagons (a preference), after the saved work so the scenario is sent once with them.
  await unitLevels.restoreHexagonUnits();
  // The walking network last, once the map is ready: start-up never waits for it (network mode says "loading").
  await network.loadWhenMapReady();
});
