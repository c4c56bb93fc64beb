/**
 * Offline use (issue 15): registers the service worker once the app is ready (so its precaching never competes with
 * the first load), and shows a quiet line when a new version has been downloaded. The new version takes over only
 * when the planner chooses to reload: a meeting is never interrupted by an update.
 */

import { registerSW } from 'virtual:pwa-register';
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from './app-context';

let registered = false;

export function UpdatePrompt() {
  const { store } = useApp();
  const t = useT();
  const [reload, setReload] = useState<(() => void) | null>(null);
  const ready = store.ready.value;
  useEffect(() => {
    if (!ready || registered) return;
    registered = true;
    const updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () => setReload(() => () => void updateServiceWorker(true)),
      // No service worker (a private window, an http:// intranet address, a blocked registration): the app works
      // online as before, so this is not worth a message.
      onRegisterError: () => {},
    });
  }, [ready]);
  if (!reload) return null;
  return (
    <div class="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('updateAvailable')}</span>
      <button type="button" class="button-quiet" data-testid="update-reload" onClick={reload}>
        {t('updateReload')}
      </button>
    </div>
  );
}
