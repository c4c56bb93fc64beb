/**
 * The district panel: headline cards, the table of districts (counts from the dataset, figures from the results;
 * sortable) and the chart. The table's parts are in district-table-*.
 */
import { useState } from 'preact/hooks';
import type { DistrictSummary } from '../core/session/dataset-summary';
import { useApp, useT } from './app-context';
import { DistrictChart } from './district-chart';
import { type DistrictSort, sortDistricts } from './district-order';
import { districtFigureCells } from './district-table-cells';
import { DistrictTableFoot } from './district-table-foot';
import { DistrictTableHead } from './district-table-head';
import { type DistrictTableModel, districtTableModel } from './district-table-model';
import { KpiCards } from './kpi-cards';

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
  const summary = store.summary.value;
  const locale = store.locale.value;
  if (!summary) return <PanelPlaceholder t={t} />;
  const hovered = store.hoveredDistrictId.value;
  const model = districtTableModel(t, locale, summary, store.results.value);
  const largest = Math.max(...summary.districts.map((d) => d.population));
  const row = (district: DistrictSummary) => (
    <DistrictRow
      key={district.id}
      district={district}
      model={model}
      largestPopulation={largest}
      hovered={district.id === hovered}
      onHover={(id) => {
        store.hoveredDistrictId.value = id;
      }}
    />
  );
  return (
    <section class="panel-section" aria-labelledby="district-panel-title">
      <KpiCards
        summary={summary}
        populationHint={model.hints.population}
        householdsHint={model.hints.households}
      />
      <h2 id="district-panel-title">{t('panelTitle')}</h2>
      <div class="table-scroll">
        <table class="district-table" data-testid="district-table">
          <DistrictTableHead model={model} sort={sort} onSort={setSort} />
          <tbody>{sortDistricts(summary.districts, sort).map(row)}</tbody>
          <DistrictTableFoot model={model} summary={summary} />
        </table>
      </div>
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
  onHover,
}: {
  district: DistrictSummary;
  model: DistrictTableModel;
  largestPopulation: number;
  hovered: boolean;
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
