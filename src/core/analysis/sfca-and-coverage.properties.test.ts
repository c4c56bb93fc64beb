import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { createEngine, type Engine, type EngineOptions } from './engine';
import {
  facilityArbitrary,
  populationsArbitrary,
  RANDOM_TYPES,
  randomDataset,
} from './random-dataset.fixture';

const facilitiesArbitrary = fc
  .array(fc.nat(), { minLength: 1, maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map((_, k) => facilityArbitrary(`f${k}`))));

function engineFor(populations: number[], facilities: Facility[], options: EngineOptions = {}): Engine {
  const created = createEngine(randomDataset(populations), { ruleSetId: null, ...options });
  if (!created.ok) throw new Error(created.error.message);
  expect(created.value.setFacilities(facilities).ok).toBe(true);
  return created.value;
}

/** Households per cell computed here from the definition (domain.md § Inputs), independently of the engine. */
function householdsPerCell(populations: number[]): Float64Array {
  const dataset = randomDataset(populations);
  const households = new Float64Array(dataset.grid.cellCount);
  const values = dataset.grid.layers.total as Float32Array;
  for (let cell = 0; cell < households.length; cell++) {
    const district = dataset.districts[dataset.districtOfCell[cell] as number];
    // Persons rounded to 2^−24 as the engine sums them (fixed-point.ts); this matters for cells of 0.01 persons.
    const persons = Math.round((values[cell] as number) * 2 ** 24) / 2 ** 24;
    households[cell] = persons / (district?.householdSize ?? dataset.householdSize);
  }
  return households;
}

describe('2SFCA conservation (domain.md § Definitions, "Catchment supply")', () => {
  it('Σ_i h_i A_i = Σ S_j over the facilities with demand in range, per type', () => {
    fc.assert(
      fc.property(populationsArbitrary, facilitiesArbitrary, (populations, facilities) => {
        const engine = engineFor(populations, facilities);
        const households = householdsPerCell(populations);
        const results = engine.results();
        for (const type of RANDOM_TYPES) {
          const withDemand = (results.facilities ?? []).filter(
            (facility) => facility.type === type && facility.demandHouseholds > 0,
          );
          const supply = facilities
            .filter((facility) => withDemand.some((result) => result.id === facility.id))
            .reduce((total, facility) => total + facility.floorAreaSquareMeters, 0);
          const surface = engine.sfcaSurface(type);
          let reached = 0;
          for (let cell = 0; cell < surface.length; cell++) {
            reached += ((households[cell] as number) * (surface[cell] as number)) / 100;
          }
          // The surface is Float32 (relative 6e-8).
          expect(Math.abs(reached - supply)).toBeLessThanOrEqual(1e-6 * supply + 1e-6);
          // The district figures are fixed-point shares of 1e-6 m² each.
          const totals = results.totals;
          const fromTotals = ((totals.sfcaPer100Households?.[type] ?? 0) * (totals.households ?? 0)) / 100;
          expect(Math.abs(fromTotals - supply)).toBeLessThanOrEqual(1e-9 * supply + 1e-5);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('coverage is monotonic in the radius', () => {
  it('growing every radius never lowers covered population, in either coverage method', () => {
    fc.assert(
      fc.property(
        populationsArbitrary,
        facilitiesArbitrary,
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.constantFrom('centroid' as const, 'area-weighted' as const),
        (populations, facilities, factor, coverageMethod) => {
          const grown = facilities.map((facility) => ({
            ...facility,
            radiusMeters: facility.radiusMeters * factor,
          }));
          const before = engineFor(populations, facilities, { coverageMethod }).results();
          const after = engineFor(populations, grown, { coverageMethod }).results();
          for (const type of RANDOM_TYPES) {
            after.districts.forEach((district, index) => {
              const was = before.districts[index]?.coverage[type]?.coveredPopulation ?? 0;
              expect(district.coverage[type]?.coveredPopulation ?? 0).toBeGreaterThanOrEqual(was);
            });
            const was = before.totals.coverage[type]?.coveredPopulation ?? 0;
            expect(after.totals.coverage[type]?.coveredPopulation ?? 0).toBeGreaterThanOrEqual(was);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
