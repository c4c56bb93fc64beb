import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createCatchmentBuffer } from '../analysis/catchment';
import { createEngine, type Engine } from '../analysis/engine';
import {
  facilityArbitrary,
  populationsArbitrary,
  RANDOM_TYPES,
  randomDataset,
} from '../analysis/random-dataset.fixture';
import { haversineDistanceMeters } from '../geo/distance';
import type { Facility } from '../model/facility';
import { networkOf, street } from './network.fixture';
import { createNetworkDistanceProvider, type NetworkDistanceProvider } from './network-distance-provider';

// The random dataset spans x 0 … 1,150 m and y −1,110 … 0 m around the fixture origin (114.3° E, 30.6° N).
const coordinate = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const segmentArbitrary = fc
  .tuple(coordinate(-200, 1350), coordinate(-1300, 200), coordinate(-200, 1350), coordinate(-1300, 200))
  .map(([x0, y0, x1, y1]) => street(x0, y0, x1, y1, 'residential', 60));
// A backbone of two crossing streets plus random ones, so that most draws have a connected core.
const networkArbitrary = fc
  .array(segmentArbitrary, { minLength: 0, maxLength: 10 })
  .map((segments: Feature[]) =>
    networkOf([street(0, -500, 1150, -500), street(600, -1100, 600, 0), ...segments]),
  );

function providerFor(populations: number[], features: ReturnType<typeof networkOf>): NetworkDistanceProvider {
  return createNetworkDistanceProvider(randomDataset(populations).grid, features);
}

function engineOn(populations: number[], provider: NetworkDistanceProvider): Engine {
  const created = createEngine(randomDataset(populations), {}, provider);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

const facilitiesArbitrary = (prefix: string, min: number) =>
  fc
    .array(fc.nat(), { minLength: min, maxLength: 8 })
    .chain((ids) => fc.tuple(...ids.map((_, k) => facilityArbitrary(`${prefix}${k}`))));

describe('network distance properties', () => {
  it('is never shorter than the straight line', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        populationsArbitrary,
        networkArbitrary,
        facilitiesArbitrary('f', 1),
        (populations, network, facilities) => {
          const provider = providerFor(populations, network);
          const grid = randomDataset(populations).grid;
          const buffer = createCatchmentBuffer(2);
          for (const facility of facilities) {
            const count = provider.collect(facility.lon, facility.lat, facility.radiusMeters, buffer, true);
            for (let k = 0; k < count; k++) {
              const cell = buffer.cells[k] as number;
              const meters = buffer.distancesMeters[k] as number;
              const straight = haversineDistanceMeters(
                facility.lon,
                facility.lat,
                grid.lon[cell] as number,
                grid.lat[cell] as number,
              );
              // Float32 edge lengths err by ≤ 6e-8 of the path.
              expect(meters).toBeGreaterThanOrEqual(straight * (1 - 1e-6));
              expect(meters).toBeLessThanOrEqual(facility.radiusMeters);
              if (k > 0) expect(cell).toBeGreaterThan(buffer.cells[k - 1] as number);
              checked++;
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    // The draws must reach cells, or the property says nothing.
    expect(checked).toBeGreaterThan(100);
  });

  it('gives results identical to a full evaluation after any edits', () => {
    const editArbitrary = fc.oneof(
      facilityArbitrary('added').map((facility) => ({ kind: 'add' as const, facility })),
      fc.record({
        kind: fc.constant('move' as const),
        index: fc.nat(),
        lon: fc.double({ min: 114.298, max: 114.314, noNaN: true }),
        lat: fc.double({ min: 30.588, max: 30.602, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('radius' as const),
        index: fc.nat(),
        radiusMeters: fc.double({ min: 30, max: 1500, noNaN: true }),
      }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
    );
    fc.assert(
      fc.property(
        populationsArbitrary,
        networkArbitrary,
        facilitiesArbitrary('initial', 0),
        fc.array(editArbitrary, { minLength: 1, maxLength: 12 }),
        (populations, network, initial, edits) => {
          const provider = providerFor(populations, network);
          const incremental = engineOn(populations, provider);
          expect(incremental.setFacilities(initial).ok).toBe(true);
          incremental.sfcaSurface('community_service_station');
          const list: Facility[] = [...initial];
          edits.forEach((edit, step) => {
            if (edit.kind === 'add') {
              const facility = { ...edit.facility, id: `added-${step}` };
              expect(incremental.addFacility(facility).ok).toBe(true);
              list.push(facility);
              return;
            }
            if (list.length === 0) return;
            const index = edit.index % list.length;
            const current = list[index] as Facility;
            if (edit.kind === 'move') {
              expect(incremental.moveFacility(current.id, edit.lon, edit.lat).ok).toBe(true);
              list[index] = { ...current, lon: edit.lon, lat: edit.lat };
            } else if (edit.kind === 'radius') {
              expect(incremental.updateFacility(current.id, { radiusMeters: edit.radiusMeters }).ok).toBe(
                true,
              );
              list[index] = { ...current, radiusMeters: edit.radiusMeters };
            } else {
              expect(incremental.removeFacility(current.id).ok).toBe(true);
              list.splice(index, 1);
            }
          });
          const full = engineOn(populations, providerFor(populations, network));
          expect(full.setFacilities(list).ok).toBe(true);
          expect(incremental.results()).toEqual(full.results());
          for (const type of RANDOM_TYPES)
            expect(incremental.coverageMask(type)).toEqual(full.coverageMask(type));
          expect(incremental.sfcaSurface('community_service_station')).toEqual(
            full.sfcaSurface('community_service_station'),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('restores the results exactly when a facility is moved and moved back', () => {
    fc.assert(
      fc.property(
        populationsArbitrary,
        networkArbitrary,
        facilitiesArbitrary('f', 1),
        fc.nat(),
        fc.double({ min: 114.298, max: 114.314, noNaN: true }),
        fc.double({ min: 30.588, max: 30.602, noNaN: true }),
        (populations, network, facilities, pick, lon, lat) => {
          const engine = engineOn(populations, providerFor(populations, network));
          engine.setFacilities(facilities);
          for (const type of RANDOM_TYPES) engine.sfcaSurface(type);
          const before = engine.results();
          const masks = RANDOM_TYPES.map((type) => engine.coverageMask(type));
          const facility = facilities[pick % facilities.length] as Facility;
          expect(engine.moveFacility(facility.id, lon, lat).ok).toBe(true);
          expect(engine.moveFacility(facility.id, facility.lon, facility.lat).ok).toBe(true);
          expect(engine.results()).toEqual(before);
          expect(RANDOM_TYPES.map((type) => engine.coverageMask(type))).toEqual(masks);
        },
      ),
      { numRuns: 60 },
    );
  });
});
