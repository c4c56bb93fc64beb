/**
 * What became of the saved work that the user must see (issue 15 "Data loss"): items restore set aside (with a
 * download of exactly what was stored), and a record of a newer version kept untouched.
 */
import { useApp, useT } from './app-context';
import { downloadBlob, exportFileName } from './download';

/** The set-aside items as a JSON file the user can repair and import again. */
function downloadQuarantine(items: unknown[]): void {
  const text = JSON.stringify({ format: 'lifecircle-set-aside', version: 1, items }, null, 2);
  downloadBlob(
    new Blob([text], { type: 'application/json' }),
    exportFileName('lifecircle-set-aside', new Date(), 'json'),
  );
}

export function StorageNotices() {
  const { store } = useApp();
  const t = useT();
  const quarantined = store.autosaveQuarantine.value;
  const foreignVersion = store.autosaveForeignVersion.value;
  if (!quarantined && foreignVersion === null) return null;
  return (
    <div class="storage-notices" role="status" data-testid="storage-notice">
      {quarantined && (
        <div class="notice">
          <span>{t('storageQuarantined', { count: quarantined.length })}</span>
          <button
            type="button"
            data-testid="quarantine-download"
            onClick={() => downloadQuarantine(quarantined)}
          >
            {t('storageQuarantineDownload')}
          </button>
          <button
            type="button"
            class="button-quiet"
            aria-label={t('close')}
            onClick={() => {
              store.autosaveQuarantine.value = null;
            }}
          >
            ✕
          </button>
        </div>
      )}
      {foreignVersion !== null && (
        <div class="notice" data-testid="foreign-version-notice">
          <span>{t('storageForeignVersion', { version: foreignVersion })}</span>
        </div>
      )}
    </div>
  );
}
