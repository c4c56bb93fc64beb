/**
 * The comparison of two scenarios (issue 6 "Compare"): which two, their results from the worker's second engine
 * (so the live engine is never disturbed), the comparison of core/compare, and the delta map of one facility type.
 * "Latest wins": an answer to an older choice never overwrites a newer one.
 */
import { effect, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { compareResultsAtLevel } from '../core/compare/compare-at-level';
import { compareResults } from '../core/compare/compare-results';
import type { Comparison } from '../core/compare/comparison';
import type { ResultError } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { Scenario } from '../core/model/scenario';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import { findScenario, type ScenarioList } from '../core/scenarios/scenario-list';
import type { EngineClient } from '../engine/engine-client';
import { mainFacilityType } from './presentation';
import { sessionOptionsOf } from './session-options';
import type { AppStore } from './store';

/** What the compare view shows. */
export interface CompareState {
  beforeId: string;
  afterId: string;
  /** Facility type of the delta map. */
  deltaType: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  comparison: Comparison | null;
  /** Unit level whose units the comparison's rows are (issue 12): the store's `unitLevelId` when both sides have it. */
  levelId: string;
  before: Results | null;
  after: Results | null;
  /** Residents newly covered / no longer covered by `deltaType`, persons. */
  gainedPopulation: number;
  lostPopulation: number;
  error: ResultError | null;
}

export interface CompareController {
  /** Follows the store's unit level: the rows are the chosen level's units, compared again without the engine. */
  state: ReadonlySignal<CompareState>;
  /** Opens the compare view with the default pair (first scenario vs the active one) unless one was chosen. */
  open(): Promise<void>;
  close(): void;
  /** Compares `beforeId` → `afterId` (the delta is after − before). */
  choose(beforeId: string, afterId: string): Promise<void>;
  setDeltaType(type: string): Promise<void>;
  /** Evaluates the chosen pair again (after an edit). */
  refresh(): Promise<void>;
}

/**
 * The default pair: the first scenario (the baseline, "today") against the active one; when the first is active,
 * against the second, so the view never opens on a scenario compared with itself.
 */
export function defaultComparePair(list: ScenarioList): { beforeId: string; afterId: string } {
  const first = list.scenarios[0] as Scenario;
  if (list.activeScenarioId !== first.id) return { beforeId: first.id, afterId: list.activeScenarioId };
  return { beforeId: first.id, afterId: (list.scenarios[1] ?? first).id };
}

/** Types placed in either scenario, for the delta map's type choice; the palette's type when none are. */
export function comparedTypes(
  before: Scenario | undefined,
  after: Scenario | undefined,
  fallback: string,
): string[] {
  const types = new Set([...(after?.facilities ?? []), ...(before?.facilities ?? [])].map((f) => f.type));
  return types.size > 0 ? [...types] : [fallback];
}

/** The comparison at `levelId`, or at the districts when either side lacks that level. */
function comparisonAtLevel(
  before: Results,
  after: Results,
  levelId: string,
): Pick<CompareState, 'comparison' | 'levelId'> {
  const atLevel = compareResultsAtLevel(before, after, levelId);
  if (atLevel) return { comparison: atLevel, levelId };
  return { comparison: compareResults(before, after), levelId: DISTRICT_LEVEL_ID };
}

function initialState(): CompareState {
  return {
    beforeId: '',
    afterId: '',
    deltaType: '',
    status: 'idle',
    comparison: null,
    levelId: DISTRICT_LEVEL_ID,
    before: null,
    after: null,
    gainedPopulation: 0,
    lostPopulation: 0,
    error: null,
  };
}

export function createCompareController(store: AppStore, engine: EngineClient): CompareController {
  const state: Signal<CompareState> = signal(initialState());
  let generation = 0;

  const scenarioOf = (id: string) => findScenario(store.scenarios.peek().list, id);

  const evaluate = async () => {
    const mine = ++generation;
    const current = state.peek();
    const before = scenarioOf(current.beforeId);
    const after = scenarioOf(current.afterId);
    if (!before || !after) return;
    state.value = { ...current, status: 'loading', error: null };
    const stale = () => mine !== generation;
    const failWith = (error: ResultError) => {
      if (stale()) return;
      state.value = { ...state.peek(), status: 'error', error };
      store.deltaImage.value = null;
    };
    const beforeResults = await engine.evaluateScenario(before.facilities, sessionOptionsOf(store, before));
    if (!beforeResults.ok) return failWith(beforeResults.error);
    const afterResults = await engine.evaluateScenario(after.facilities, sessionOptionsOf(store, after));
    if (!afterResults.ok) return failWith(afterResults.error);
    const change = await engine.coverageChange(
      { facilities: before.facilities, options: sessionOptionsOf(store, before) },
      { facilities: after.facilities, options: sessionOptionsOf(store, after) },
      current.deltaType,
    );
    if (!change.ok) return failWith(change.error);
    if (stale()) return;
    state.value = {
      ...state.peek(),
      status: 'ready',
      ...comparisonAtLevel(beforeResults.value, afterResults.value, store.unitLevelId.peek()),
      before: beforeResults.value,
      after: afterResults.value,
      gainedPopulation: change.value.gainedPopulation,
      lostPopulation: change.value.lostPopulation,
      error: null,
    };
    store.deltaImage.value = change.value;
  };

  const choose = async (beforeId: string, afterId: string) => {
    const before = scenarioOf(beforeId);
    const after = scenarioOf(afterId);
    const types = comparedTypes(before, after, store.paletteType.peek());
    const current = state.peek().deltaType;
    const deltaType = types.includes(current)
      ? current
      : ((after && mainFacilityType(after)) ?? (before && mainFacilityType(before)) ?? types[0] ?? '');
    state.value = { ...state.peek(), beforeId, afterId, deltaType };
    await evaluate();
  };

  // A switch of level compares the same two results again at the new level, without the engine; results from
  // before the level existed (hexagons just switched on) are evaluated again while the panel is open.
  effect(() => {
    const levelId = store.unitLevelId.value;
    const current = state.peek();
    if (!current.before || !current.after || current.levelId === levelId) return;
    const atLevel = compareResultsAtLevel(current.before, current.after, levelId);
    if (atLevel) state.value = { ...current, comparison: atLevel, levelId };
    else if (store.meetingView.peek() === 'compare') void evaluate();
  });

  return {
    state,
    async open() {
      store.meetingView.value = 'compare';
      const list = store.scenarios.peek().list;
      const current = state.peek();
      const keep = findScenario(list, current.beforeId) && findScenario(list, current.afterId);
      const pair = keep && current.beforeId !== current.afterId ? current : defaultComparePair(list);
      await choose(pair.beforeId, pair.afterId);
    },
    close() {
      generation += 1;
      if (store.meetingView.peek() === 'compare') store.meetingView.value = 'none';
      store.deltaImage.value = null;
    },
    choose,
    async setDeltaType(type) {
      state.value = { ...state.peek(), deltaType: type };
      await evaluate();
    },
    refresh: evaluate,
  };
}
