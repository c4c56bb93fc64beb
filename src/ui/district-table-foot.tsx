/** The district table's footer: the districts' total, the cells outside every district, and the whole grid. */
import type { DatasetSummary } from '../core/session/dataset-summary';
import { areaIndicatorOf } from './analysis-columns';
import { figureCells } from './district-table-cells';
import { type DistrictTableModel, elderlyOf, passMark, type RowFigures } from './district-table-model';
import { formatDecimal, formatInteger } from './format';

export function DistrictTableFoot({
  model,
  summary,
}: {
  model: DistrictTableModel;
  summary: DatasetSummary;
}) {
  const { t, locale, areaHint, hints, number, extraColumns, areaColumn, showArea } = model;
  const spanned = (showArea ? 2 : 0) + extraColumns;
  const totals = model.results?.totals;
  const totalFigures: RowFigures | undefined = totals
    ? {
        areaPer100Households: totals.areaPer100Households ?? 0,
        deficitSquareMeters: totals.deficitSquareMeters ?? 0,
        coverage: totals.coverage,
        indicators: totals.indicators ?? [],
      }
    : undefined;
  const totalArea = areaIndicatorOf(totals?.indicators);
  return (
    <tfoot>
      <tr class="row-total" data-testid="district-total">
        <th scope="row">{t('totalRow')}</th>
        <td title={hints.population}>{number(summary.inDistricts.population)}</td>
        <td>{number(elderlyOf(summary, summary.inDistricts))}</td>
        <td title={hints.households}>{number(summary.inDistricts.households)}</td>
        <td colSpan={spanned} />
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
        <td colSpan={spanned} />
      </tr>
      <tr class="row-all" data-testid="district-all-cells">
        <th scope="row">{t('cityTotalRow')}</th>
        <td>{number(summary.allCells.population)}</td>
        <td>{number(elderlyOf(summary, summary.allCells))}</td>
        <td>{number(totals?.households ?? summary.allCells.households)}</td>
        {showArea ? (
          <>
            <td data-testid="area-per-100-total" title={areaHint}>
              {totalFigures && areaColumn ? formatDecimal(totalFigures.areaPer100Households, locale, 1) : '—'}
            </td>
            <td
              data-testid="area-pass-total"
              class={totalArea ? (totalArea.pass ? 'area-pass' : 'area-fail') : undefined}
              title={areaHint}
            >
              {totalArea ? passMark(totalArea.pass) : '—'}
            </td>
          </>
        ) : null}
        {figureCells('total', totalFigures, model)}
      </tr>
    </tfoot>
  );
}
