/**
 * Unit levels (domain.md § Planning units, issue 12) on the 5 × 5 fixture (five-by-five.fixture.ts), counted by hand.
 *
 * Level "rows": unit N = rows 0–1 (150 + 400 = 550 persons), unit S = rows 2–3 (530 + 900 = 1430; r2c1 is nodata),
 * row 4 (34 persons) lies in neither. N has 4 West cells and 6 East cells, S 3 West and 6 East: both count in East.
 * Households of N: West 10 + 20 + 60 + 70 = 160 / 2.0 = 80, East 30 + 40 + 50 + 80 + 90 + 100 = 390 / 2.5 = 156.
 *
 * Station S1 at r1c1 (in N and West), 150 m, 50 m²: the 3 × 3 block r0–r2 × c0–c2 → N 10 + 20 + 30 + 60 + 70 + 80 =
 * 270 covered, S 110 + 130 = 240.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import type { Results } from '../model/results';
import { createEngine } from './engine';
import { facilityAt, fiveByFiveDataset, fiveByFiveWithRowBands } from './five-by-five.fixture';

function evaluate(ruleSetId: string, dataset: Dataset = fiveByFiveWithRowBands()): Results {
  const created = createEngine(dataset, { ruleSetId });
  if (!created.ok) throw new Error(created.error.message);
  created.value.setFacilities([facilityAt('S1', 'community_service_station', 1, 1, 150, 50)]);
  return created.value.results();
}

describe('unit levels', () => {
  it('computes every figure per unit of a finer level, in rows shaped like districts', () => {
    const results = evaluate('national-2021-2025');
    expect(results.levels?.map((level) => [level.id, level.name])).toEqual([['rows', 'Rows']]);
    const [north, south] = results.levels?.[0]?.units ?? [];
    expect([north?.id, north?.population, south?.population]).toEqual(['N', 550, 1430]);
    expect(north?.households).toBeCloseTo(236, 9);
    expect(north?.coverage.community_service_station?.coveredPopulation).toBe(270);
    expect(south?.coverage.community_service_station?.coveredPopulation).toBe(240);
    expect([north?.facilityCount, south?.facilityCount]).toEqual([1, 0]);
    // m² per 100 households in N: 100 × 50 / 236 = 21.19 (< 30: fails the national guidance); S has none.
    expect(north?.areaPer100Households).toBeCloseTo(5000 / 236, 9);
    expect(north?.indicators[0]).toMatchObject({ pass: false });
    // The districts are unchanged by the level: West 610, East 1380.
    expect(results.districts.map((district) => district.population)).toEqual([610, 1380]);
  });

  it('judges zone coverage at the finest level and rolls it up to the districts and the city', () => {
    const results = evaluate('national-2011-2015');
    const [north, south] = results.levels?.[0]?.units ?? [];
    const zone = 'community-service-zone-coverage';
    expect(north?.indicators.find((indicator) => indicator.id === zone)).toMatchObject({
      value: 100,
      pass: true,
    });
    expect(south?.indicators.find((indicator) => indicator.id === zone)).toMatchObject({
      value: 0,
      pass: false,
    });
    // Both rows count in East (most of their cells): 1 of 2 has a station; by population 550 of 1980.
    const [west, east] = results.districts;
    expect(west?.rollUp).toMatchObject({ levelId: 'rows', unitCount: 0 });
    expect(east?.rollUp?.unitCount).toBe(2);
    expect(east?.rollUp?.indicators[zone]).toMatchObject({
      unitsJudged: 2,
      unitsMeeting: 1,
      percentOfUnits: 50,
      populationJudged: 1980,
      populationMeeting: 550,
    });
    expect(east?.rollUp?.indicators[zone]?.percentOfPopulation).toBeCloseTo((100 * 550) / 1980, 9);
    expect(east?.rollUp?.unitsWithFacility.community_service_station).toBe(1);
    // The district's own zone figure is the share of its rows with a station: East 50%, West (no row) 0 of 0.
    expect(east?.indicators.find((indicator) => indicator.id === zone)?.value).toBe(50);
    // City: 1 of the 2 rows.
    expect(results.totals.rollUp?.unitCount).toBe(2);
    expect(results.totals.zoneCoverage?.community_service_station).toEqual({
      zonesWithFacility: 1,
      zoneCount: 2,
      percent: 50,
    });
    expect(results.totals.indicators?.find((indicator) => indicator.id === zone)?.value).toBe(50);
  });

  it('without finer levels the districts are the finest units, as before', () => {
    const results = evaluate('national-2011-2015', fiveByFiveDataset());
    expect(results.levels).toBeUndefined();
    expect(results.totals.rollUp).toMatchObject({ levelId: 'districts', unitCount: 2 });
    expect(results.totals.zoneCoverage?.community_service_station?.percent).toBe(50);
  });
});
