import { describe, expect, it } from 'vitest';
import type { Facility } from '../core/model/facility';
import { fail, ok, type Result } from '../core/model/result';
import type { Results } from '../core/model/results';
import type { EngineClient } from '../engine/engine-client';
import { createEngineSync } from './engine-sync';
import { createPlannerController } from './planner-controller';
import { createStore } from './store';

/** Results recognisable by their label (kept in `method`), enough for the sync, which only passes them on. */
const resultsLabelled = (label: string) =>
  ({ method: { label }, districts: [], totals: {} }) as unknown as Results;

/**
 * An engine that has lost its facilities (as after a worker restart): every incremental call refuses with a code,
 * and `setScenario` answers results labelled with the facilities it was given.
 */
function forgetfulEngine() {
  const calls: string[] = [];
  const sentScenarios: { facilities: Facility[]; options: unknown }[] = [];
  const refuse = async (): Promise<Result<Results>> => fail('unknown-facility', 'No facility f1');
  const engine = {
    addFacility: async () => {
      calls.push('addFacility');
      return ok(resultsLabelled('added'));
    },
    moveFacility: async () => {
      calls.push('moveFacility');
      return refuse();
    },
    updateFacility: async () => {
      calls.push('updateFacility');
      return refuse();
    },
    setScenario: async (facilities: Facility[], options: unknown) => {
      calls.push('setScenario');
      sentScenarios.push({ facilities: structuredClone(facilities), options });
      return ok(resultsLabelled(`full:${facilities.map((f) => `${f.id}@${f.lon},${f.lat}`).join(';')}`));
    },
  } as unknown as EngineClient;
  return { engine, calls, sentScenarios };
}

const label = (results: Results | null) =>
  (results?.method as unknown as { label: string } | undefined)?.label;

describe('engine sync: the whole scenario is sent again when an incremental call fails', () => {
  it('a refused move resends every facility at its committed position and publishes that answer', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { engine, calls, sentScenarios } = forgetfulEngine();
    const planner = createPlannerController(store, engine, createEngineSync(store, engine));
    await planner.place(114.0005, 30.0035);
    expect(label(store.results.peek())).toBe('added');
    await planner.moveFacility('f1', 114.0035, 30.0035);
    expect(calls).toEqual(['addFacility', 'moveFacility', 'setScenario']);
    expect(sentScenarios).toHaveLength(1);
    expect(sentScenarios[0]?.facilities.map((f) => [f.id, f.lon, f.lat])).toEqual([
      ['f1', 114.0035, 30.0035],
    ]);
    expect(label(store.results.peek())).toBe('full:f1@114.0035,30.0035');
    expect(store.editError.peek()).toBeNull();
  });

  it('a successful incremental call sends nothing more', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { engine, calls } = forgetfulEngine();
    const sync = createEngineSync(store, engine);
    await sync.send(() => engine.addFacility({} as Facility));
    expect(calls).toEqual(['addFacility']);
    expect(label(store.results.peek())).toBe('added');
  });

  it('an answer overtaken by a newer request is neither published nor followed by a resend', async () => {
    const store = createStore(undefined, ['zh-CN']);
    const { engine, calls } = forgetfulEngine();
    const sync = createEngineSync(store, engine);
    let releaseOld: (value: Result<Results>) => void = () => {};
    const old = sync.send(
      () =>
        new Promise((resolve) => {
          releaseOld = resolve;
        }),
    );
    await sync.send(() => engine.addFacility({} as Facility));
    releaseOld(fail('unknown-facility', 'stale'));
    await old;
    expect(calls).toEqual(['addFacility']);
    expect(label(store.results.peek())).toBe('added');
  });
});
