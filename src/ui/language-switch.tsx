import { LOCALES } from '../core/model/locale';
import { useApp, useT } from './app-context';

const labels = { 'zh-CN': '中文', en: 'EN' } as const;

export function LanguageSwitch() {
  const { store, controller } = useApp();
  const t = useT();
  return (
    <fieldset class="segmented segmented-small" aria-label={t('languageLabel')} data-testid="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          data-testid={`language-${locale}`}
          aria-pressed={store.locale.value === locale}
          onClick={() => controller.setLocale(locale)}
        >
          {labels[locale]}
        </button>
      ))}
    </fieldset>
  );
}
