/**
 * A street network file in the import dialog (issue 13): its nodes, segments and extent, the largest connected
 * part (with the `network-fragmented` warning under 90%), the walkable filter that was applied, and what confirming
 * replaces.
 */
import type { FileInspection } from '../../core/io/import/import-types';
import { errorText } from '../../core/messages/error-text';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import type { MessageKey } from '../i18n/i18n';
import { networkName } from '../network-name';

const FILTER_KEYS: Partial<Record<FileInspection['format'], MessageKey>> = {
  'osm-pbf': 'networkImportFilterPbf',
  lcnet: 'networkImportFilterPrepared',
};

export function NetworkFacts(props: { inspection: FileInspection }) {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const summary = props.inspection.network;
  const degrees = (value: number) => formatDecimal(value, locale, 4);
  return (
    <div class="import-network" data-testid="import-network">
      {summary ? (
        <>
          <p data-testid="import-network-facts">
            {t('networkImportFacts', {
              nodes: formatInteger(summary.nodes, locale),
              edges: formatInteger(summary.edges, locale),
              west: degrees(summary.extent[0]),
              east: degrees(summary.extent[2]),
              south: degrees(summary.extent[1]),
              north: degrees(summary.extent[3]),
            })}
          </p>
          <p data-testid="import-network-component">
            {t('networkImportComponent', {
              percent: formatDecimal(summary.largestComponentPercent, locale, 1),
            })}
          </p>
          {summary.warnings.length > 0 ? (
            <ul class="import-warnings" data-testid="import-network-warnings">
              {summary.warnings.map((warning) => (
                <li key={warning.code}>{errorText(warning, locale)}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p class="import-hint">{t('networkImportCountedLater')}</p>
      )}
      <p class="import-hint">{t(FILTER_KEYS[props.inspection.format] ?? 'networkImportFilterLines')}</p>
      <p class="import-hint" data-testid="import-network-replaces">
        {t('networkImportReplaces', { current: networkName(store.network.value, t) })}
      </p>
    </div>
  );
}
