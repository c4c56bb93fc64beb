/**
 * The walking network on the main thread (issue 13): loads the default network in the engine worker after the
 * dataset (the map never waits for it), switches a scenario's distance mode as one undo step, and keeps the reached
 * streets of the selected or dragged facility in the store while the active scenario is in network mode.
 */
import { effect } from '@preact/signals';
import type { Locale } from '../core/model/locale';
import type { Result } from '../core/model/result';
import type { DistanceMode } from '../core/model/scenario';
import type { ImportedStreetNetwork } from '../core/network/inspect-network';
import type { ScenarioContent } from '../core/scenarios/scenario-commands';
import type { NetworkStatus } from '../core/session/walking-network';
import type { EngineClient } from '../engine/engine-client';
import type { CompareController } from './compare-controller';
import type { EngineSync } from './engine-sync';
import type { PlannerController } from './planner-controller';
import { measuresAlongNetwork } from './session-options';
import type { AppStore } from './store';

export interface NetworkController {
  /** Loads the network at the controller's URL; sends the active scenario again when it is in network mode. */
  load(): Promise<void>;
  /**
   * {@link load} once the map is ready (`store.ready`): the fetch and the worker's decoding and snapping (≈ 0.5 s)
   * never compete with the start-up, so the map is always ready before the network.
   */
  loadWhenMapReady(): Promise<void>;
  /**
   * Replaces the network in use by one the user imported (after the dialog's confirmation): the worker snaps the
   * cells to it and refuses it (`network-no-overlap`) with the current one kept. Kept on the main thread, so a
   * restarted worker gets it again instead of the default; not kept across a page reload (the interface says so).
   */
  useImported(
    imported: ImportedStreetNetwork,
    onProgress?: (fraction: number) => void,
  ): Promise<Result<NetworkStatus>>;
  /** Sets the active scenario's distance mode (one command, undone in one step). */
  setDistance(mode: DistanceMode): Promise<void>;
  /**
   * The active scenario's facilities in both modes side by side: a copy of it in the other mode is added after it
   * (not activated) and the compare view opens on straight-line (before) against walking network (after).
   */
  compareModes(
    addScenario: (content: ScenarioContent, options: { activate: boolean }) => Promise<string>,
    compare: Pick<CompareController, 'choose'>,
  ): Promise<void>;
  dispose(): void;
}

/** The copy's name ends with its mode, in the UI language. */
const MODE_SUFFIX: Record<Locale, Record<DistanceMode, string>> = {
  'zh-CN': { 'great-circle': '直线距离', network: '步行路网' },
  en: { 'great-circle': 'straight-line', network: 'walking network' },
};

export function createNetworkController(
  store: AppStore,
  engine: EngineClient,
  sync: EngineSync,
  planner: Pick<PlannerController, 'setParameters'>,
  networkUrl: string,
): NetworkController {
  // Reached streets as a drag asks for them: one request in flight and the newest pending (older pending positions
  // are dropped), so the worker never queues a backlog and every answer, being newer than the one drawn, is drawn
  // while the pointer moves. An answer for a request made before the catchment was cleared is dropped.
  let sequence = 0;
  let clearedAt = 0;
  let inFlight = false;
  let pending: {
    sequence: number;
    facilityId: string;
    lon: number;
    lat: number;
    radiusMeters: number;
  } | null = null;
  const pump = async () => {
    if (inFlight) return;
    inFlight = true;
    while (pending) {
      const request = pending;
      pending = null;
      const answer = await engine.reachedStreets(request.lon, request.lat, request.radiusMeters);
      if (request.sequence <= clearedAt) continue;
      store.networkCatchment.value = answer.ok
        ? {
            facilityId: request.facilityId,
            lon: request.lon,
            lat: request.lat,
            segments: answer.value.segments,
          }
        : null;
    }
    inFlight = false;
  };
  const disposeCatchment = effect(() => {
    const scenario = store.activeScenario.value;
    const drag = store.facilityDrag.value;
    const id = drag?.id ?? store.selectedFacilityId.value;
    const facility = id === null ? undefined : scenario.facilities.find((f) => f.id === id);
    sequence += 1;
    if (!facility || !measuresAlongNetwork(store, scenario)) {
      clearedAt = sequence;
      pending = null;
      if (store.networkCatchment.peek()) store.networkCatchment.value = null;
      return;
    }
    pending = {
      sequence,
      facilityId: facility.id,
      lon: drag?.lon ?? facility.lon,
      lat: drag?.lat ?? facility.lat,
      radiusMeters: facility.radiusMeters,
    };
    void pump();
  });

  /** The imported network in use, sent again by `load` after a worker restart. */
  let imported: ImportedStreetNetwork | undefined;
  const load = async (): Promise<void> => {
    store.network.value = { status: 'loading' };
    const sent = imported;
    const loaded = sent
      ? await engine.useNetwork(sent.network, sent.fileName)
      : await engine.loadNetwork(networkUrl);
    // A network imported while the default one was still loading: the default answered last, so send it again.
    if (imported !== sent) return load();
    store.network.value = loaded.ok ? loaded.value : { status: 'failed', error: loaded.error };
    if (loaded.ok && store.activeScenario.peek().parameters.distance === 'network') await sync.syncActive();
  };

  return {
    load,
    async useImported(next, onProgress) {
      // Copied, not transferred: the main thread keeps it for a restarted worker.
      const used = await engine.useNetwork(next.network, next.fileName, onProgress);
      if (!used.ok) return used;
      imported = next;
      store.network.value = used.value;
      if (store.activeScenario.peek().parameters.distance === 'network') await sync.syncActive();
      return used;
    },
    async loadWhenMapReady() {
      // "loading" from now on: network mode says so while it waits for the map.
      store.network.value = { status: 'loading' };
      await new Promise<void>((resolve) => {
        let stop: (() => void) | undefined;
        stop = effect(() => {
          if (!store.ready.value) return;
          resolve();
          stop?.();
        });
        if (store.ready.peek()) stop();
      });
      await load();
    },
    setDistance(mode) {
      return planner.setParameters({ distance: mode === 'network' ? 'network' : undefined });
    },
    async compareModes(addScenario, compare) {
      const active = store.activeScenario.peek();
      const walking = active.parameters.distance === 'network';
      const other: DistanceMode = walking ? 'great-circle' : 'network';
      const suffix = MODE_SUFFIX[store.locale.peek()][other];
      const { id: _id, ...content } = structuredClone(active);
      content.name = `${active.name} · ${suffix}`;
      content.parameters.distance = other === 'network' ? 'network' : undefined;
      if (content.parameters.distance === undefined) delete content.parameters.distance;
      const copyId = await addScenario(content, { activate: false });
      store.meetingView.value = 'compare';
      await (walking ? compare.choose(copyId, active.id) : compare.choose(active.id, copyId));
    },
    dispose: disposeCatchment,
  };
}
