/** The figure cells of a table row: area per 100 households and its pass mark, deficit, coverage, indicators. */
import type { IndicatorResult } from '../core/model/results';
import { areaIndicatorOf } from './analysis-columns';
import { type DistrictTableModel, passMark, type RowFigures } from './district-table-model';
import { coverageTooltip, deficitTooltip, indicatorTooltip, unitDigits } from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';

/** Deficit, coverage per type and the other indicators of one row, each cell with its definition as tooltip. */
export function figureCells(key: string, figures: RowFigures | undefined, model: DistrictTableModel) {
  const { context, areaThreshold, coverageTypes, others } = model;
  const locale = context?.locale ?? 'zh-CN';
  const deficit = model.showArea
    ? [
        <td
          key="deficit"
          data-testid={`deficit-${key}`}
          data-value={figures ? String(figures.deficitSquareMeters) : undefined}
          title={context && areaThreshold !== undefined ? deficitTooltip(context, areaThreshold) : undefined}
        >
          {figures && areaThreshold !== undefined ? formatInteger(figures.deficitSquareMeters, locale) : '—'}
        </td>,
      ]
    : [];
  return [
    ...deficit,
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
    ...others.map((column) => indicatorCell(key, column, figures, model)),
  ];
}

function indicatorCell(
  key: string,
  column: IndicatorResult,
  figures: RowFigures | undefined,
  { context, t }: DistrictTableModel,
) {
  const locale = context?.locale ?? 'zh-CN';
  const indicator = figures?.indicators.find((candidate) => candidate.id === column.id);
  const available = indicator !== undefined && indicator.available !== false;
  // No judgement: a minimum-size rule with no facility is "none", a plan's figure without its inputs "not evaluable".
  const unjudged =
    indicator?.outcome === 'none'
      ? t('outcomeNone')
      : indicator?.outcome === 'notEvaluable'
        ? t('outcomeNotEvaluable')
        : '—';
  const partial = indicator?.partial ? ` ${t('outcomePartial')}` : '';
  return (
    <td
      key={`indicator-${column.id}`}
      data-testid={`indicator-${column.id}-${key}`}
      data-value={indicator ? String(indicator.value) : undefined}
      data-outcome={indicator?.outcome}
      data-partial={indicator?.partial ? 'true' : undefined}
      data-pass={available ? String(indicator.pass) : undefined}
      class={available ? (indicator.pass ? 'area-pass' : 'area-fail') : undefined}
      title={context && indicator ? indicatorTooltip(context, indicator) : undefined}
    >
      {available
        ? `${formatDecimal(indicator.value, locale, unitDigits(indicator.unit))} ${passMark(indicator.pass)}${partial}`
        : unjudged}
    </td>
  );
}

/** A district's cells from its area per 100 households on, from the results (dashes while there are none). */
export function districtFigureCells(id: string, model: DistrictTableModel) {
  const { t, locale, areaHint } = model;
  const district = model.results?.districts.find((candidate) => candidate.id === id);
  const indicator = areaIndicatorOf(district?.indicators);
  const area = model.showArea
    ? [
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
      ]
    : [];
  return [
    ...area,
    ...figureCells(
      id,
      district && { ...district, deficitSquareMeters: district.deficitSquareMeters ?? 0 },
      model,
    ),
  ];
}
