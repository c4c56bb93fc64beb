/**
 * The share link (issue 6): the URL that carries a scenario in its fragment, and opening such a URL at start, which
 * adds the scenario as a new one (never overwriting work) and then drops the fragment so a reload does not add it
 * again.
 */

import { decodeShareFragment, encodeShareFragment } from '../../core/io/share-link';
import { errorText } from '../../core/messages/error-text';
import type { ErrorCode } from '../../core/model/error-code';
import type { Locale } from '../../core/model/locale';
import type { Result } from '../../core/model/result';
import type { Scenario } from '../../core/model/scenario';
import type { ScenarioController } from '../../state/scenario-controller';
import type { AppStore } from '../../state/store';

/** The page's URL with `scenario` in the fragment, or the codec's error (e.g. `share-link-too-large`). */
export function shareUrlOf(scenario: Scenario, pageUrl: string): Result<string> {
  const fragment = encodeShareFragment(scenario);
  if (!fragment.ok) return fragment;
  const url = new URL(pageUrl);
  url.hash = fragment.value;
  return { ok: true, value: url.toString() };
}

/** The user-facing message of a share-link error in `locale` (core/messages, the one table per language). */
export function shareErrorMessage(code: ErrorCode, locale: Locale): string {
  return errorText({ code }, locale);
}

/** Whether a fragment is meant as a share link (holds `s=`), so other fragments are left alone. */
export function isShareFragment(hash: string): boolean {
  return /(^#?|&)s=/.test(hash);
}

/**
 * Adds the scenario of a share-link fragment as a new scenario and records the outcome for the notice; removes the
 * fragment from the address bar either way. Call once the dataset is loaded.
 */
export async function openShareFragment(
  store: AppStore,
  scenarios: ScenarioController,
  hash: string,
): Promise<void> {
  if (!isShareFragment(hash)) return;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const content = decodeShareFragment(hash);
  if (!content.ok) {
    store.shareLinkOutcome.value = { error: content.error };
    return;
  }
  await scenarios.addScenario(content.value);
  store.shareLinkOutcome.value = { added: store.activeScenario.peek().name };
}
