import { useApp, useT } from './app-context';
import { IndicatorLegend } from './indicator-legend';
import { OverlaySwitch } from './overlay-switch';

/** The map's analysis controls: cell overlay and district colouring, each with its legend; folds away. */
export function AnalysisCard() {
  const { store } = useApp();
  const t = useT();
  if (!store.summary.value) return null;
  return (
    <details class="analysis-card map-card" data-testid="analysis-card" open>
      <summary class="analysis-summary">{t('analysisCardTitle')}</summary>
      <OverlaySwitch />
      <IndicatorLegend />
    </details>
  );
}
