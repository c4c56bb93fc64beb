import { describe, expect, it } from 'vitest';
import type { DistrictResult, IndicatorResult, Results } from '../model/results';
import { findRuleSet } from '../rules/rule-sets';
import { compareResults } from './compare-results';
import { summarizeComparison } from './summarize-comparison';
import { facilityTypeName } from './summary-words';

// Hand-written results on four districts judged by the "XX city" rule set: ≥ 20 m² per 100 households
// (community-service-area) and the share of zones with a station ≥ 93 % (community-service-zone-coverage).

function indicator(id: string, value: number, threshold: number, extra: Partial<IndicatorResult> = {}) {
  const kind = id === 'community-service-area' ? 'areaPer100Households' : 'coveragePercent';
  return {
    id,
    value,
    threshold,
    unit: kind === 'coveragePercent' ? '%' : 'm²/100 households',
    pass: value >= threshold,
    kind,
    comparison: 'atLeast' as const,
    available: true,
    ...extra,
  };
}

function district(id: string, name: string, area: number, coverage: number, elderly = 40): DistrictResult {
  return {
    id,
    name,
    population: 1000,
    households: 400,
    facilityAreaSquareMeters: area * 4,
    areaPer100Households: area,
    deficitSquareMeters: Math.max(0, 80 - area * 4),
    facilityCount: 1,
    coverage: {
      community_service_station: { coveredPopulation: coverage * 10, percent: coverage },
      elderly_day_care: { coveredPopulation: elderly * 10, percent: elderly },
    },
    sfcaPer100Households: {},
    indicators: [
      indicator('community-service-area', area, 20),
      indicator('community-service-zone-coverage', coverage, 93),
    ],
  };
}

function results(districts: DistrictResult[], extra: Partial<Results['method']> = {}): Results {
  const covered = districts.reduce(
    (sum, d) => sum + (d.coverage.community_service_station?.coveredPopulation ?? 0),
    0,
  );
  const elderly = districts.reduce(
    (sum, d) => sum + (d.coverage.elderly_day_care?.coveredPopulation ?? 0),
    0,
  );
  const population = districts.length * 1000;
  return {
    method: {
      coverage: 'centroid',
      householdSize: 2.5,
      distance: 'great-circle',
      layer: 'total',
      ruleSetId: 'xx-city-13th-five-year',
      ...extra,
    },
    districts,
    totals: {
      population,
      populationOutsideDistricts: 0,
      coverage: {
        community_service_station: { coveredPopulation: covered, percent: (100 * covered) / population },
        elderly_day_care: { coveredPopulation: elderly, percent: (100 * elderly) / population },
      },
    },
  };
}

const before = results([
  district('a', '江岸区', 25, 95),
  district('b', '武昌区', 10, 50),
  district('c', '洪山区', 10, 94),
  district('d', '汉阳区', 10, 10),
]);
const after = results([
  district('a', '江岸区', 25, 80, 10),
  district('b', '武昌区', 30, 96),
  district('c', '洪山区', 21, 94),
  district('e', '蔡甸区', 10, 10),
]);

