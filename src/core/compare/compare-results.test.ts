import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityAt, fiveByFiveDataset } from '../analysis/five-by-five.fixture';
import type { Facility } from '../model/facility';
import type { Results } from '../model/results';
import { compareResults } from './compare-results';
import { commonRadiusByType, summarizeComparison } from './summarize-comparison';

// The 5 × 5 fixture of analysis/five-by-five.fixture.ts: West 610 persons / 305 households, East 1380 / 552,
// outside 24 / 9.6; total 2014 persons, 866.6 households. Pixels 100.0756 m: a 150 m radius reaches the 3 × 3 block.
//
// Today:    S1 community_service_station r1c1 150 m 50 m² (covers West 270, East 30 + 80 + 130 = 240)
//           H1 health_service_station r0c4 120 m 200 m² (covers East 50 + 40 + 100 = 190)
// Proposal: Today + S2 community_service_station r3c3 150 m 1000 m² (covers East 990, of which 130 already,
//           and the 24 outside) + K1 kindergarten on the nodata pixel r2c1, 40 m (reaches no cell).
const S1 = facilityAt('S1', 'community_service_station', 1, 1, 150, 50);
const H1 = facilityAt('H1', 'health_service_station', 0, 4, 120, 200);
const S2: Facility = {
  ...facilityAt('S2', 'community_service_station', 3, 3, 150, 1000),
  status: 'proposed',
};
const K1: Facility = { ...facilityAt('K1', 'kindergarten', 2, 1, 40, 3000), status: 'proposed' };
const today = [S1, H1];
const proposal = [S1, H1, S2, K1];

function evaluate(facilities: Facility[], thresholdOverrides: Record<string, number> = {}): Results {
  const engine = createEngine(fiveByFiveDataset(), { thresholdOverrides });
  if (!engine.ok) throw new Error(engine.error.message);
  const set = engine.value.setFacilities(facilities);
  if (!set.ok) throw new Error(set.error.message);
  return engine.value.results();
}

