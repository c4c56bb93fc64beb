import { useState } from 'preact/hooks';
import type { DistrictResult, IndicatorResult } from '../core/model/results';
import { findRuleSet } from '../core/rules/rule-sets';
import type { AreaTotals, DatasetSummary, DistrictSummary } from '../engine/dataset-summary';
import { useApp, useT } from './app-context';
import { type DistrictSort, type DistrictSortKey, nextSort, sortDistricts } from './district-order';
import { formatDecimal, formatInteger } from './format';
import type { MessageKey } from './i18n/i18n';
import { KpiCards } from './kpi-cards';

function elderlyOf(summary: DatasetSummary, totals: AreaTotals): number | undefined {
  return summary.elderlyLayer ? totals.populationByLayer[summary.elderlyLayer] : undefined;
}

/** The rule set's "m² per 100 households" indicator of a district, when it has one. */
function areaIndicatorOf(district: DistrictResult | undefined): IndicatorResult | undefined {
  return district?.indicators.find((indicator) => indicator.kind === 'areaPer100Households');
}

const columns: { key: DistrictSortKey; label: MessageKey }[] = [
  { key: 'population', label: 'columnPopulation' },
  { key: 'elderly', label: 'columnElderly' },
  { key: 'households', label: 'columnHouseholds' },
];

