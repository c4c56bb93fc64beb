/** What became of a share link opened at start: "added scenario …", or why the link could not be opened. */
import { useApp, useT } from '../app-context';
import { shareErrorMessage } from './share-link-actions';

export function ShareLinkNotice() {
  const { store } = useApp();
  const t = useT();
  const outcome = store.shareLinkOutcome.value;
  if (!outcome) return null;
  const text =
    'added' in outcome
      ? t('shareOpened', { name: outcome.added })
      : t('shareOpenFailed', { message: shareErrorMessage(outcome.error.code, store.locale.value) });
  return (
    <div
      class={`share-notice${'error' in outcome ? ' share-notice-error' : ''}`}
      data-testid="share-notice"
      role="status"
    >
      <span>{text}</span>
      <button
        type="button"
        class="button-quiet"
        data-testid="share-notice-close"
        onClick={() => {
          store.shareLinkOutcome.value = null;
        }}
      >
        ✕
      </button>
    </div>
  );
}
