import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { RULE_SET_PRESETS } from '../rules/rule-sets';
import { createEngine, type Engine, type EngineOptions, type FacilityPatch } from './engine';
import {
  facilityArbitrary,
  populationsArbitrary,
  RANDOM_TYPES,
  randomDataset,
} from './random-dataset.fixture';

type Edit =
  | { kind: 'add'; facility: Facility }
  | { kind: 'move'; index: number; lon: number; lat: number }
  | { kind: 'update'; index: number; patch: FacilityPatch }
  | { kind: 'remove'; index: number }
  | { kind: 'options'; options: EngineOptions };

const optionsArbitrary: fc.Arbitrary<EngineOptions> = fc.record({
  coverageMethod: fc.constantFrom('centroid' as const, 'area-weighted' as const),
  ruleSetId: fc.constantFrom(null, ...RULE_SET_PRESETS.map((ruleSet) => ruleSet.id)),
  householdSize: fc.double({ min: 1.5, max: 4, noNaN: true }),
  samplesPerSide: fc.integer({ min: 1, max: 3 }),
});

const patchArbitrary: fc.Arbitrary<FacilityPatch> = fc.oneof(
  fc.record({ radiusMeters: fc.double({ min: 30, max: 700, noNaN: true }) }),
  fc.record({ type: fc.constantFrom(...RANDOM_TYPES) }),
  fc.record({ floorAreaSquareMeters: fc.double({ min: 0, max: 3000, noNaN: true }) }),
  fc.record({ name: fc.string() }),
);

