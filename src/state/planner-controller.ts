/**
 * The planner's edits to the active scenario: place, move, edit, delete, rule set, assumptions, undo and redo. Every
 * edit is a command committed to the store's scenario-list history (conventions.md § Edits); the engine worker then
 * gets the matching incremental call, or the whole scenario after an undo/redo or a change of options.
 */
import type { FacilityPatch } from '../core/commands/command';
import type { Facility } from '../core/model/facility';
import type { ScenarioParameters } from '../core/model/scenario';
import { findFacilityPreset } from '../core/rules/facility-presets';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSync } from './engine-sync';
import { commitToActive, stepList } from './list-commit';
import type { Locale } from './locale';
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

/** A new proposed facility from a preset: its radius and the lower end of its floor-area range. */
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
  return {
    id,
    name: `${label} ${ordinal}`,
    type: typeId,
    status: 'proposed',
    lon,
    lat,
    floorAreaSquareMeters: preset?.floorAreaSquareMeters?.min ?? 0,
    radiusMeters: preset?.radiusMeters ?? 300,
  };
}

export function createPlannerController(
  store: AppStore,
  engine: EngineClient,
  sync: EngineSync,
): PlannerController {
  let nextId = 1;

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
      if (!commitToActive(store, { kind: 'moveFacility', id, lon, lat })) return;
      await sync.send(() => engine.moveFacility(id, lon, lat));
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
