import { useApp, useT } from './app-context';
import { ExportMenu } from './export-menu';
import { ImportButton } from './import/import-button';
import { LanguageSwitch } from './language-switch';
import { LayerSwitch } from './layer-switch';

export function Header() {
  const { store } = useApp();
  const t = useT();
  return (
    <header class="app-header">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          圈
        </span>
        <div>
          <h1>
            生活圈 <span class="brand-latin">Lifecircle</span>
          </h1>
          <p class="brand-subtitle">
            {t('appSubtitle')} ·{' '}
            {store.summary.value?.id.startsWith('import-') ? store.summary.value.name : t('datasetWuhan')}
          </p>
        </div>
      </div>
      <LayerSwitch />
      <div class="header-actions">
        <ImportButton />
        <ExportMenu />
        <button
          type="button"
          class="button-quiet"
          data-testid="settings-button"
          aria-expanded={store.settingsOpen.value}
          onClick={() => {
            store.settingsOpen.value = !store.settingsOpen.value;
          }}
        >
          ⚙ {t('settings')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
