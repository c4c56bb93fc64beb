/**
 * The comparison at a unit level, on the 5 × 5 fixture (analysis/five-by-five.fixture.ts) with a level of two row
 * bands, counted by hand:
 *
 * Unit N = rows 0–1: 550 persons; West cells 10 + 20 + 60 + 70 = 160 / 2.0 = 80 households, East 390 / 2.5 = 156,
 * so 236 households. Unit S = rows 2–3 (r2c1 nodata): 1,430 persons; West 110 + 160 + 170 = 440 / 2.0 = 220, East
 * 130 + 140 + 150 + 180 + 190 + 200 = 990 / 2.5 = 396, so 616 households. Row 4 lies in neither; both rows count in
 * East (most of their cells).
 *
 * Before: station S1 at r1c1 (in N), 50 m². After: S1 + S2 at r3c3 (in S), 1,000 m². Rule set national 2011–2015:
 * m² per 100 households ≥ 20 (N: 100 × 50 / 236 = 21.19, passes on both sides; S: 0 → 100 × 1,000 / 616 = 162.3,
 * gained) and the share of zones with a station ≥ 90% (N 100% on both sides; S 0 → 100%, gained).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../analysis/engine';
import { facilityAt, fiveByFiveWithRowBands } from '../analysis/five-by-five.fixture';
import type { Facility } from '../model/facility';
import type { Results } from '../model/results';
import { compareResultsAtLevel } from './compare-at-level';
import { summarizeComparison } from './summarize-comparison';

const AREA = 'community-service-area';
const ZONE = 'community-service-zone-coverage';

function evaluate(facilities: Facility[]): Results {
  const created = createEngine(fiveByFiveWithRowBands(), { ruleSetId: 'national-2011-2015' });
  if (!created.ok) throw new Error(created.error.message);
  created.value.setFacilities(facilities);
  return created.value.results();
}

const S1 = facilityAt('S1', 'community_service_station', 1, 1, 150, 50);
const S2 = facilityAt('S2', 'community_service_station', 3, 3, 150, 1000);
const before = evaluate([S1]);
const after = evaluate([S1, S2]);

describe('compareResultsAtLevel', () => {
  it("compares the level's units: S newly meets both standards, N is unchanged", () => {
    const comparison = compareResultsAtLevel(before, after, 'rows');
    expect(comparison?.districts.map((unit) => [unit.id, unit.passChange])).toEqual([
      ['N', 'unchanged'],
      ['S', 'improved'],
    ]);
    const south = comparison?.districts[1];
    expect(south?.gained.sort()).toEqual([AREA, ZONE]);
    expect(south?.areaPer100Households.after).toBeCloseTo((100 * 1000) / 616, 9);
    expect(comparison?.indicators.map((summary) => [summary.id, summary.districtsPassing])).toEqual([
      [AREA, { before: 1, after: 2, delta: 1 }],
      [ZONE, { before: 1, after: 2, delta: 1 }],
    ]);
    // The finest units carry no roll-up of their own.
    expect(south?.rollUp).toBeUndefined();
  });

  it('rolls the rows up to East and the city: 1 → 2 of 2 units, 550 → 1,980 of 1,980 persons', () => {
    const atDistricts = compareResultsAtLevel(before, after, 'districts');
    const east = atDistricts?.districts.find((district) => district.id === 'east');
    const zone = east?.rollUp?.indicators.find((indicator) => indicator.id === ZONE);
    expect(zone?.unitsMeeting).toEqual({ before: 1, after: 2, delta: 1 });
    expect(zone?.percentOfUnits).toEqual({ before: 50, after: 100, delta: 50 });
    expect(zone?.percentOfPopulation.before).toBeCloseTo((100 * 550) / 1980, 9);
    expect(zone?.percentOfPopulation.after).toBeCloseTo(100, 9);
    expect(east?.rollUp?.unitsWithFacility.community_service_station).toEqual({
      before: 1,
      after: 2,
      delta: 1,
    });
    // West holds no row (both count in East).
    expect(atDistricts?.districts[0]?.rollUp?.unitCount).toEqual({ before: 0, after: 0, delta: 0 });
    const city = compareResultsAtLevel(before, after, 'rows')?.totals.rollUp;
    expect(city?.levelId).toBe('rows');
    expect(city?.indicators.find((indicator) => indicator.id === AREA)?.unitsMeeting).toEqual({
      before: 1,
      after: 2,
      delta: 1,
    });
  });

  it('is null for a level either side lacks', () => {
    expect(compareResultsAtLevel(before, after, 'communities')).toBeNull();
    const { levels: _levels, ...withoutLevels } = after;
    expect(compareResultsAtLevel(before, withoutLevels, 'rows')).toBeNull();
  });

  it('summarises in the words of the level, in both languages', () => {
    const comparison = compareResultsAtLevel(before, after, 'rows');
    if (!comparison) throw new Error('no comparison');
    const unitNoun = { zh: '单元', enOne: 'unit', enMany: 'units' };
    const en = summarizeComparison(comparison, 'en', { unitNoun }).sentences;
    expect(en).toContain('1 more unit reaches 20 m² per 100 households: S (1 → 2 of 2)');
    const zh = summarizeComparison(comparison, 'zh-CN', { unitNoun }).sentences;
    expect(zh).toContain('另有1个单元达到每百户20平方米：S（达标单元由1个变为2个，共2个单元）');
    // Floor-area shortfall over the units: S 20 × 616 / 100 = 123.2 m² → 0.
    expect(en).toContain('Floor-area shortfall summed over units: 123 → 0 m² (-123 m²)');
  });

  it('says, compared at the districts, how many of the finest units meet each standard city-wide', () => {
    const comparison = compareResultsAtLevel(before, after, 'districts');
    if (!comparison) throw new Error('no comparison');
    const rollUpNoun = { zh: '单元', enOne: 'unit', enMany: 'units' };
    const en = summarizeComparison(comparison, 'en', { rollUpNoun }).sentences;
    // Both standards: N meets on both sides, S after only: 1 → 2 of 2 units; by residents 550 → 1,980 of 1,980.
    expect(en).toContain(
      'Units meeting 20 m² per 100 households city-wide: 1 → 2 of 2 (by residents 27.8% → 100.0%)',
    );
    expect(en.filter((sentence) => sentence.startsWith('Units meeting'))).toHaveLength(2);
    // N holds S1 on both sides, S gains S2.
    expect(en).toContain('Units holding a community service station: 1 → 2 of 2');
    const zh = summarizeComparison(comparison, 'zh-CN', { rollUpNoun }).sentences;
    expect(zh).toContain('全市达到每百户20平方米的单元由1个增至2个（共2个；按人口计27.8%→100.0%）');
    expect(zh).toContain('有社区服务站的单元由1个增至2个（共2个）');
    // Without the noun (comparing at the finest level itself), no roll-up sentence.
    expect(summarizeComparison(comparison, 'en').sentences.some((s) => s.includes('city-wide'))).toBe(false);
  });
});
