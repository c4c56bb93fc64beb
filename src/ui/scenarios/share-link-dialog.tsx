/** Asks before a share link's scenario is added and shown (issue 15): add it as a new scenario, or ignore it. */
import { useApp, useT } from '../app-context';
import { acceptSharedScenario } from './share-link-actions';

export function ShareLinkDialog() {
  const { store, scenarios, tabs } = useApp();
  const t = useT();
  const offer = store.shareLinkOffer.value;
  if (!offer) return null;
  return (
    <div class="import-backdrop">
      <div class="import-dialog" role="dialog" aria-labelledby="share-ask-title" data-testid="share-ask">
        <h2 id="share-ask-title">{t('shareAskTitle')}</h2>
        <p>{t('shareAskText', { name: offer.name, count: offer.facilities.length })}</p>
        <div class="share-ask-actions">
          <button
            type="button"
            data-testid="share-ask-add"
            onClick={() => void acceptSharedScenario(store, scenarios, tabs?.takeOver)}
          >
            {t('shareAskAdd')}
          </button>
          <button
            type="button"
            class="button-quiet"
            data-testid="share-ask-ignore"
            onClick={() => {
              store.shareLinkOffer.value = null;
            }}
          >
            {t('shareAskIgnore')}
          </button>
        </div>
      </div>
    </div>
  );
}
