/**
 * results() keeps per-unit sums (unit-populations.ts) and the finest units' homes (roll-ups.ts) per analysis context:
 * a new dataset, household size, rule set or facility list must give its own figures, never those of the call before.
 * Counted by hand on the 5 × 5 fixture (five-by-five.fixture.ts) with its level "rows" (fiveByFiveWithRowBands):
 * unit N = rows 0–1 (West cells 10 + 20 + 60 + 70 = 160 persons, household size 2.0 of its own; East cells 30 + 40 +
 * 50 + 80 + 90 + 100 = 390, the dataset's 2.5), unit S = rows 2–3 (West 110 + 160 + 170 = 440, East 130 + 140 + 150 +
 * 180 + 190 + 200 = 990). Station S1, 150 m, 50 m², covers the 3 × 3 block around its cell.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import type { DistrictResult } from '../model/results';
import { createEngine, type Engine } from './engine';
import { facilityAt, fiveByFiveWithRowBands, pixelCentre } from './five-by-five.fixture';

function engineOver(dataset: Dataset, ruleSetId = 'national-2021-2025'): Engine {
  const created = createEngine(dataset, { ruleSetId });
  if (!created.ok) throw new Error(created.error.message);
  created.value.setFacilities([facilityAt('S1', 'community_service_station', 1, 1, 150, 50)]);
  return created.value;
}

function rowsOf(engine: Engine): DistrictResult[] {
  return engine.results().levels?.[0]?.units ?? [];
}

describe('results() after a change of what its kept sums depend on', () => {
  it('a new household size gives new households per unit', () => {
    const engine = engineOver(fiveByFiveWithRowBands());
    const [north] = rowsOf(engine);
    expect(north?.households).toBeCloseTo(80 + 156, 9); // 160 / 2.0 + 390 / 2.5
    engine.setOptions({ householdSize: 3 });
    const [northAfter, southAfter] = rowsOf(engine);
    // West keeps its own 2.0: 160 / 2 + 390 / 3 = 210; S: 440 / 2 + 990 / 3 = 550.
    expect(northAfter?.households).toBeCloseTo(210, 9);
    expect(southAfter?.households).toBeCloseTo(550, 9);
    // m² per 100 households follows: 100 × 50 / 210.
    expect(northAfter?.areaPer100Households).toBeCloseTo(5000 / 210, 9);
  });

  it('another dataset gives its own populations, households and layers', () => {
    expect(rowsOf(engineOver(fiveByFiveWithRowBands()))[0]?.population).toBe(550);
    const persons = [
      [1010, 20, 30, 40, 50],
      [60, 70, 80, 90, 100],
      [110, Number.NaN, 130, 140, 150],
      [160, 170, 180, 190, 200],
      [5, 5, 7, 8, 9],
    ];
    const [north] = rowsOf(engineOver(fiveByFiveWithRowBands(persons)));
    // N: 550 + 1000 = 1550 persons; West 1160 / 2.0 + East 390 / 2.5 = 580 + 156 households; elderly 10%.
    expect(north?.population).toBe(1550);
    expect(north?.households).toBeCloseTo(736, 9);
    expect(north?.elderlyPopulation).toBeCloseTo(155, 4);
    expect(north?.populationByLayer?.total).toBe(1550);
    // S1's block now holds 1010 + 20 + 30 + 60 + 70 + 80 = 1270 of N.
    expect(north?.coverage.community_service_station?.coveredPopulation).toBe(1270);
  });

  it('a moved facility gives the new coverage, counts and indicators per unit', () => {
    const engine = engineOver(fiveByFiveWithRowBands());
    const [lon, lat] = pixelCentre(3, 1);
    engine.moveFacility('S1', lon, lat);
    const [north, south] = rowsOf(engine);
    // The block r2–r4 × c0–c2: S gets 110 + 130 + 160 + 170 + 180 = 750 (r2c1 is nodata, row 4 is in no unit).
    expect(north?.coverage.community_service_station).toEqual({ coveredPopulation: 0, percent: 0 });
    expect(south?.coverage.community_service_station?.coveredPopulation).toBe(750);
    expect(south?.coverage.community_service_station?.percent).toBeCloseTo((100 * 750) / 1430, 9);
    expect([north?.facilityCount, south?.facilityCount]).toEqual([0, 1]);
    expect(north?.facilityAreaSquareMeters).toBe(0);
    expect(south?.facilityAreaSquareMeters).toBe(50);
  });

  it('another rule set judges the units by its own indicators', () => {
    const engine = engineOver(fiveByFiveWithRowBands());
    expect(rowsOf(engine)[0]?.indicators.map((indicator) => indicator.id)).toEqual([
      'community-service-area',
    ]);
    engine.setOptions({ ruleSetId: 'national-2011-2015' });
    const [north, south] = rowsOf(engine);
    const zone = (row: DistrictResult | undefined) =>
      row?.indicators.find((indicator) => indicator.id === 'community-service-zone-coverage')?.value;
    // The station is in N: N has a community-service facility (100%), S none (0%).
    expect([zone(north), zone(south)]).toEqual([100, 0]);
    expect(
      engine.results().districts[1]?.rollUp?.indicators['community-service-zone-coverage'],
    ).toMatchObject({
      unitsJudged: 2,
      unitsMeeting: 1,
    });
  });
});
