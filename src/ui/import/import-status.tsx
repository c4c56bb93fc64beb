import { safeFileName } from '../../core/io/import/messages';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import { networkName } from '../network-name';
import { importFailureText } from './import-messages';

/** Progress of an import with its Cancel button, then what it did or why it failed (issue #5). */
export function ImportStatus() {
  const { importer, store } = useApp();
  const t = useT();
  if (!importer) return null;
  const state = importer.state.value;
  const report = importer.report.value;
  const locale = store.locale.value;
  const files = (names: string[]) => names.map(safeFileName).join(', ');
  if (state.phase === 'inspecting' || state.phase === 'importing' || state.phase === 'applying') {
    const fraction =
      state.phase === 'importing'
        ? state.fraction
        : state.phase === 'applying'
          ? state.snapping?.fraction
          : undefined;
    const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
    const label =
      state.phase === 'inspecting'
        ? t('importInspecting', { files: files(state.fileNames) })
        : state.phase === 'importing'
          ? t('importProgress', { files: files(state.fileNames), percent: percent ?? 0 })
          : state.snapping
            ? t('importApplyingNetwork', { percent: percent ?? 0 })
            : t('importApplying');
    return (
      <div class="import-status" role="status" data-testid="import-status" data-phase={state.phase}>
        <p>{label}</p>
        <div
          class="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? 0}
          data-testid="import-progress"
        >
          <div
            class="progress-bar"
            style={{ width: `${percent ?? (state.phase === 'applying' ? 100 : 5)}%` }}
          />
        </div>
        {state.phase !== 'applying' ? (
          <button
            type="button"
            class="button-quiet"
            data-testid="import-cancel"
            onClick={() => importer.cancel()}
          >
            {t('importCancel')}
          </button>
        ) : null}
      </div>
    );
  }
  if (!report) return null;
  const dismiss = (
    <button
      type="button"
      class="button-quiet"
      aria-label={t('importDismiss')}
      data-testid="import-message-dismiss"
      onClick={() => importer.dismissReport()}
    >
      ✕
    </button>
  );
  if (report.kind === 'error') {
    return (
      <div class="import-status import-error" role="alert" data-testid="import-error">
        <div>
          <strong>{t('importFailedTitle')}</strong>
          <p data-testid="import-error-message">{importFailureText(report.failure, locale)}</p>
        </div>
        {dismiss}
      </div>
    );
  }
  return (
    <div class="import-status import-done" role="status" data-testid="import-done">
      <div>
        <p>{t('importDone', { files: files(report.fileNames) })}</p>
        {report.districtCount !== undefined ? (
          <p>
            {t('importDoneDataset', {
              districts: report.districtCount,
              layers: (report.layers ?? []).join(', '),
            })}
          </p>
        ) : null}
        {report.levels && report.levels.length > 0 ? (
          <p data-testid="import-done-levels">{t('importDoneLevels', { names: report.levels.join(', ') })}</p>
        ) : null}
        {report.network?.status === 'ready' ? (
          <p data-testid="import-done-network">
            {t('importDoneNetwork', {
              name: networkName(report.network, t),
              nodes: formatInteger(report.network.nodes, locale),
              edges: formatInteger(report.network.edges, locale),
              share: formatDecimal(report.network.populationOnNetworkPercent, locale, 1),
            })}
          </p>
        ) : null}
        {report.scenarios.length > 0 ? (
          <p>{t('importDoneScenarios', { names: report.scenarios.join(', ') })}</p>
        ) : null}
        {report.warnings.length > 0 ? (
          <ul class="import-warnings" data-testid="import-warnings">
            {report.warnings.map((warning) => (
              <li key={`${warning.fileName}:${warning.issue.code}:${warning.issue.message}`}>
                {t('importWarning')}:{' '}
                {importFailureText({ fileName: warning.fileName, error: warning.issue }, locale)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {dismiss}
    </div>
  );
}
