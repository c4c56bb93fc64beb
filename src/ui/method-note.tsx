import { useApp, useT } from './app-context';
import { formatDecimal, formatInteger } from './format';

/** Where every figure comes from, in two sentences a planner can read out in a meeting. */
export function MethodNote() {
  const { store } = useApp();
  const t = useT();
  const summary = store.summary.value;
  if (!summary) return null;
  const locale = store.locale.value;
  const scale = summary.estimate ? formatDecimal(summary.estimate.scale, locale, 4) : '1';
  const size = formatDecimal(summary.householdSize, locale, 2);
  return (
    <details class="panel-section method-note" data-testid="method-note" open>
      <summary>{t('methodTitle')}</summary>
      <ul>
        <li>{t('methodPopulation', { scale })}</li>
        <li data-testid="method-households">
          {summary.householdBasis
            ? t('methodHouseholdsCensus', {
                size,
                residents: formatInteger(summary.householdBasis.residents, locale),
                households: formatInteger(summary.householdBasis.familyHouseholds, locale),
              })
            : t('methodHouseholds', { size })}
        </li>
        <li>{t('methodAssignment')}</li>
        <li>{t('methodBoundaries')}</li>
        {summary.levels.length > 0 ? <li data-testid="method-units">{t('methodUnits')}</li> : null}
      </ul>
    </details>
  );
}
