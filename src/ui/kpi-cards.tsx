import type { DatasetSummary } from '../core/session/dataset-summary';
import { useApp, useT } from './app-context';
import { formatInteger } from './format';

/** The city's three headline figures, each with its method in the tooltip. */
export function KpiCards(props: { summary: DatasetSummary; populationHint: string; householdsHint: string }) {
  const { store } = useApp();
  const t = useT();
  const { summary } = props;
  const locale = store.locale.value;
  const elderly = summary.elderlyLayer ? summary.allCells.populationByLayer[summary.elderlyLayer] : undefined;
  return (
    <div class="kpis">
      <div class="kpi" title={props.populationHint}>
        <div class="kpi-label">{t('columnPopulation')}</div>
        <div class="kpi-value" data-testid="kpi-population">
          {formatInteger(summary.allCells.population, locale)}
        </div>
      </div>
      <div class="kpi" title={t('columnElderlyHint')}>
        <div class="kpi-label">{t('columnElderly')}</div>
        <div class="kpi-value">{elderly === undefined ? '—' : formatInteger(elderly, locale)}</div>
      </div>
      <div class="kpi" title={props.householdsHint}>
        <div class="kpi-label">{t('columnHouseholds')}</div>
        <div class="kpi-value">{formatInteger(summary.allCells.households, locale)}</div>
      </div>
    </div>
  );
}
