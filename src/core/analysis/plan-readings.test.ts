/**
 * The readings of the plans (domain.md § Readings of the plans, issue 12), each on the 5 × 5 fixture with numbers
 * counted by hand from the table in five-by-five.fixture.ts: West 610 persons (61 elderly, 305 households),
 * East 1380 persons (138 elderly, 552 households), 24 persons outside.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { IndicatorResult, Results } from '../model/results';
import { createEngine } from './engine';
import { facilityAt, fiveByFiveDataset } from './five-by-five.fixture';

function resultsOf(
  ruleSetId: string,
  facilities: Facility[],
  dataset: Dataset = fiveByFiveDataset(),
): Results {
  const created = createEngine(dataset, { ruleSetId });
  if (!created.ok) throw new Error(created.error.message);
  const set = created.value.setFacilities(facilities);
  if (!set.ok) throw new Error(set.error.message);
  return created.value.results();
}

function indicator(results: Results, district: number, id: string): IndicatorResult | undefined {
  return results.districts[district]?.indicators.find((candidate) => candidate.id === id);
}

describe('readings of the plans', () => {
  it('Xiaoshan counts nursing-home beds only; Zibo counts day-care beds too', () => {
    const facilities = [
      // A day-care centre in West with 20 "beds", a nursing home in East with 10 beds.
      { ...facilityAt('D', 'elderly_day_care', 1, 0, 300, 400), capacity: { beds: 20 } },
      { ...facilityAt('N', 'nursing_home', 1, 3, 1000, 7000), capacity: { beds: 10 } },
    ];
    const xiaoshan = resultsOf('xiaoshan', facilities);
    // West: the day-care centre's 20 are day places, not residential beds → 0 per 1,000 elderly, fails 20.
    expect(indicator(xiaoshan, 0, 'elderly-beds')).toMatchObject({ value: 0, pass: false });
    // East: 10 beds / 138 elderly × 1000 = 72.46… ≥ 20.
    expect(indicator(xiaoshan, 1, 'elderly-beds')?.value).toBeCloseTo(10_000 / 138, 9);
    const zibo = resultsOf('zibo-2003-2007', facilities);
    // Zibo's 1.5% counts all 养老设施 beds: West 20 / 61 × 1000 = 327.87….
    expect(indicator(zibo, 0, 'elderly-beds')?.value).toBeCloseTo(20_000 / 61, 9);
  });

  it('Xinji doctors per 1,000 are partial without a hospital and complete with one', () => {
    const station = {
      ...facilityAt('H', 'health_service_station', 0, 4, 300, 200),
      capacity: { doctors: 3 },
    };
    const partial = resultsOf('xinji-2022-2025', [station]);
    // East: 3 doctors / 1380 residents × 1000 = 2.1739…, marked partial (no hospital entered anywhere).
    expect(indicator(partial, 1, 'doctors')?.value).toBeCloseTo(3000 / 1380, 9);
    expect(indicator(partial, 1, 'doctors')?.partial).toBe(true);
    expect(indicator(partial, 0, 'doctors')?.partial).toBe(true);
    const hospital = {
      ...facilityAt('Y', 'hospital', 3, 3, 1000, 10_000),
      capacity: { doctors: 40, beds: 100 },
    };
    const complete = resultsOf('xinji-2022-2025', [station, hospital]);
    // East: (3 + 40) / 1380 × 1000 = 31.159… ≥ 3.6, no longer partial (West too: the hospital exists).
    expect(indicator(complete, 1, 'doctors')).toMatchObject({ pass: true });
    expect(indicator(complete, 1, 'doctors')?.value).toBeCloseTo(43_000 / 1380, 9);
    expect(indicator(complete, 1, 'doctors')?.partial).toBeUndefined();
    expect(indicator(complete, 0, 'doctors')?.partial).toBeUndefined();
  });

  it('a minimum-size rule gives "none" for a unit with no facility, not a pass', () => {
    const results = resultsOf('xx-city-13th-five-year', [
      facilityAt('S', 'community_service_station', 1, 1, 300, 350),
    ]);
    // West holds a 350 m² station ≥ 300: pass. East holds none: neither pass nor fail.
    expect(indicator(results, 0, 'minimum-size-community_service_station')).toMatchObject({
      value: 350,
      pass: true,
      available: true,
    });
    expect(indicator(results, 1, 'minimum-size-community_service_station')).toMatchObject({
      available: false,
      pass: false,
      outcome: 'none',
    });
  });

  it('"XX city" 93% is the share of zones with a community-service facility', () => {
    // One station in West, radius 300 m reaching 1,000+ East residents: East still has no facility inside.
    const one = resultsOf('xx-city-13th-five-year', [
      facilityAt('S', 'community_service_station', 2, 1, 300, 600),
    ]);
    expect(indicator(one, 0, 'community-service-zone-coverage')).toMatchObject({ value: 100, pass: true });
    expect(indicator(one, 1, 'community-service-zone-coverage')).toMatchObject({ value: 0, pass: false });
    // City: 1 of 2 zones = 50% < 93%.
    const city = one.totals.indicators?.find(
      (candidate) => candidate.id === 'community-service-zone-coverage',
    );
    expect(city).toMatchObject({ value: 50, pass: false });
    const two = resultsOf('xx-city-13th-five-year', [
      facilityAt('S', 'community_service_station', 2, 1, 300, 600),
      facilityAt('C', 'street_service_centre', 0, 4, 1000, 900),
    ]);
    const both = two.totals.indicators?.find(
      (candidate) => candidate.id === 'community-service-zone-coverage',
    );
    expect(both).toMatchObject({ value: 100, pass: true });
  });

  it('Xinji 普惠 kindergarten coverage is not evaluable without a child layer or places by kind', () => {
    const kindergarten = {
      ...facilityAt('K', 'kindergarten', 1, 1, 300, 3150),
      capacity: { places: 180, inclusivePlaces: 15 },
    };
    // No child layer: not evaluable, never a radius coverage.
    const noChildren = resultsOf('xinji-2022-2025', [kindergarten]);
    expect(indicator(noChildren, 0, 'inclusive-kindergarten-coverage')).toMatchObject({
      available: false,
      pass: false,
      outcome: 'notEvaluable',
    });
    const withChildren = (): Dataset => {
      const dataset = fiveByFiveDataset();
      const total = dataset.grid.layers.total as Float32Array;
      dataset.grid.layers.children = total.map((persons) => persons / 20);
      dataset.childLayer = 'children';
      return dataset;
    };
    // Child layer but no places by kind: still not evaluable.
    const noKinds = resultsOf(
      'xinji-2022-2025',
      [{ ...kindergarten, capacity: { places: 180 } }],
      withChildren(),
    );
    expect(indicator(noKinds, 0, 'inclusive-kindergarten-coverage')?.outcome).toBe('notEvaluable');
    // West: 610 / 20 = 30.5 children, 15 普惠 places → 15 / 30.5 = 49.18…% < 85%. East: no places → 0%.
    const evaluable = resultsOf('xinji-2022-2025', [kindergarten], withChildren());
    expect(indicator(evaluable, 0, 'inclusive-kindergarten-coverage')?.value).toBeCloseTo(1500 / 30.5, 5);
    expect(indicator(evaluable, 0, 'inclusive-kindergarten-coverage')).toMatchObject({ pass: false });
    expect(indicator(evaluable, 1, 'inclusive-kindergarten-coverage')).toMatchObject({
      value: 0,
      available: true,
    });
  });

  it('the m² per 100 households column counts only the types the rule set names; none without such a rule', () => {
    const facilities = [
      facilityAt('S', 'community_service_station', 1, 1, 300, 600),
      facilityAt('G', 'sports_centre', 1, 0, 1000, 4000),
    ];
    const national = resultsOf('national-2021-2025', facilities);
    // West: only the station's 600 m² counts: 100 × 600 / 305 households = 196.72….
    expect(national.districts[0]?.facilityAreaSquareMeters).toBe(600);
    expect(national.districts[0]?.areaPer100Households).toBeCloseTo(60_000 / 305, 9);
    expect(national.method.areaTypes).toEqual(['street_service_centre', 'community_service_station']);
    // Xinji has no such indicator: no types, no area (the table shows no such column).
    const xinji = resultsOf('xinji-2022-2025', facilities);
    expect(xinji.method.areaTypes).toEqual([]);
    expect(xinji.districts[0]?.facilityAreaSquareMeters).toBe(0);
    expect(xinji.districts[0]?.areaPer100Households).toBe(0);
  });
});
