/**
 * The district panel: headline cards, the unit level switch, the table of districts or of the chosen level's units
 * (counts from the dataset or the level's results, figures from the results; sortable; rows with finer units below
 * open their roll-up) and the chart. The table's parts are in district-table-*.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import { useApp, useT } from './app-context';
import { DistrictChart } from './district-chart';
import { type DistrictSort, sortDistricts } from './district-order';
import { districtFigureCells } from './district-table-cells';
import { DistrictTableFoot } from './district-table-foot';
import { DistrictTableHead } from './district-table-head';
import { type DistrictTableModel, districtTableModel } from './district-table-model';
import { formatInteger } from './format';
import { KpiCards } from './kpi-cards';
import { RollUpDetails } from './roll-up-details';
import { UnitFilterInput } from './unit-filter';
import { UnitLevelSwitch } from './unit-level-switch';
import { filterUnitRows, UNIT_ROWS_SHOWN, type UnitRow, unitRowsOf } from './unit-rows';

function PanelPlaceholder({ t }: { t: ReturnType<typeof useT> }) {
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

export function DistrictPanel() {
  const { store } = useApp();
  const t = useT();
  const [sort, setSort] = useState<DistrictSort>({ key: 'official', descending: false });
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const summary = store.summary.value;
  const locale = store.locale.value;
  if (!summary) return <PanelPlaceholder t={t} />;
  const hovered = store.hoveredDistrictId.value;
  const levelId = store.unitLevelId.value;
  const results = store.levelResults.value;
  const atDistricts = levelId === DISTRICT_LEVEL_ID;
  const model = districtTableModel(t, locale, summary, results);
  const rows = unitRowsOf(summary, levelId, results);
  // The filter belongs to the finer levels (the districts are few); it is kept for when the planner comes back.
  const matching = sortDistricts(atDistricts ? rows : filterUnitRows(rows, filter), sort);
  const shown = matching.slice(0, UNIT_ROWS_SHOWN);
  const largest = Math.max(1, ...rows.map((d) => d.population));
  const columnCount = 4 + (model.showArea ? 2 : 0) + model.extraColumns;
  const rollUpOf = (id: string) => results?.districts.find((candidate) => candidate.id === id)?.rollUp;
  const row = (district: UnitRow) => {
    const rollUp = rollUpOf(district.id);
    const open = rollUp !== undefined && expanded === district.id;
    return (
      <Fragment key={district.id}>
        <DistrictRow
          district={district}
          model={model}
          largestPopulation={largest}
          hovered={district.id === hovered}
          rollUpOpen={rollUp ? open : undefined}
          onToggleRollUp={() => setExpanded(open ? null : district.id)}
          onHover={(id) => {
            store.hoveredDistrictId.value = id;
          }}
        />
        {open ? (
          <tr class="roll-up-row">
            <td colSpan={columnCount}>
              <RollUpDetails rollUp={rollUp} testId={`roll-up-${district.id}`} />
            </td>
          </tr>
        ) : null}
      </Fragment>
    );
  };
  const cityRollUp = results?.totals.rollUp;
  return (
    <section class="panel-section" aria-labelledby="district-panel-title">
      <KpiCards
        summary={summary}
        populationHint={model.hints.population}
        householdsHint={model.hints.households}
      />
      <h2 id="district-panel-title">{t('panelTitle')}</h2>
      <UnitLevelSwitch />
      {atDistricts ? null : (
        <div class="unit-filter">
          <UnitFilterInput value={filter} onInput={setFilter} testId="unit-filter" />
          {matching.length > shown.length ? (
            <span data-testid="unit-rows-shown">
              {t('unitRowsShown', {
                shown: formatInteger(shown.length, locale),
                total: formatInteger(matching.length, locale),
              })}
            </span>
          ) : null}
        </div>
      )}
      <div class="table-scroll">
        <table class="district-table" data-testid="district-table" data-level={levelId}>
          <DistrictTableHead
            model={model}
            sort={sort}
            onSort={setSort}
            {...(atDistricts ? {} : { unitColumn: t('columnUnit') })}
          />
          <tbody>{shown.map(row)}</tbody>
          <DistrictTableFoot model={model} summary={summary} {...(atDistricts ? {} : { units: rows })} />
        </table>
      </div>
      {cityRollUp ? (
        <details class="city-roll-up" data-testid="city-roll-up">
          <summary>
            {t('cityTotalRow')} · {t('rollUpToggle')}
          </summary>
          <RollUpDetails rollUp={cityRollUp} testId="roll-up-city" />
        </details>
      ) : null}
      <DistrictChart />
    </section>
  );
}

/** One district: name, counts (with a bar of its share of the largest population) and its figures. */
function DistrictRow({
  district,
  model,
  largestPopulation,
  hovered,
  rollUpOpen,
  onToggleRollUp,
  onHover,
}: {
  district: UnitRow;
  model: DistrictTableModel;
  largestPopulation: number;
  hovered: boolean;
  /** Whether the row's roll-up is shown; undefined when the row has none (the finest level). */
  rollUpOpen: boolean | undefined;
  onToggleRollUp: () => void;
  onHover: (id: string | null) => void;
}) {
  const { locale, hints, number } = model;
  const households = model.results?.districts.find((d) => d.id === district.id)?.households;
  return (
    <tr
      data-testid="district-row"
      data-district-id={district.id}
      class={hovered ? 'is-hovered' : undefined}
      onMouseEnter={() => onHover(district.id)}
      onMouseLeave={() => onHover(null)}
    >
      <th scope="row" data-testid="district-name" lang="zh-CN">
        {district.name}
        {locale === 'en' && district.nameEn ? <span class="name-en">{district.nameEn}</span> : null}
        {rollUpOpen === undefined ? null : (
          <button
            type="button"
            class="roll-up-toggle"
            data-testid="roll-up-toggle"
            aria-expanded={rollUpOpen}
            title={model.t('rollUpToggle')}
            aria-label={model.t('rollUpToggle')}
            onClick={onToggleRollUp}
          >
            {rollUpOpen ? '▾' : '▸'}
          </button>
        )}
      </th>
      <td data-testid="district-population" title={hints.population}>
        {number(district.population)}
        <span class="share-track" aria-hidden="true">
          <span class="share-bar" style={{ width: `${(100 * district.population) / largestPopulation}%` }} />
        </span>
      </td>
      <td data-testid="district-elderly">{number(district.elderlyPopulation)}</td>
      <td data-testid="district-households" title={hints.households}>
        {number(households ?? district.households)}
      </td>
      {districtFigureCells(district.id, model)}
    </tr>
  );
}
