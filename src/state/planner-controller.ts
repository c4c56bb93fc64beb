/**
 * The planner's edits to the active scenario: place, move, edit, delete, rule set, assumptions, undo and redo. Every
 * edit is a command committed to the store's scenario-list history (conventions.md § Edits); the engine worker then
 * gets the matching incremental call, or the whole scenario after an undo/redo or a change of options.
 */
import type { FacilityPatch } from '../core/commands/command';
import { METERS_PER_DEGREE_LATITUDE } from '../core/geo/distance';
import type { Facility, FacilityCapacity } from '../core/model/facility';
import type { Locale } from '../core/model/locale';
import type { ScenarioParameters } from '../core/model/scenario';
import { findFacilityPreset } from '../core/rules/facility-presets';
import { copyScenarioFacility } from '../core/scenarios/baseline';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSync } from './engine-sync';
import { commitToActive, stepList } from './list-commit';
import type { AppStore } from './store';

export interface PlannerController {
  /** Places a facility of the palette's type at (lon, lat), WGS 84 degrees, and selects it. */
  place(lon: number, lat: number): Promise<void>;
  /** Moves a facility (one undo step; a drag commits this on release). */
  moveFacility(id: string, lon: number, lat: number): Promise<void>;
  /** Changes fields of a facility other than its id and position (one undo step). */
  updateFacility(id: string, patch: FacilityPatch): Promise<void>;
  /** Deletes the selected facility, if any. */
  deleteSelected(): Promise<void>;
  /**
   * A drag in progress: the engine moves the facility (figures follow), nothing is committed. Calls coalesce: at most
   * one request in flight plus the newest pending, sent at most once per animation frame. Resolves once the queue
   * has drained (every preview sent or superseded).
   */
  previewMove(id: string, lon: number, lat: number): Promise<void>;
  /** Ends a drag without a change (Esc): drops pending previews and puts the engine back on the committed position. */
  cancelPreview(id: string): Promise<void>;
  /** A copy of a facility a little to the south-east (fresh id, "copy" in its name), selected (one undo step). */
  duplicate(id: string): Promise<void>;
  select(id: string | null): void;
  /** Judges the active scenario by another rule set (one undo step). */
  setRuleSet(ruleSetId: string): Promise<void>;
  /** Changes the active scenario's assumptions: household size, walking speed, thresholds (one undo step). */
  setParameters(patch: Partial<ScenarioParameters>): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Sends the active scenario again (full evaluation), e.g. after the worker restarted with no facilities. */
  resync(): Promise<void>;
}

/**
 * A new proposed facility from a preset: its radius and the preset's typical capacity (floor or land area, beds,
 * places, doctors), an assumption the editor shows and the planner changes, never a silent 0.
 */
export function facilityFromPreset(
  typeId: string,
  id: string,
  lon: number,
  lat: number,
  locale: Locale,
  ordinal: number,
): Facility {
  const preset = findFacilityPreset(typeId);
  const label = preset ? (locale === 'en' ? preset.nameEn : preset.nameZh) : typeId;
  const typical = preset?.typical ?? {};
  const facility: Facility = {
    id,
    name: `${label} ${ordinal}`,
    type: typeId,
    status: 'proposed',
    lon,
    lat,
    floorAreaSquareMeters: typical.floorAreaSquareMeters ?? 0,
    radiusMeters: preset?.radiusMeters ?? 300,
  };
  if (typical.landAreaSquareMeters !== undefined)
    facility.landAreaSquareMeters = typical.landAreaSquareMeters;
  const capacity: FacilityCapacity = {};
  if (typical.beds !== undefined) capacity.beds = typical.beds;
  if (typical.places !== undefined) capacity.places = typical.places;
  if (typical.doctors !== undefined) capacity.doctors = typical.doctors;
  if (Object.keys(capacity).length > 0) facility.capacity = capacity;
  return facility;
}

/** How far a duplicate lands from its original, metres east and south: off the original's point, inside its circle. */
const DUPLICATE_OFFSET_METERS = 40;

/** A copy of `facility` under `id`, moved `DUPLICATE_OFFSET_METERS` east and south, named "… (副本)" / "… (copy)". */
export function duplicateOf(facility: Facility, id: string, locale: Locale): Facility {
  const copy: Facility = {
    ...copyScenarioFacility(facility),
    id,
    name: `${facility.name} ${locale === 'en' ? '(copy)' : '(副本)'}`,
  };
  const metersPerDegreeLongitude = METERS_PER_DEGREE_LATITUDE * Math.cos((facility.lat * Math.PI) / 180);
  copy.lon = facility.lon + DUPLICATE_OFFSET_METERS / metersPerDegreeLongitude;
  copy.lat = facility.lat - DUPLICATE_OFFSET_METERS / METERS_PER_DEGREE_LATITUDE;
  return copy;
}

