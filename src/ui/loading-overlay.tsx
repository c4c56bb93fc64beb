import { errorText } from '../core/messages/error-text';
import type { LoadProgress } from '../state/store';
import { useApp, useT } from './app-context';
import type { MessageKey } from './i18n/i18n';

const stageKeys: Record<LoadProgress['stage'], MessageKey> = {
  fetch: 'stageFetch',
  decode: 'stageDecode',
  assign: 'stageAssign',
  summarise: 'stageSummarise',
  draw: 'stageDraw',
};

export function LoadingOverlay() {
  const { store, controller } = useApp();
  const t = useT();
  const error = store.loadError.value;
  if (error) {
    return (
      <div class="overlay" data-testid="load-error" role="alert">
        <div class="overlay-card">
          <h2>{t('loadFailed')}</h2>
          <p class="overlay-detail">
            <code>{error.code}</code>{' '}
            <span title={error.message}>{errorText(error, store.locale.value)}</span>
          </p>
          <button
            type="button"
            class="button-primary"
            data-testid="retry"
            onClick={() => void controller.load()}
          >
            {t('retry')}
          </button>
        </div>
      </div>
    );
  }
  const progress = store.progress.value;
  if (store.ready.value || !progress) return null;
  const percent = Math.round(progress.fraction * 100);
  return (
    <div class="overlay" data-testid="loading">
      <div class="overlay-card">
        <h2>{t('loadingTitle')}</h2>
        <div
          class="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          data-testid="load-progress"
        >
          <div class="progress-bar" style={{ width: `${percent}%` }} />
        </div>
        <p class="overlay-detail">
          {t(stageKeys[progress.stage])} · {percent}%
        </p>
      </div>
    </div>
  );
}
