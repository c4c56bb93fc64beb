/**
 * What every part of the district table needs to know, computed once per render from the dataset summary and the
 * results: the figure columns (area indicator, coverage types, other indicators), their tooltips and the formats.
 */
import type { Locale } from '../core/model/locale';
import type { CoverageFigure, IndicatorResult, Results } from '../core/model/results';
import type { AreaTotals, DatasetSummary } from '../core/session/dataset-summary';
import { areaIndicatorOf, coverageTypesOf, otherIndicatorsOf } from './analysis-columns';
import type { DistrictSortKey } from './district-order';
import { type FigureContext, figureContext, indicatorTooltip, type Translate } from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';

/** Figures of one row beyond the dataset's counts: a district's, or the whole grid's (results totals). */
export interface RowFigures {
  areaPer100Households: number;
  deficitSquareMeters: number;
  coverage: Record<string, CoverageFigure>;
  indicators: IndicatorResult[];
}

export interface DistrictTableModel {
  t: Translate;
  locale: Locale;
  results: Results | null;
  context: FigureContext | undefined;
  /** The rule set's area indicator of the first district (its threshold heads the column), if any. */
  areaColumn: IndicatorResult | undefined;
  areaThreshold: number | undefined;
  areaHint: string | undefined;
  /**
   * False when the rule set names no types for "m² per 100 households": the area, compliance and deficit columns are
   * not shown (domain.md § Readings of the plans).
   */
  showArea: boolean;
  coverageTypes: readonly string[];
  others: readonly IndicatorResult[];
  /** Columns after the two area columns: deficit (when shown), one per coverage type, one per other indicator. */
  extraColumns: number;
  /** Tooltip of each sortable column (how the figure was estimated). */
  hints: Record<DistrictSortKey, string>;
  /** A count in the interface language, or a dash. */
  number(value: number | undefined): string;
}

export function districtTableModel(
  t: Translate,
  locale: Locale,
  summary: DatasetSummary,
  results: Results | null,
): DistrictTableModel {
  const context = results ? figureContext(t, locale, results) : undefined;
  const areaColumn = areaIndicatorOf(results?.districts[0]?.indicators);
  const coverageTypes = coverageTypesOf(context?.ruleSet);
  const others = otherIndicatorsOf(results?.districts[0]?.indicators ?? []);
  const scale = summary.estimate ? formatDecimal(summary.estimate.scale, locale, 4) : '1';
  const size = formatDecimal(results?.method.householdSize ?? summary.householdSize, locale, 2);
  const showArea = (results?.method.areaTypes?.length ?? 1) > 0;
  return {
    t,
    locale,
    results,
    context,
    areaColumn,
    areaThreshold: areaColumn?.threshold,
    areaHint: context && areaColumn ? indicatorTooltip(context, areaColumn) : undefined,
    showArea,
    coverageTypes,
    others,
    extraColumns: (showArea ? 1 : 0) + coverageTypes.length + others.length,
    hints: {
      official: '',
      population: t('columnPopulationHint', { scale }),
      elderly: t('columnElderlyHint'),
      households: t('columnHouseholdsHint', { size }),
    },
    number: (value) => (value === undefined ? '—' : formatInteger(value, locale)),
  };
}

export function passMark(pass: boolean): string {
  return pass ? '✓' : '✗';
}

export function elderlyOf(summary: DatasetSummary, totals: AreaTotals): number | undefined {
  return summary.elderlyLayer ? totals.populationByLayer[summary.elderlyLayer] : undefined;
}