describe('compareResults on hand-written results', () => {
  const comparison = compareResults(before, after);

  it('matches districts by id and lists the unmatched ones', () => {
    expect(comparison.districts.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(comparison.unmatchedDistrictIds).toEqual({ before: ['d'], after: ['e'] });
  });

  it('marks gains, losses and mixed districts', () => {
    const [a, b, c] = comparison.districts;
    expect(a?.passChange).toBe('worsened');
    expect(a?.lost).toEqual(['community-service-zone-coverage']);
    expect(b?.passChange).toBe('improved');
    expect(b?.gained).toEqual(['community-service-area', 'community-service-zone-coverage']);
    expect(c?.gained).toEqual(['community-service-area']);
    expect(comparison.indicators[1]).toMatchObject({
      districtsPassing: { before: 2, after: 2, delta: 0 },
      gainedDistrictIds: ['b'],
      lostDistrictIds: ['a'],
    });
  });

  it('treats an indicator that cannot be computed on one side as not comparable', () => {
    const unavailable = structuredClone(after);
    const first = unavailable.districts[0]?.indicators[0] as IndicatorResult;
    Object.assign(first, { available: false, value: 0, pass: false });
    const delta = compareResults(before, unavailable).districts[0]?.indicators[0];
    expect(delta).toMatchObject({ change: 'notComparable', value: null, passBefore: true, passAfter: null });
  });

  it('summarises losses and gains with district names, coverage falls, and the rule set’s indicator names', () => {
    const en = summarizeComparison(comparison, 'en');
    expect(en.sentences).toEqual([
      'Residents within the service radius of a community service station: 62.3% → 70.0% (+7.8 percentage points)',
      'Residents within the service radius of an elderly day-care centre: 40.0% → 32.5% (-7.5 percentage points)',
      '2 more districts reach 20 m² per 100 households: 武昌区 and 洪山区 (1 → 3 of 3)',
      '1 more district reaches “Share of communities with a community-service facility ≥ 93%”: 武昌区',
      '1 district no longer reaches “Share of communities with a community-service facility ≥ 93%”: 江岸区 (2 → 2 of 3)',
      'Floor-area shortfall summed over districts: 80 → 0 m² (-80 m²)',
    ]);
    const zh = summarizeComparison(comparison, 'zh-CN', { maxNamedDistricts: 1, maxCoverageSentences: 1 });
    expect(zh.sentences).toEqual([
      '社区服务站服务半径覆盖人口比例提高7.8个百分点（62.3%→70.0%）',
      '另有2个区达到每百户20平方米（达标区由1个变为3个，共3个区）',
      '另有1个区达到“社区服务设施综合覆盖率≥93%”：武昌区',
      '有1个区不再达到“社区服务设施综合覆盖率≥93%”：江岸区（达标区由2个变为2个，共3个区）',
      '各区面积缺口合计减少80平方米（80→0平方米）',
    ]);
  });

  it('says when nothing changed, and adds warnings in the UI language', () => {
    expect(summarizeComparison(compareResults(before, before), 'en').text).toBe(
      'No figure changes between the two scenarios.',
    );
    const otherMethod = compareResults(before, results(before.districts, { coverage: 'area-weighted' }));
    expect(summarizeComparison(otherMethod, 'zh-CN').text).toBe(
      '两个方案的各项指标没有变化；注意：两个方案的覆盖计算方法不同。',
    );
  });

  it('formats numbers by locale: grouping and the decimal mark', () => {
    const big = compareResults(
      results([{ ...district('a', 'A', 10, 10), deficitSquareMeters: 12_345.6 }]),
      results([{ ...district('a', 'A', 10, 10), deficitSquareMeters: 0 }]),
    );
    expect(summarizeComparison(big, 'en').sentences).toEqual([
      'Floor-area shortfall summed over districts: 12,346 → 0 m² (-12,346 m²)',
    ]);
    expect(summarizeComparison(big, 'zh-CN').sentences).toEqual([
      '各区面积缺口合计减少12,346平方米（12,346→0平方米）',
    ]);
  });

  it('names preset types from the presets and quotes custom ones', () => {
    expect(facilityTypeName('elderly_day_care', 'en', true)).toBe('an elderly day-care centre');
    expect(facilityTypeName('street_service_centre', 'zh-CN')).toBe('街道社区服务中心');
    expect(facilityTypeName('pharmacy', 'en', true)).toBe('a facility of type “pharmacy”');
    expect(facilityTypeName('pharmacy', 'zh-CN')).toBe('“pharmacy”类设施');
    expect(findRuleSet('xx-city-13th-five-year')?.indicators[1]?.nameZh).toBe('社区服务设施综合覆盖率');
  });
});

describe('warnings', () => {
  it('warns when the populations differ (another dataset or grid)', () => {
    const other = results([{ ...district('a', 'A', 10, 10), population: 999 }]);
    expect(compareResults(results([district('a', 'A', 10, 10)]), other).warnings).toEqual([
      'population-differs',
    ]);
  });
});
