/** The district table's header row: sortable count columns, then one column per figure with its threshold. */
import { type DistrictSort, type DistrictSortKey, nextSort } from './district-order';
import type { DistrictTableModel } from './district-table-model';
import {
  coverageTooltip,
  deficitTooltip,
  indicatorName,
  indicatorTooltip,
  unitDigits,
  unitLabel,
} from './figure-tooltip';
import { formatDecimal } from './format';
import type { MessageKey } from './i18n/i18n';
import { facilityTypeName } from './local-name';

const countColumns: { key: DistrictSortKey; label: MessageKey }[] = [
  { key: 'population', label: 'columnPopulation' },
  { key: 'elderly', label: 'columnElderly' },
  { key: 'households', label: 'columnHouseholds' },
];

export function DistrictTableHead({
  model,
  sort,
  onSort,
  unitColumn,
}: {
  model: DistrictTableModel;
  sort: DistrictSort;
  onSort: (sort: DistrictSort) => void;
  /** Heading of the first column at a finer unit level (default: the districts' "区"). */
  unitColumn?: string;
}) {
  const { t, locale, context, areaThreshold, areaHint, hints } = model;
  const ariaSort = (key: DistrictSortKey) =>
    sort.key === key ? (key === 'official' || !sort.descending ? 'ascending' : 'descending') : undefined;
  return (
    <thead>
      <tr>
        <th scope="col" aria-sort={ariaSort('official')}>
          <button
            type="button"
            class="sort"
            data-testid="sort-official"
            onClick={() => onSort(nextSort(sort, 'official'))}
          >
            {unitColumn ?? t('columnDistrict')}
          </button>
        </th>
        {countColumns.map((column) => (
          <th scope="col" key={column.key} title={hints[column.key]} aria-sort={ariaSort(column.key)}>
            <button
              type="button"
              class="sort"
              data-testid={`sort-${column.key}`}
              onClick={() => onSort(nextSort(sort, column.key))}
            >
              {t(column.label)} <span class="info">ⓘ</span>
              {sort.key === column.key ? <span class="sort-mark">{sort.descending ? '▼' : '▲'}</span> : null}
            </button>
          </th>
        ))}
        {model.showArea ? (
          <>
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
          </>
        ) : null}
        {model.coverageTypes.map((type) => (
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
        {model.others.map((indicator) => (
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
  );
}
