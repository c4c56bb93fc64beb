import { Fragment } from 'preact';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import { areaIndicatorOf, coverageTypesOf, otherIndicatorsOf } from './analysis-columns';
import { useApp, useT } from './app-context';
import {
  coverageTooltip,
  deficitTooltip,
  figureContext,
  indicatorName,
  indicatorTooltip,
  unitDigits,
  unitLabel,
} from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';
import { facilityTypeName } from './local-name';
import { RollUpDetails } from './roll-up-details';
import { levelNameOf } from './unit-rows';

/**
 * The figures of the district (or unit of the chosen level) under the pointer (map or table), each with its
 * definition as a tooltip, and how its finer units fare when it has any (its roll-up).
 */
export function DistrictPopup() {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const id = store.hoveredDistrictId.value;
  const results = store.levelResults.value;
  const levelId = store.unitLevelId.value;
  const district = results?.districts.find((candidate) => candidate.id === id);
  if (!results || !district) return null;
  const context = figureContext(t, locale, results);
  const area = areaIndicatorOf(district.indicators);
  const estimate = store.summary.value?.estimate;
  const populationHint = t('columnPopulationHint', {
    scale: estimate ? formatDecimal(estimate.scale, locale, 4) : '1',
  });
  const householdsHint = t('columnHouseholdsHint', {
    size: formatDecimal(results.method.householdSize, locale, 2),
  });
  const nameEn = store.summary.value?.districts.find((candidate) => candidate.id === id)?.nameEn;
  const mark = (pass: boolean) => (
    <span class={pass ? 'area-pass' : 'area-fail'} role="img" aria-label={t(pass ? 'pass' : 'fail')}>
      {pass ? '✓' : '✗'}
    </span>
  );
  return (
    <div class="district-popup map-card" data-testid="district-popup" data-district-id={district.id}>
      <div class="legend-title" lang="zh-CN">
        {levelId === DISTRICT_LEVEL_ID ? null : (
          <span class="popup-level">{levelNameOf(store.summary.value, levelId, t)} · </span>
        )}
        {district.name}
        {locale === 'en' && nameEn ? <span class="name-en"> {nameEn}</span> : null}
      </div>
      <dl>
        <dt title={populationHint}>{t('columnPopulation')}</dt>
        <dd>{formatInteger(district.population, locale)}</dd>
        <dt title={householdsHint}>{t('columnHouseholds')}</dt>
        <dd>{formatInteger(district.households, locale)}</dd>
        {area ? (
          <>
            <dt title={indicatorTooltip(context, area)}>{t('columnAreaPer100')}</dt>
            <dd title={indicatorTooltip(context, area)}>
              {formatDecimal(district.areaPer100Households, locale, 1)} /{' '}
              {formatDecimal(area.threshold, locale, 0)} {mark(area.pass)}
            </dd>
            <dt title={deficitTooltip(context, area.threshold)}>{t('columnDeficit')}</dt>
            <dd data-testid="popup-deficit">{formatInteger(area.deficitSquareMeters ?? 0, locale)}</dd>
          </>
        ) : null}
        {coverageTypesOf(context.ruleSet).map((type) => (
          <Fragment key={type}>
            <dt title={coverageTooltip(context, type)}>
              {facilityTypeName(type, locale)} · {t('columnCoverageOf')}
            </dt>
            <dd>{formatDecimal(district.coverage[type]?.percent ?? 0, locale, 1)}%</dd>
          </Fragment>
        ))}
        {otherIndicatorsOf(district.indicators).map((indicator) => {
          const rule = context.ruleSet?.indicators.find((candidate) => candidate.id === indicator.id);
          const digits = unitDigits(indicator.unit);
          return (
            <Fragment key={indicator.id}>
              <dt title={indicatorTooltip(context, indicator)}>
                {indicatorName(rule, indicator.id, locale)}
              </dt>
              <dd>
                {indicator.available === false
                  ? t('notComputable')
                  : `${formatDecimal(indicator.value, locale, digits)} / ${formatDecimal(indicator.threshold, locale, digits)} ${unitLabel(t, indicator.unit)} `}
                {indicator.available === false ? null : mark(indicator.pass)}
              </dd>
            </Fragment>
          );
        })}
      </dl>
      {district.rollUp ? <RollUpDetails rollUp={district.rollUp} testId="popup-roll-up" /> : null}
    </div>
  );
}
