import { useState } from 'preact/hooks';
import { useApp, useT } from './app-context';

export function SettingsDialog() {
  const { store, controller } = useApp();
  const t = useT();
  const basemap = store.basemap.value;
  const [draft, setDraft] = useState(basemap.styleUrl);
  if (!store.settingsOpen.value) return null;
  const status =
    basemap.status === 'online'
      ? t('basemapOnline')
      : basemap.status === 'loading'
        ? '…'
        : t('basemapOffline');
  return (
    <div class="settings" role="dialog" aria-labelledby="settings-title" data-testid="settings-dialog">
      <div class="settings-head">
        <h2 id="settings-title">{t('settingsTitle')}</h2>
        <button
          type="button"
          class="button-quiet"
          data-testid="settings-close"
          aria-label={t('close')}
          onClick={() => {
            store.settingsOpen.value = false;
          }}
        >
          ✕
        </button>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          controller.setBasemapUrl(draft);
        }}
      >
        <label for="basemap-url">{t('basemapLabel')}</label>
        <input
          id="basemap-url"
          type="url"
          data-testid="basemap-url"
          placeholder={t('basemapPlaceholder')}
          value={draft}
          onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
        />
        <p class="settings-hint">{t('basemapHint')}</p>
        <div class="settings-actions">
          <button
            type="submit"
            class="button-primary"
            data-testid="basemap-apply"
            disabled={draft.trim() === ''}
          >
            {t('basemapApply')}
          </button>
          <button
            type="button"
            class="button-quiet"
            data-testid="basemap-reset"
            onClick={() => {
              setDraft('');
              controller.setBasemapUrl('');
            }}
          >
            {t('basemapReset')}
          </button>
        </div>
        <p class="settings-status" data-testid="basemap-status" data-status={basemap.status}>
          {status}
        </p>
      </form>
    </div>
  );
}
