/**
 * Distance mode of the active scenario (issue 13): straight-line or walking network, one undoable command; the
 * network's state (loading, ready with its counts, failed); what the figures on screen were measured with; and the
 * action putting the same facilities in both modes side by side in the compare view.
 */
import { errorText } from '../core/messages/error-text';
import type { DistanceMode } from '../core/model/scenario';
import { useApp, useT } from './app-context';
import { formatDecimal, formatInteger } from './format';
import { networkName } from './network-name';
import { useMeeting } from './scenarios/meeting-context';

const MODES: [DistanceMode, 'distanceStraight' | 'distanceNetwork'][] = [
  ['great-circle', 'distanceStraight'],
  ['network', 'distanceNetwork'],
];

export function DistanceModeSection() {
  const { store, network, scenarios } = useApp();
  const { compare } = useMeeting();
  const t = useT();
  if (!network) return null;
  const locale = store.locale.value;
  const mode = store.activeScenario.value.parameters.distance ?? 'great-circle';
  const status = store.network.value;
  const measured = store.results.value?.method.distance;
  const methodKey =
    measured === 'network' ? 'methodNetwork' : mode === 'network' ? 'methodNetworkPending' : 'methodStraight';
  return (
    <section class="panel-section distance-mode" data-testid="distance-mode" data-mode={mode}>
      <div class="layer-switch">
        <span class="layer-switch-label">{t('distanceModeLabel')}</span>
        <fieldset class="segmented" aria-label={t('distanceModeLabel')}>
          {MODES.map(([value, key]) => (
            <button
              key={value}
              type="button"
              data-testid={`distance-${value}`}
              aria-pressed={mode === value}
              disabled={!store.summary.value}
              onClick={() => {
                if (value !== mode) void network.setDistance(value);
              }}
            >
              {t(key)}
            </button>
          ))}
        </fieldset>
      </div>
      <p class="method-line" data-testid="distance-method" data-distance={measured ?? ''}>
        {t(methodKey, { name: networkName(status, t) })}
      </p>
      {status.status === 'ready' ? (
        <p class="compare-note" data-testid="network-in-use" data-imported={status.fileName !== undefined}>
          {t('networkInUse', { name: networkName(status, t) })}
          {status.fileName !== undefined ? ` (${t('networkImportedNotKept')})` : ''}
        </p>
      ) : null}
      <p class="compare-note" data-testid="network-status" data-status={status.status}>
        {status.status === 'ready'
          ? t('networkReady', {
              nodes: formatInteger(status.nodes, locale),
              edges: formatInteger(status.edges, locale),
              share: formatDecimal(status.populationOnNetworkPercent, locale, 1),
            })
          : status.status === 'failed'
            ? t('networkFailed', { message: errorText(status.error, locale) })
            : status.status === 'loading'
              ? t('networkLoading')
              : null}
      </p>
      <button
        type="button"
        class="link-button"
        data-testid="compare-modes"
        title={t('compareModesHint')}
        disabled={status.status !== 'ready'}
        onClick={() => void network.compareModes(scenarios.addScenario, compare)}
      >
        {t(mode === 'network' ? 'compareModes' : 'compareModesNetwork')}
      </button>
    </section>
  );
}