const editArbitrary = (id: string): fc.Arbitrary<Edit> =>
  fc.oneof(
    facilityArbitrary(id).map((facility) => ({ kind: 'add' as const, facility })),
    fc.record({
      kind: fc.constant('move' as const),
      index: fc.nat(),
      lon: fc.double({ min: 114.298, max: 114.314, noNaN: true }),
      lat: fc.double({ min: 30.588, max: 30.602, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('update' as const), index: fc.nat(), patch: patchArbitrary }),
    fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
    { weight: 1, arbitrary: optionsArbitrary.map((options) => ({ kind: 'options' as const, options })) },
  );

const scenarioArbitrary = fc.record({
  populations: populationsArbitrary,
  options: optionsArbitrary,
  initial: fc
    .array(fc.nat(), { maxLength: 6 })
    .chain((ids) => fc.tuple(...ids.map((_, k) => facilityArbitrary(`initial-${k}`)))),
  edits: fc
    .array(fc.nat(), { minLength: 1, maxLength: 14 })
    .chain((ids) => fc.tuple(...ids.map((_, k) => editArbitrary(`added-${k}`)))),
});

function mustCreate(populations: number[], options: EngineOptions, withLevels = false): Engine {
  const created = createEngine(randomDataset(populations, true, withLevels), options);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** Applies `edit` to the engine and to a plain list the same way; returns the new options. */
function applyEdit(engine: Engine, list: Facility[], edit: Edit, options: EngineOptions): EngineOptions {
  if (edit.kind === 'options') {
    expect(engine.setOptions(edit.options).ok).toBe(true);
    return { ...options, ...edit.options };
  }
  if (edit.kind === 'add') {
    expect(engine.addFacility(edit.facility).ok).toBe(true);
    list.push(edit.facility);
    return options;
  }
  if (list.length === 0) return options;
  const index = edit.index % list.length;
  const current = list[index] as Facility;
  if (edit.kind === 'move') {
    expect(engine.moveFacility(current.id, edit.lon, edit.lat).ok).toBe(true);
    list[index] = { ...current, lon: edit.lon, lat: edit.lat };
  } else if (edit.kind === 'update') {
    expect(engine.updateFacility(current.id, edit.patch).ok).toBe(true);
    list[index] = { ...current, ...edit.patch };
  } else {
    expect(engine.removeFacility(current.id).ok).toBe(true);
    list.splice(index, 1);
  }
  return options;
}

describe('engine properties', () => {
  it.each([
    ['districts only', false],
    ['two finer unit levels (bands, squares)', true],
  ])(
    'gives results identical to a full re-evaluation after any sequence of edits: %s',
    (_name, withLevels) => {
      fc.assert(
        fc.property(scenarioArbitrary, ({ populations, options, initial, edits }) => {
          const incremental = mustCreate(populations, options, withLevels);
          expect(incremental.setFacilities(initial).ok).toBe(true);
          // Ask for a surface first, so later edits must keep it up to date incrementally.
          incremental.sfcaSurface('community_service_station');
          const list = [...initial];
          let finalOptions = options;
          for (const edit of edits) finalOptions = applyEdit(incremental, list, edit, finalOptions);
          const full = mustCreate(populations, finalOptions, withLevels);
          expect(full.setFacilities(list).ok).toBe(true);
          const results = incremental.results();
          expect(results.levels?.length ?? 0).toBe(withLevels ? 2 : 0);
          expect(results).toEqual(full.results());
          expect(incremental.facilities()).toEqual(full.facilities());
          for (const type of RANDOM_TYPES) {
            expect(incremental.coverageMask(type)).toEqual(full.coverageMask(type));
          }
          expect(incremental.sfcaSurface('community_service_station')).toEqual(
            full.sfcaSurface('community_service_station'),
          );
        }),
        { numRuns: 150 },
      );
    },
  );

  it.each([
    ['districts only', false],
    ['two finer unit levels (bands, squares)', true],
  ])(
    'gives, after every edit, results() identical to a fresh evaluation (finest rows kept between calls): %s',
    (_name, withLevels) => {
      fc.assert(
        fc.property(scenarioArbitrary, ({ populations, options, initial, edits }) => {
          const incremental = mustCreate(populations, options, withLevels);
          expect(incremental.setFacilities(initial).ok).toBe(true);
          incremental.results();
          const list = [...initial];
          let currentOptions = options;
          for (const edit of edits) {
            currentOptions = applyEdit(incremental, list, edit, currentOptions);
            const fresh = mustCreate(populations, currentOptions, withLevels);
            expect(fresh.setFacilities(list).ok).toBe(true);
            expect(incremental.results()).toEqual(fresh.results());
          }
        }),
        { numRuns: 120 },
      );
    },
  );

  it('returns to exactly zero when every facility is removed again, in any order', () => {
    const facilitiesArbitrary = fc
      .array(fc.nat(), { minLength: 2, maxLength: 10 })
      .chain((ids) => fc.tuple(...ids.map((_, k) => facilityArbitrary(`f${k}`))));
    fc.assert(
      fc.property(
        populationsArbitrary,
        optionsArbitrary,
        facilitiesArbitrary.chain((facilities) =>
          fc.tuple(
            fc.constant(facilities),
            fc.shuffledSubarray(facilities, { minLength: facilities.length }),
          ),
        ),
        (populations, options, [facilities, removalOrder]) => {
          const engine = mustCreate(populations, options);
          const empty = engine.results();
          for (const type of RANDOM_TYPES) engine.sfcaSurface(type);
          for (const facility of facilities) engine.addFacility(facility);
          for (const facility of removalOrder) engine.removeFacility(facility.id);
          expect(engine.results()).toEqual(empty);
          for (const type of RANDOM_TYPES) {
            expect(engine.sfcaSurface(type).every((value) => Object.is(value, 0))).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same results with and without the raster layout (kdbush path), centroid rule', () => {
    const facilitiesArbitrary = fc
      .array(fc.nat(), { minLength: 1, maxLength: 10 })
      .chain((ids) => fc.tuple(...ids.map((_, k) => facilityArbitrary(`f${k}`))));
    fc.assert(
      fc.property(
        populationsArbitrary,
        facilitiesArbitrary,
        fc.constantFrom(null, ...RULE_SET_PRESETS.map((ruleSet) => ruleSet.id)),
        (populations, facilities, ruleSetId) => {
          const evaluate = (withRaster: boolean) => {
            const created = createEngine(randomDataset(populations, withRaster), { ruleSetId });
            if (!created.ok) throw new Error(created.error.message);
            created.value.setFacilities(facilities);
            return {
              results: created.value.results(),
              surface: created.value.sfcaSurface('elderly_day_care'),
            };
          };
          expect(evaluate(false)).toEqual(evaluate(true));
        },
      ),
      { numRuns: 80 },
    );
  });
});
