/** The banner of a read-only tab (another tab owns writing the saved work) with its one action: take over. */
import { useApp, useT } from './app-context';

export function TabBanner() {
  const { store, tabs } = useApp();
  const t = useT();
  if (store.tabRole.value !== 'reader') return null;
  return (
    <div class="tab-banner" role="status" data-testid="tab-banner">
      <span>{t('tabReadOnly')}</span>
      {tabs && (
        <button type="button" data-testid="tab-take-over" onClick={() => void tabs.takeOver()}>
          {t('tabTakeOver')}
        </button>
      )}
    </div>
  );
}
