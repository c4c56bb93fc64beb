/**
 * The planner's edits: place, delete, undo and redo. Every edit is a command committed to the store's History
 * (conventions.md § Edits); the engine worker then gets the matching incremental call, or every facility after an
 * undo/redo. Results are "latest wins": an answer to an older edit never overwrites a newer one.
 */
import type { Command } from '../core/commands/command';
import { commit, type History, redo, undo } from '../core/commands/history';
import type { Facility } from '../core/model/facility';
import type { Result } from '../core/model/result';
import type { Results } from '../core/model/results';
import { findFacilityPreset } from '../core/rules/facility-presets';
import type { EngineClient } from '../engine/engine-client';
import type { Locale } from './locale';
import { type AppStore, valueOrReport } from './store';

export interface PlannerController {
  /** Places a facility of the palette's type at (lon, lat), WGS 84 degrees, and selects it. */
  place(lon: number, lat: number): Promise<void>;
  /** Deletes the selected facility, if any. */
  deleteSelected(): Promise<void>;
  select(id: string | null): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Sends every facility again (full evaluation), e.g. after the worker restarted with none. */
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

export function createPlannerController(store: AppStore, engine: EngineClient): PlannerController {
  let generation = 0;
  let nextId = 1;

  const freshId = (history: History) => {
    const taken = new Set(history.scenario.facilities.map((f) => f.id));
    while (taken.has(`f${nextId}`)) nextId += 1;
    return `f${nextId++}`;
  };

  /** Sends one request and keeps its results only if no later request was made meanwhile. */
  const send = async (request: () => Promise<Result<Results>>) => {
    const mine = ++generation;
    const answer = await request();
    if (mine !== generation) return;
    if (answer.ok) {
      store.results.value = answer.value;
      return;
    }
    // An incremental call can fail if the worker restarted; a full evaluation puts it back in step.
    const full = await engine.setFacilities(store.history.peek().scenario.facilities);
    if (mine !== generation) return;
    const value = valueOrReport(store, full);
    if (value) store.results.value = value;
  };

  const commitCommand = (command: Command): boolean => {
    const committed = commit(store.history.peek(), command);
    if (!valueOrReport(store, committed)) return false;
    if (committed.ok) store.history.value = committed.value;
    return true;
  };

  const step = async (direction: 'undo' | 'redo') => {
    const before = store.history.peek();
    const after = direction === 'undo' ? undo(before) : redo(before);
    if (after === before) return;
    store.history.value = after;
    const selected = store.selectedFacilityId.peek();
    if (selected && !after.scenario.facilities.some((f) => f.id === selected)) {
      store.selectedFacilityId.value = null;
    }
    await send(() => engine.setFacilities(after.scenario.facilities));
  };

  return {
    async place(lon, lat) {
      const history = store.history.peek();
      const facility = facilityFromPreset(
        store.paletteType.peek(),
        freshId(history),
        lon,
        lat,
        store.locale.peek(),
        history.scenario.facilities.length + 1,
      );
      if (!commitCommand({ kind: 'addFacility', facility })) return;
      store.selectedFacilityId.value = facility.id;
      await send(() => engine.addFacility(facility));
    },
    async deleteSelected() {
      const id = store.selectedFacilityId.peek();
      if (!id || !commitCommand({ kind: 'deleteFacility', id })) return;
      store.selectedFacilityId.value = null;
      await send(() => engine.removeFacility(id));
    },
    select(id) {
      store.selectedFacilityId.value = id;
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    resync: () => send(() => engine.setFacilities(store.history.peek().scenario.facilities)),
  };
}
