/**
 * The district table's footer: the districts' (or a level's units') total, the cells (residents) outside every
 * district (unit), and the whole grid.
 */
import type { DatasetSummary } from '../core/session/dataset-summary';
import { areaIndicatorOf } from './analysis-columns';
import { figureCells } from './district-table-cells';
import { type DistrictTableModel, elderlyOf, passMark, type RowFigures } from './district-table-model';
import { formatDecimal, formatInteger } from './format';
import { totalsOfRows, type UnitRow } from './unit-rows';

export function DistrictTableFoot({
  model,
  summary,
  units,
}: {
  model: DistrictTableModel;
  summary: DatasetSummary;
  /** The units of a finer level (all of them, not only those shown): their sum and the residents in none. */
  units?: readonly UnitRow[];
}) {
  const { t, locale, areaHint, number, extraColumns, areaColumn, showArea } = model;
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
      {units ? (
        <UnitFootRows model={model} summary={summary} spanned={spanned} units={units} />
      ) : (
        <DistrictFootRows model={model} summary={summary} spanned={spanned} />
      )}
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

interface FootRowsProps {
  model: DistrictTableModel;
  summary: DatasetSummary;
  spanned: number;
}

/** The districts' total and the cells outside every district, from the dataset's counts. */
function DistrictFootRows({ model, summary, spanned }: FootRowsProps) {
  const { t, locale, hints, number } = model;
  return (
    <>
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
    </>
  );
}

/** A finer level's sum over its units, and the residents in no unit (the whole grid minus that sum). */
function UnitFootRows({ model, summary, spanned, units }: FootRowsProps & { units: readonly UnitRow[] }) {
  const { t, locale, hints, number } = model;
  const inUnits = totalsOfRows(units);
  const all = summary.allCells;
  const allElderly = elderlyOf(summary, all);
  const outsidePopulation =
    model.results?.totals.populationOutsideDistricts ?? all.population - inUnits.population;
  const allHouseholds = model.results?.totals.households ?? all.households;
  const outsideElderly =
    allElderly === undefined || inUnits.elderlyPopulation === undefined
      ? undefined
      : Math.max(0, allElderly - inUnits.elderlyPopulation);
  return (
    <>
      <tr class="row-total" data-testid="district-total">
        <th scope="row">{t('unitTotalRow', { count: formatInteger(units.length, locale) })}</th>
        <td title={hints.population}>{number(inUnits.population)}</td>
        <td>{number(inUnits.elderlyPopulation)}</td>
        <td title={hints.households}>{number(inUnits.households)}</td>
        <td colSpan={spanned} />
      </tr>
      <tr class="row-outside" data-testid="district-outside">
        <th scope="row">{t('unitOutsideRow')}</th>
        <td>{number(Math.max(0, outsidePopulation))}</td>
        <td>{number(outsideElderly)}</td>
        <td>{number(Math.max(0, allHouseholds - inUnits.households))}</td>
        <td colSpan={spanned} />
      </tr>
    </>
  );
}
