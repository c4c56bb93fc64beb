import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type FacilityPatch } from '../analysis/engine';
import {
  facilityArbitrary,
  populationsArbitrary,
  RANDOM_TYPES,
  randomDataset,
} from '../analysis/random-dataset.fixture';
import type { Facility } from '../model/facility';
import { ok, type Result } from '../model/result';
import type { Results } from '../model/results';
import { createResultsReceiver, createResultsSender, type ResultsAnswer } from './results-versions';

type Edit =
  | { kind: 'add'; facility: Facility }
  | { kind: 'move'; index: number; lon: number; lat: number }
  | { kind: 'update'; index: number; patch: FacilityPatch }
  | { kind: 'remove'; index: number };

const editArbitrary = (id: string): fc.Arbitrary<Edit> =>
  fc.oneof(
    facilityArbitrary(id).map((facility) => ({ kind: 'add' as const, facility })),
    fc.record({
      kind: fc.constant('move' as const),
      index: fc.nat(),
      lon: fc.double({ min: 114.298, max: 114.314, noNaN: true }),
      lat: fc.double({ min: 30.588, max: 30.602, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      index: fc.nat(),
      patch: fc.oneof(
        fc.record({ radiusMeters: fc.double({ min: 30, max: 700, noNaN: true }) }),
        fc.record({ type: fc.constantFrom(...RANDOM_TYPES) }),
      ),
    }),
    fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
  );

/** Random edits on the random dataset with its two finer levels; `dropped`: answers lost on the way (by index). */
const runArbitrary = fc.record({
  populations: populationsArbitrary,
  edits: fc
    .array(fc.nat(), { minLength: 1, maxLength: 12 })
    .chain((ids) => fc.tuple(...ids.map((_, k) => editArbitrary(`f-${k}`)))),
  dropped: fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
});

/** Results after each edit, as the engine makes them (the reference the patched results must equal). */
function resultsOfEdits(populations: number[], edits: Edit[]): Results[] {
  const created = createEngine(randomDataset(populations, true, true), { ruleSetId: 'national-2021-2025' });
  if (!created.ok) throw new Error(created.error.message);
  const engine = created.value;
  const out = [engine.results()];
  for (const edit of edits) {
    const ids = engine.facilities().map((facility) => facility.id);
    const id = ids.length > 0 ? (ids[('index' in edit ? edit.index : 0) % ids.length] as string) : '';
    if (edit.kind === 'add') engine.addFacility(edit.facility);
    else if (id && edit.kind === 'move') engine.moveFacility(id, edit.lon, edit.lat);
    else if (id && edit.kind === 'update') engine.updateFacility(id, edit.patch);
    else if (id && edit.kind === 'remove') engine.removeFacility(id);
    out.push(engine.results());
  }
  return out;
}

/** A message's journey: what the receiving side reads is a structured clone. */
const across = <T>(value: T): T => structuredClone(value);

describe('results sent as patches with versions', () => {
  it('applying every answer in order gives results equal to the engine’s at every step (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(runArbitrary, async ({ populations, edits }) => {
        const steps = resultsOfEdits(populations, edits);
        const sender = createResultsSender();
        const receiver = createResultsReceiver(async () => {
          throw new Error('no full copy is needed when nothing is lost');
        });
        let patches = 0;
        for (const results of steps) {
          const answer = across(sender.send(ok(results)));
          if (answer.ok && 'patch' in answer.value) patches++;
          const received = await receiver.receive(answer);
          expect(received).toStrictEqual(ok(across(results)));
        }
        expect(patches).toBe(steps.length - 1);
      }),
      { numRuns: 200 },
    );
  });

  it('a lost answer never yields wrong results: the next patch asks for the results in full (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(runArbitrary, async ({ populations, edits, dropped }) => {
        const steps = resultsOfEdits(populations, edits);
        const sender = createResultsSender();
        let current: Results | undefined;
        let fullCopies = 0;
        const receiver = createResultsReceiver(async (): Promise<Result<ResultsAnswer>> => {
          fullCopies++;
          return across(sender.send(ok(current as Results), true));
        });
        let lost = 0;
        for (const [index, results] of steps.entries()) {
          current = results;
          const answer = across(sender.send(ok(results)));
          if (dropped.includes(index)) {
            lost++;
            continue;
          }
          expect(await receiver.receive(answer)).toStrictEqual(ok(across(results)));
        }
        // A full copy only after a loss, at most one per loss.
        expect(fullCopies).toBeLessThanOrEqual(lost);
        if (lost === 0) expect(fullCopies).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('an answer still in flight when the full copy was asked for gets the newer results held, not a patch on them', async () => {
    // One station, then three moves: every results has the same shape, so only the versions tell a patch's base.
    const steps = resultsOfEdits(
      Array.from({ length: 120 }, () => 10),
      [
        { kind: 'add', facility: station('s', 114.302) },
        { kind: 'move', index: 0, lon: 114.306, lat: 30.595 },
        { kind: 'move', index: 0, lon: 114.309, lat: 30.595 },
        { kind: 'move', index: 0, lon: 114.303, lat: 30.592 },
      ],
    ).slice(1);
    const sender = createResultsSender();
    const first = across(sender.send(ok(steps[0] as Results)));
    across(sender.send(ok(steps[1] as Results))); // lost
    const third = across(sender.send(ok(steps[2] as Results)));
    const fourth = across(sender.send(ok(steps[1] as Results))); // in flight while the full copy is asked for
    const full = across(sender.send(ok(steps[3] as Results), true));
    const fifth = across(sender.send(ok(steps[2] as Results)));
    let fullCopies = 0;
    const receiver = createResultsReceiver(async () => {
      fullCopies++;
      return full;
    });
    expect(await receiver.receive(first)).toStrictEqual(ok(across(steps[0])));
    // The third answer's base (version 2) was lost: the full copy (version 5) answers it, and the fourth, older.
    const [afterThird, afterFourth] = await Promise.all([receiver.receive(third), receiver.receive(fourth)]);
    expect(afterThird).toStrictEqual(ok(across(steps[3])));
    expect(afterFourth).toStrictEqual(ok(across(steps[3])));
    expect(fullCopies).toBe(1);
    // The full copy was received: an answer sent after it is a patch on it.
    expect(await receiver.receive(fifth)).toStrictEqual(ok(across(steps[2])));
  });
});

function station(id: string, lon: number): Facility {
  return {
    id,
    name: id,
    type: 'community_service_station',
    status: 'proposed',
    lon,
    lat: 30.595,
    radiusMeters: 300,
    floorAreaSquareMeters: 600,
  };
}
