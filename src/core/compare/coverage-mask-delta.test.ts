import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityAt, fiveByFiveDataset } from '../analysis/five-by-five.fixture';
import type { Facility } from '../model/facility';
import { diffCoverageMasks, sumCoverageChange } from './coverage-mask-delta';

function mask(facilities: Facility[]): Uint8Array {
  const engine = createEngine(fiveByFiveDataset());
  if (!engine.ok) throw new Error(engine.error.message);
  engine.value.setFacilities(facilities);
  return engine.value.coverageMask('community_service_station');
}

describe('coverage mask delta on the 5 × 5 fixture', () => {
  it('gains the S2 block except the cell S1 already covered: 860 East + 24 outside = 884 persons', () => {
    const S1 = facilityAt('S1', 'community_service_station', 1, 1, 150, 50);
    const S2 = facilityAt('S2', 'community_service_station', 3, 3, 150, 1000);
    const delta = diffCoverageMasks(mask([S1]), mask([S1, S2]));
    if (!delta.ok) throw new Error(delta.error.message);
    // Gained pixels r2c3, r2c4, r3c2–c4, r4c2–c4 (row-major 13, 14, 17–19, 22–24); cells are compact, and the
    // nodata pixel r2c1 has no cell, so each cell index is the pixel index − 1.
    const gained = [...delta.value.keys()].filter((cell) => delta.value[cell] === 1);
    expect(gained).toEqual([12, 13, 16, 17, 18, 21, 22, 23]);
    const population = fiveByFiveDataset().grid.layers.total as Float32Array;
    expect(sumCoverageChange(delta.value, population)).toEqual({ gainedPopulation: 884, lostPopulation: 0 });
    const back = diffCoverageMasks(mask([S1, S2]), mask([S2]));
    if (!back.ok) throw new Error(back.error.message);
    // Removing S1 loses its block except r2c2 (S2 covers it): 270 West + 30 + 80 = 380 persons.
    expect(sumCoverageChange(back.value, population)).toEqual({ gainedPopulation: 0, lostPopulation: 380 });
  });

  it('refuses masks of different grids', () => {
    const result = diffCoverageMasks(new Uint8Array(3), new Uint8Array(4));
    expect(result.ok ? null : result.error.code).toBe('mask-size-mismatch');
  });
});
