import { useApp } from './app-context';
import { IndicatorLegend } from './indicator-legend';
import { OverlaySwitch } from './overlay-switch';

/** The map's analysis controls: cell overlay and district colouring, each with its legend. */
export function AnalysisCard() {
  const { store } = useApp();
  if (!store.summary.value) return null;
  return (
    <div class="analysis-card map-card" data-testid="analysis-card">
      <OverlaySwitch />
      <IndicatorLegend />
    </div>
  );
}