export interface PlannerOptions {
  /** Runs a callback before the next display frame (requestAnimationFrame); paces drag previews. */
  nextFrame?: (run: () => void) => void;
}

function defaultNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => run());
  else setTimeout(run, 16);
}

export function createPlannerController(
  store: AppStore,
  engine: EngineClient,
  sync: EngineSync,
  options: PlannerOptions = {},
): PlannerController {
  let nextId = 1;
  const nextFrame = options.nextFrame ?? defaultNextFrame;
  // Drag previews: the newest position not yet sent, whether a request (or a frame wait) is under way, and who
  // waits for the queue to drain.
  let pendingPreview: { id: string; lon: number; lat: number } | null = null;
  let pumping = false;
  let drained: (() => void)[] = [];

  const pumpPreviews = () => {
    const next = pendingPreview;
    if (!next) {
      pumping = false;
      const waiting = drained;
      drained = [];
      for (const resolve of waiting) resolve();
      return;
    }
    pendingPreview = null;
    void sync
      .send(() => engine.moveFacility(next.id, next.lon, next.lat))
      .then(() => nextFrame(pumpPreviews));
  };

  /** Drops a queued preview; the one in flight (if any) is overtaken by the caller's request (latest wins). */
  const dropPreviews = () => {
    pendingPreview = null;
  };

  /** Puts the engine back on the committed position of a facility after previews. */
  const restoreCommitted = async (id: string) => {
    const facility = store.activeScenario.peek().facilities.find((f) => f.id === id);
    if (facility) await sync.send(() => engine.moveFacility(id, facility.lon, facility.lat));
    else await sync.syncActive();
  };

  const freshId = () => {
    const taken = new Set(store.activeScenario.peek().facilities.map((f) => f.id));
    while (taken.has(`f${nextId}`)) nextId += 1;
    return `f${nextId++}`;
  };

  const step = async (direction: 'undo' | 'redo') => {
    if (stepList(store, direction)) await sync.syncActive();
  };

  return {
    async place(lon, lat) {
      const facilities = store.activeScenario.peek().facilities;
      const facility = facilityFromPreset(
        store.paletteType.peek(),
        freshId(),
        lon,
        lat,
        store.locale.peek(),
        facilities.length + 1,
      );
      if (!commitToActive(store, { kind: 'addFacility', facility })) return;
      store.selectedFacilityId.value = facility.id;
      await sync.send(() => engine.addFacility(facility));
    },
    async moveFacility(id, lon, lat) {
      dropPreviews();
      if (!commitToActive(store, { kind: 'moveFacility', id, lon, lat })) {
        await restoreCommitted(id);
        return;
      }
      await sync.send(() => engine.moveFacility(id, lon, lat));
    },
    previewMove(id, lon, lat) {
      pendingPreview = { id, lon, lat };
      const done = new Promise<void>((resolve) => drained.push(resolve));
      if (!pumping) {
        pumping = true;
        nextFrame(pumpPreviews);
      }
      return done;
    },
    async cancelPreview(id) {
      dropPreviews();
      await restoreCommitted(id);
    },
    async duplicate(id) {
      const original = store.activeScenario.peek().facilities.find((f) => f.id === id);
      if (!original) return;
      const facility = duplicateOf(original, freshId(), store.locale.peek());
      if (!commitToActive(store, { kind: 'addFacility', facility })) return;
      store.selectedFacilityId.value = facility.id;
      await sync.send(() => engine.addFacility(facility));
    },
    async updateFacility(id, patch) {
      if (!commitToActive(store, { kind: 'setFacilityProps', id, patch })) return;
      await sync.send(() => engine.updateFacility(id, patch));
    },
    async deleteSelected() {
      const id = store.selectedFacilityId.peek();
      if (!id || !commitToActive(store, { kind: 'deleteFacility', id })) return;
      store.selectedFacilityId.value = null;
      await sync.send(() => engine.removeFacility(id));
    },
    select(id) {
      store.selectedFacilityId.value = id;
    },
    async setRuleSet(ruleSetId) {
      if (commitToActive(store, { kind: 'setRuleSet', ruleSetId })) await sync.syncActive();
    },
    async setParameters(patch) {
      if (commitToActive(store, { kind: 'setParameters', patch })) await sync.syncActive();
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    resync: () => sync.syncActive(),
  };
}