export function DistrictPanel() {
  const { store } = useApp();
  const t = useT();
  const [sort, setSort] = useState<DistrictSort>({ key: 'official', descending: false });
  const summary = store.summary.value;
  const locale = store.locale.value;
  if (!summary) {
    return (
      <section class="panel-section panel-placeholder" aria-busy="true">
        <h2>{t('panelTitle')}</h2>
        <p>{t('panelLoading')}</p>
        {Array.from({ length: 8 }, (_, index) => (
          <div class="placeholder-row" key={index} />
        ))}
      </section>
    );
  }
  const hovered = store.hoveredDistrictId.value;
  const results = store.results.value;
  const resultById = new Map(results?.districts.map((d) => [d.id, d]));
  const areaThreshold = areaIndicatorOf(results?.districts[0])?.threshold;
  const ruleSet = results?.method.ruleSetId ? findRuleSet(results.method.ruleSetId) : undefined;
  const areaHint = t('columnAreaPer100Hint', {
    threshold: areaThreshold === undefined ? '—' : formatDecimal(areaThreshold, locale, 0),
    ruleSet: ruleSet ? (locale === 'en' ? ruleSet.nameEn : ruleSet.nameZh) : '—',
  });
  const areaCells = (id: string) => {
    const district = resultById.get(id);
    const indicator = areaIndicatorOf(district);
    return [
      <td
        key="area"
        data-testid={`area-per-100-${id}`}
        data-value={district ? String(district.areaPer100Households) : undefined}
        title={areaHint}
      >
        {district ? formatDecimal(district.areaPer100Households, locale, 1) : '—'}
      </td>,
      <td
        key="pass"
        data-testid={`area-pass-${id}`}
        data-pass={indicator ? String(indicator.pass) : undefined}
        class={indicator ? (indicator.pass ? 'area-pass' : 'area-fail') : undefined}
        title={indicator ? t(indicator.pass ? 'pass' : 'fail') : undefined}
        aria-label={indicator ? t(indicator.pass ? 'pass' : 'fail') : undefined}
      >
        {indicator ? (indicator.pass ? '✓' : '✗') : '—'}
      </td>,
    ];
  };
  const number = (value: number | undefined) => (value === undefined ? '—' : formatInteger(value, locale));
  const scale = summary.estimate ? formatDecimal(summary.estimate.scale, locale, 4) : '1';
  const size = formatDecimal(summary.householdSize, locale, 2);
  const hints: Record<DistrictSortKey, string> = {
    official: '',
    population: t('columnPopulationHint', { scale }),
    elderly: t('columnElderlyHint'),
    households: t('columnHouseholdsHint', { size }),
  };
  const largest = Math.max(...summary.districts.map((d) => d.population));
  const ariaSort = (key: DistrictSortKey) =>
    sort.key === key ? (key === 'official' || !sort.descending ? 'ascending' : 'descending') : undefined;
  const row = (district: DistrictSummary) => (
    <tr
      key={district.id}
      data-testid="district-row"
      data-district-id={district.id}
      class={district.id === hovered ? 'is-hovered' : undefined}
      onMouseEnter={() => {
        store.hoveredDistrictId.value = district.id;
      }}
      onMouseLeave={() => {
        store.hoveredDistrictId.value = null;
      }}
    >
      <th scope="row" data-testid="district-name" lang="zh-CN">
        {district.name}
        {locale === 'en' && district.nameEn ? <span class="name-en">{district.nameEn}</span> : null}
      </th>
      <td data-testid="district-population" title={hints.population}>
        {number(district.population)}
        <span class="share-track" aria-hidden="true">
          <span class="share-bar" style={{ width: `${(100 * district.population) / largest}%` }} />
        </span>
      </td>
      <td data-testid="district-elderly">{number(district.elderlyPopulation)}</td>
      <td data-testid="district-households" title={hints.households}>
        {number(district.households)}
      </td>
      {areaCells(district.id)}
    </tr>
  );
  return (
    <section class="panel-section" aria-labelledby="district-panel-title">
      <KpiCards summary={summary} populationHint={hints.population} householdsHint={hints.households} />
      <h2 id="district-panel-title">{t('panelTitle')}</h2>
      <table class="district-table" data-testid="district-table">
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('official')}>
              <button
                type="button"
                class="sort"
                data-testid="sort-official"
                onClick={() => setSort(nextSort(sort, 'official'))}
              >
                {t('columnDistrict')}
              </button>
            </th>
            {columns.map((column) => (
              <th scope="col" key={column.key} title={hints[column.key]} aria-sort={ariaSort(column.key)}>
                <button
                  type="button"
                  class="sort"
                  data-testid={`sort-${column.key}`}
                  onClick={() => setSort(nextSort(sort, column.key))}
                >
                  {t(column.label)} <span class="info">ⓘ</span>
                  {sort.key === column.key ? (
                    <span class="sort-mark">{sort.descending ? '▼' : '▲'}</span>
                  ) : null}
                </button>
              </th>
            ))}
            <th scope="col" title={areaHint}>
              {t('columnAreaPer100')} <span class="info">ⓘ</span>
              {areaThreshold === undefined ? null : (
                <span class="name-en" data-testid="area-threshold">
                  ≥ {formatDecimal(areaThreshold, locale, 0)}
                </span>
              )}
            </th>
            <th scope="col">{t('columnCompliance')}</th>
          </tr>
        </thead>
        <tbody>{sortDistricts(summary.districts, sort).map(row)}</tbody>
        <tfoot>
          <tr class="row-total" data-testid="district-total">
            <th scope="row">{t('totalRow')}</th>
            <td title={hints.population}>{number(summary.inDistricts.population)}</td>
            <td>{number(elderlyOf(summary, summary.inDistricts))}</td>
            <td title={hints.households}>{number(summary.inDistricts.households)}</td>
            <td colSpan={2} />
          </tr>
          <tr
            class="row-outside"
            data-testid="district-outside"
            title={t('outsideHint', { cells: formatInteger(summary.outside.cellCount, locale) })}
          >
            <th scope="row">
              {t('outsideRow')}
              <span class="name-en" data-testid="outside-cells">
                {formatInteger(summary.outside.cellCount, locale)} {t('cells')}
              </span>
            </th>
            <td>{number(summary.outside.population)}</td>
            <td>{number(elderlyOf(summary, summary.outside))}</td>
            <td>{number(summary.outside.households)}</td>
            <td colSpan={2} />
          </tr>
          <tr class="row-all" data-testid="district-all-cells">
            <th scope="row">{t('cityTotalRow')}</th>
            <td>{number(summary.allCells.population)}</td>
            <td>{number(elderlyOf(summary, summary.allCells))}</td>
            <td>{number(summary.allCells.households)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