describe('compareResults on the 5 × 5 fixture through the real engine', () => {
  const comparison = compareResults(evaluate(today), evaluate(proposal));
  const [west, east] = comparison.districts;

  it('gives coverage deltas in percentage points per district and in total', () => {
    // West: 270 / 610 on both sides.
    expect(west?.coverage.community_service_station?.percent.delta).toBe(0);
    // East: 240 → 1100 of 1380 persons: +860 persons, 100 × 860 / 1380 = 62.3188 points.
    expect(east?.coverage.community_service_station?.coveredPopulation).toEqual({
      before: 240,
      after: 1100,
      delta: 860,
    });
    expect(east?.coverage.community_service_station?.percent.delta).toBeCloseTo(62.318841, 5);
    // Total: 510 → 1394 of 2014 (the 24 outside now covered): 25.3227 % → 69.2155 %, +43.8928 points.
    expect(comparison.totals.coverage.community_service_station?.percent.before).toBeCloseTo(25.322741, 5);
    expect(comparison.totals.coverage.community_service_station?.percent.delta).toBeCloseTo(43.892751, 5);
    // The kindergarten reaches no cell: 0 → 0.
    expect(comparison.totals.coverage.kindergarten?.percent).toEqual({ before: 0, after: 0, delta: 0 });
  });

  it('gives m² per 100 households, deficit and pass changes of the default rule set (≥ 30)', () => {
    // East: 0 → 100 × 1000 / 552 = 181.159 m² per 100 households; deficit 30 × 552 / 100 = 165.6 → 0.
    expect(east?.areaPer100Households.delta).toBeCloseTo(181.15942, 4);
    expect(east?.deficitSquareMeters.before).toBeCloseTo(165.6, 9);
    expect(east?.deficitSquareMeters.after).toBe(0);
    expect(east?.indicators[0]).toMatchObject({ id: 'community-service-area', change: 'gained' });
    expect(east?.gained).toEqual(['community-service-area']);
    expect(east?.passChange).toBe('improved');
    // West keeps S1 alone (K1 is not a community-service type): 16.39, deficit 41.5 on both sides.
    expect(west?.deficitSquareMeters).toEqual({ before: 41.5, after: 41.5, delta: 0 });
    expect(west?.indicators[0]?.change).toBe('stillFail');
    expect(west?.passChange).toBe('unchanged');
    expect(west?.facilityCount).toEqual({ before: 1, after: 2, delta: 1 });
    // Shortfall summed over districts: 41.5 + 165.6 = 207.1 → 41.5. Totals: 259.98 − 50 = 209.98 → 0.
    expect(comparison.totals.deficitSumOfDistrictsSquareMeters.delta).toBeCloseTo(-165.6, 9);
    expect(comparison.totals.deficitSquareMeters.before).toBeCloseTo(209.98, 9);
    expect(comparison.totals.deficitSquareMeters.after).toBe(0);
    expect(comparison.indicators).toEqual([
      expect.objectContaining({
        id: 'community-service-area',
        threshold: 30,
        districtsPassing: { before: 0, after: 1, delta: 1 },
        districtCount: 2,
        gainedDistrictIds: ['east'],
        lostDistrictIds: [],
      }),
    ]);
  });

  it('counts facilities by type and zone coverage, and has no warnings', () => {
    expect(comparison.facilityTypes).toEqual([
      { type: 'community_service_station', count: { before: 1, after: 2, delta: 1 } },
      { type: 'health_service_station', count: { before: 1, after: 1, delta: 0 } },
      { type: 'kindergarten', count: { before: 0, after: 1, delta: 1 } },
    ]);
    // Zone coverage: kindergarten 0 of 2 districts → 1 of 2 (K1 lies in West): +50 points.
    expect(comparison.totals.zoneCoverage.kindergarten?.percent.delta).toBe(50);
    expect(comparison.warnings).toEqual([]);
    expect(comparison.unmatchedDistrictIds).toEqual({ before: [], after: [] });
  });

  it('reverses every delta when the sides are swapped', () => {
    const back = compareResults(evaluate(proposal), evaluate(today));
    expect(back.districts[1]?.coverage.community_service_station?.percent.delta).toBeCloseTo(-62.318841, 5);
    expect(back.districts[1]?.lost).toEqual(['community-service-area']);
    expect(back.districts[1]?.passChange).toBe('worsened');
  });

  it('warns when a threshold override differs, so a pass change is not read as the facilities’ doing', () => {
    const stricter = compareResults(
      evaluate(proposal),
      evaluate(proposal, { 'community-service-area': 200 }),
    );
    expect(stricter.warnings).toEqual(['thresholds-differ']);
    expect(stricter.districts[1]?.indicators[0]).toMatchObject({
      thresholdBefore: 30,
      thresholdAfter: 200,
      change: 'lost',
    });
  });

  it('summarises in English and Chinese with percentage points and locale number formats', () => {
    const radii = commonRadiusByType(today, proposal);
    expect(radii).toEqual({ community_service_station: 150, health_service_station: 120, kindergarten: 40 });
    const en = summarizeComparison(comparison, 'en', { radiusMetersByType: radii });
    expect(en.sentences).toEqual([
      'Facilities: 2 → 4 (community service station +1, kindergarten +1)',
      'Residents within 150 m of a community service station: 25.3% → 69.2% (+43.9 percentage points)',
      '1 more district reaches 30 m² per 100 households: East (0 → 1 of 2)',
      'Floor-area shortfall summed over districts: 207 → 42 m² (-166 m²)',
    ]);
    const zh = summarizeComparison(comparison, 'zh-CN', { radiusMetersByType: radii });
    expect(zh.text).toBe(
      '设施由2处增至4处（社区服务站+1、幼儿园+1）；' +
        '社区服务站150米覆盖人口比例提高43.9个百分点（25.3%→69.2%）；' +
        '另有1个区达到每百户30平方米：East（达标区由0个变为1个，共2个区）；' +
        '各区面积缺口合计减少166平方米（207→42平方米）。',
    );
  });
});
