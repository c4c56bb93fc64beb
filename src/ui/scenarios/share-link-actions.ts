/**
 * The share link (issue 6): the URL that carries a scenario in its fragment, and opening such a URL at start, which
 * asks whether to add the scenario (issue 15: a link never changes the work unasked), adds it as a new one (never
 * overwriting work) when the user says so, and drops the fragment so a reload does not ask again.
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
 * Reads the scenario of a share-link fragment and offers it (`store.shareLinkOffer`, the dialog asks "add or
 * ignore"): a link never adds nor shows a scenario without the user's word. Records a refused link for the notice;
 * removes the fragment from the address bar either way, so a reload does not ask again. Call once the dataset is
 * loaded.
 */
export function openShareFragment(store: AppStore, hash: string): void {
  if (!isShareFragment(hash)) return;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const content = decodeShareFragment(hash);
  if (!content.ok) {
    store.shareLinkOutcome.value = { error: content.error };
    return;
  }
  store.shareLinkOffer.value = content.value;
}

/**
 * The user chose "add": the offered scenario becomes a new, active scenario (never overwriting one), and the notice
 * names it. In a read-only tab (another tab writes the saved work) `takeOver` first makes this tab the writer, so
 * the scenario is saved rather than refused. Returns whether it was added.
 */
export async function acceptSharedScenario(
  store: AppStore,
  scenarios: ScenarioController,
  takeOver?: () => Promise<boolean>,
): Promise<boolean> {
  const content = store.shareLinkOffer.peek();
  if (!content) return false;
  store.shareLinkOffer.value = null;
  if (store.tabRole.peek() === 'reader' && takeOver) await takeOver();
  if (store.tabRole.peek() === 'reader') {
    store.shareLinkOutcome.value = { error: { code: 'tab-read-only', message: 'this tab is read-only' } };
    return false;
  }
  await scenarios.addScenario(content);
  store.shareLinkOutcome.value = { added: store.activeScenario.peek().name };
  return true;
}
