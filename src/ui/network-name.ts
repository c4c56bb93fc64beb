/** The name of the walking network in use (issue 13): an imported file's name, or the default network's. */
import { safeFileName } from '../core/io/import/messages';
import type { NetworkStatus } from '../core/session/walking-network';
import type { MessageKey } from './i18n/i18n';

export function networkName(status: NetworkStatus, t: (key: MessageKey) => string): string {
  return status.status === 'ready' && status.fileName !== undefined
    ? safeFileName(status.fileName)
    : t('networkDefaultName');
}
