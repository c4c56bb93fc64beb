import { describe, expect, it } from 'vitest';
import type { IndicatorResult, Results } from '../core/model/results';
import { coverageTooltip, deficitTooltip, figureContext, indicatorTooltip } from './figure-tooltip';
import { translate } from './i18n/i18n';

const method = (ruleSetId: string, distance: Results['method']['distance']): Results['method'] => ({
  coverage: 'centroid',
  householdSize: 2.47,
  distance,
  layer: 'total',
  ruleSetId,
});

const resultsOf = (ruleSetId: string, distance: Results['method']['distance'] = 'great-circle') =>
  ({ method: method(ruleSetId, distance), districts: [], totals: {} }) as unknown as Results;

describe('figure tooltips', () => {
  it('state the definition and the assumptions: layer, household size, distances, centroid rule, rule set', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('en', key, params);
    const context = figureContext(t, 'en', resultsOf('xx-city-13th-five-year'));
    const coverage = coverageTooltip(context, 'community_service_station');
    expect(coverage).toContain('Community service station coverage');
    expect(coverage).toContain('household size 2.47 persons');
    expect(coverage).toContain('local plane centred on each facility');
    expect(coverage).toContain('WGS 84');
    expect(coverage).toContain('centroid rule');
    expect(coverage).toContain('"XX city" 13th five-year community service plan');
    const indicator: IndicatorResult = {
      id: 'community-service-coverage',
      kind: 'coveragePercent',
      comparison: 'atLeast',
      value: 50,
      threshold: 93,
      unit: '%',
      pass: false,
    };
    expect(indicatorTooltip(context, indicator)).toContain('Threshold: ≥ 93.0 %');
    expect(deficitTooltip(context, 20)).toContain('reach 20 m² per 100 households');
  });

  it('read in Chinese with the household size in the locale format', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('zh-CN', key, params);
    const context = figureContext(t, 'zh-CN', resultsOf('national-2021-2025'));
    expect(coverageTooltip(context, 'community_service_station')).toContain('户均人口 2.47 人');
    expect(coverageTooltip(context, 'community_service_station')).toContain('质心法');
  });

  it('name the distance the results were measured with, never the other one', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
        translate(locale, key, params);
      const walking = coverageTooltip(
        figureContext(t, locale, resultsOf('national-2021-2025', 'network')),
        'x',
      );
      const straight = coverageTooltip(figureContext(t, locale, resultsOf('national-2021-2025')), 'x');
      expect(walking).toContain(locale === 'en' ? 'along the walking network' : '沿步行路网');
      expect(walking).not.toContain(locale === 'en' ? 'straight-line' : '直线');
      expect(straight).toContain(locale === 'en' ? 'straight-line' : '直线距离');
      expect(straight).not.toContain(locale === 'en' ? 'walking network' : '路网');
    }
  });
});
