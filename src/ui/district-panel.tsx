import { useState } from 'preact/hooks';
import type { CoverageFigure, IndicatorResult } from '../core/model/results';
import type { AreaTotals, DatasetSummary, DistrictSummary } from '../core/session/dataset-summary';
import { areaIndicatorOf, coverageTypesOf, otherIndicatorsOf } from './analysis-columns';
import { useApp, useT } from './app-context';
import { DistrictChart } from './district-chart';
import { type DistrictSort, type DistrictSortKey, nextSort, sortDistricts } from './district-order';
import {
  coverageTooltip,
  deficitTooltip,
  type FigureContext,
  figureContext,
  indicatorName,
  indicatorTooltip,
  unitDigits,
  unitLabel,
} from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';
import type { MessageKey } from './i18n/i18n';
import { KpiCards } from './kpi-cards';
import { facilityTypeName } from './local-name';

function elderlyOf(summary: DatasetSummary, totals: AreaTotals): number | undefined {
  return summary.elderlyLayer ? totals.populationByLayer[summary.elderlyLayer] : undefined;
}

/** Figures of one row beyond the dataset's counts: a district's, or the whole grid's (results totals). */
interface RowFigures {
  areaPer100Households: number;
  deficitSquareMeters: number;
  coverage: Record<string, CoverageFigure>;
  indicators: IndicatorResult[];
}

function passMark(pass: boolean): string {
  return pass ? '✓' : '✗';
}

