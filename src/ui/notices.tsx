import { useApp, useT } from './app-context';
import { refusalText } from './refusal-text';

/** Messages that must be seen but do not block: basemap fallback, worker restart, a refused edit. */
export function Notices() {
  const { store } = useApp();
  const t = useT();
  const basemap = store.basemap.value;
  const notice = store.notice.value;
  const refused = store.editError.value;
  const messages: string[] = [];
  if (refused) messages.push(refusalText(refused, store.locale.value));
  if (basemap.status === 'failed') messages.push(t('basemapFailed', { message: basemap.failure ?? '' }));
  if (notice === 'worker-restarted') messages.push(t('workerRestarted'));
  const autosaveFailure = store.autosaveFailure.value;
  if (autosaveFailure === 'quota') messages.push(t('autosaveQuota'));
  else if (autosaveFailure === 'unavailable') messages.push(t('autosaveUnavailable'));
  else if (autosaveFailure === 'failed') messages.push(t('autosaveFailed'));
  if (messages.length === 0) return null;
  return (
    <div class="notices" role="status" data-testid="notice">
      {messages.map((message) => (
        <div class="notice" key={message}>
          <span>{message}</span>
          <button
            type="button"
            class="button-quiet"
            aria-label={t('close')}
            data-testid="notice-dismiss"
            onClick={() => {
              store.notice.value = null;
              store.editError.value = null;
              store.autosaveFailure.value = null;
              if (store.basemap.value.status === 'failed')
                store.basemap.value = { styleUrl: '', status: 'offline' };
            }}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