/** Deficit, coverage per type and the other indicators of one row, each cell with its definition as tooltip. */
function figureCells(
  key: string,
  figures: RowFigures | undefined,
  coverageTypes: readonly string[],
  others: readonly IndicatorResult[],
  context: FigureContext | undefined,
  areaThreshold: number | undefined,
) {
  const locale = context?.locale ?? 'zh-CN';
  const cells = [
    <td
      key="deficit"
      data-testid={`deficit-${key}`}
      data-value={figures ? String(figures.deficitSquareMeters) : undefined}
      title={context && areaThreshold !== undefined ? deficitTooltip(context, areaThreshold) : undefined}
    >
      {figures && areaThreshold !== undefined ? formatInteger(figures.deficitSquareMeters, locale) : '—'}
    </td>,
    ...coverageTypes.map((type) => (
      <td
        key={`coverage-${type}`}
        data-testid={`coverage-${type}-${key}`}
        data-value={figures ? String(figures.coverage[type]?.percent ?? 0) : undefined}
        title={context ? coverageTooltip(context, type) : undefined}
      >
        {figures ? `${formatDecimal(figures.coverage[type]?.percent ?? 0, locale, 1)}` : '—'}
      </td>
    )),
    ...others.map((column) => {
      const indicator = figures?.indicators.find((candidate) => candidate.id === column.id);
      const available = indicator !== undefined && indicator.available !== false;
      return (
        <td
          key={`indicator-${column.id}`}
          data-testid={`indicator-${column.id}-${key}`}
          data-value={indicator ? String(indicator.value) : undefined}
          data-pass={available ? String(indicator.pass) : undefined}
          class={available ? (indicator.pass ? 'area-pass' : 'area-fail') : undefined}
          title={context && indicator ? indicatorTooltip(context, indicator) : undefined}
        >
          {available
            ? `${formatDecimal(indicator.value, locale, unitDigits(indicator.unit))} ${passMark(indicator.pass)}`
            : '—'}
        </td>
      );
    }),
  ];
  return cells;
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
  const context = results ? figureContext(t, locale, results) : undefined;
  const areaColumn = areaIndicatorOf(results?.districts[0]?.indicators);
  const areaThreshold = areaColumn?.threshold;
  const areaHint = context && areaColumn ? indicatorTooltip(context, areaColumn) : undefined;
  const coverageTypes = coverageTypesOf(context?.ruleSet);
  const others = otherIndicatorsOf(results?.districts[0]?.indicators ?? []);
  const extraColumns = 1 + coverageTypes.length + others.length;
  const totals = results?.totals;
  const totalFigures: RowFigures | undefined = totals
    ? {
        areaPer100Households: totals.areaPer100Households ?? 0,
        deficitSquareMeters: totals.deficitSquareMeters ?? 0,
        coverage: totals.coverage,
        indicators: totals.indicators ?? [],
      }
    : undefined;
  const totalArea = areaIndicatorOf(totals?.indicators);
  const areaCells = (id: string) => {
    const district = resultById.get(id);
    const indicator = areaIndicatorOf(district?.indicators);
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
        {indicator ? passMark(indicator.pass) : '—'}
      </td>,
      ...figureCells(
        id,
        district && { ...district, deficitSquareMeters: district.deficitSquareMeters ?? 0 },
        coverageTypes,
        others,
        context,
        areaThreshold,
      ),
    ];
  };
  const number = (value: number | undefined) => (value === undefined ? '—' : formatInteger(value, locale));
  const scale = summary.estimate ? formatDecimal(summary.estimate.scale, locale, 4) : '1';
  const size = formatDecimal(results?.method.householdSize ?? summary.householdSize, locale, 2);
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
        {number(resultById.get(district.id)?.households ?? district.households)}
      </td>
      {areaCells(district.id)}
    </tr>
  );
  return (
    <section class="panel-section" aria-labelledby="district-panel-title">
      <KpiCards summary={summary} populationHint={hints.population} householdsHint={hints.households} />
      <h2 id="district-panel-title">{t('panelTitle')}</h2>
      <div class="table-scroll">
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
              <th scope="col" class="figure-column" title={areaHint}>
                {t('columnAreaPer100')} <span class="info">ⓘ</span>
                {areaThreshold === undefined ? null : (
                  <span class="name-en" data-testid="area-threshold">
                    ≥ {formatDecimal(areaThreshold, locale, 0)}
                  </span>
                )}
              </th>
              <th scope="col" title={areaHint}>
                {t('columnCompliance')}
              </th>
              <th
                scope="col"
                class="figure-column"
                title={
                  context && areaThreshold !== undefined ? deficitTooltip(context, areaThreshold) : undefined
                }
              >
                {t('columnDeficit')} <span class="info">ⓘ</span>
              </th>
              {coverageTypes.map((type) => (
                <th
                  scope="col"
                  class="figure-column"
                  key={`coverage-${type}`}
                  title={context ? coverageTooltip(context, type) : undefined}
                >
                  {facilityTypeName(type, locale)} <span class="info">ⓘ</span>
                  <span class="figure-threshold">{t('columnCoverageOf')} %</span>
                </th>
              ))}
              {others.map((indicator) => (
                <th
                  scope="col"
                  class="figure-column figure-column-wide"
                  key={`indicator-${indicator.id}`}
                  data-testid={`indicator-header-${indicator.id}`}
                  title={context ? indicatorTooltip(context, indicator) : undefined}
                >
                  {indicatorName(
                    context?.ruleSet?.indicators.find((rule) => rule.id === indicator.id),
                    indicator.id,
                    locale,
                  )}{' '}
                  <span class="info">ⓘ</span>
                  <span class="figure-threshold" data-testid={`indicator-threshold-${indicator.id}`}>
                    {t(indicator.comparison === 'atMost' ? 'atMost' : 'atLeast')}{' '}
                    {formatDecimal(indicator.threshold, locale, unitDigits(indicator.unit))}{' '}
                    {unitLabel(t, indicator.unit)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{sortDistricts(summary.districts, sort).map(row)}</tbody>
          <tfoot>
            <tr class="row-total" data-testid="district-total">
              <th scope="row">{t('totalRow')}</th>
              <td title={hints.population}>{number(summary.inDistricts.population)}</td>
              <td>{number(elderlyOf(summary, summary.inDistricts))}</td>
              <td title={hints.households}>{number(summary.inDistricts.households)}</td>
              <td colSpan={2 + extraColumns} />
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
              <td colSpan={2 + extraColumns} />
            </tr>
            <tr class="row-all" data-testid="district-all-cells">
              <th scope="row">{t('cityTotalRow')}</th>
              <td>{number(summary.allCells.population)}</td>
              <td>{number(elderlyOf(summary, summary.allCells))}</td>
              <td>{number(totals?.households ?? summary.allCells.households)}</td>
              <td data-testid="area-per-100-total" title={areaHint}>
                {totalFigures && areaColumn
                  ? formatDecimal(totalFigures.areaPer100Households, locale, 1)
                  : '—'}
              </td>
              <td
                data-testid="area-pass-total"
                class={totalArea ? (totalArea.pass ? 'area-pass' : 'area-fail') : undefined}
                title={areaHint}
              >
                {totalArea ? passMark(totalArea.pass) : '—'}
              </td>
              {figureCells('total', totalFigures, coverageTypes, others, context, areaThreshold)}
            </tr>
          </tfoot>
        </table>
      </div>
      <DistrictChart />
    </section>
  );
}
