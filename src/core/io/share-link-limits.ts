/**
 * What a share link may carry beyond a valid scenario (issue 15): text fields of bounded length (a 1.4 KB link
 * decompressed into a 999,000-character name) and only the rule sets and datasets this build knows, so a link
 * cannot add a scenario the engine then refuses on every start.
 */
import { DEFAULT_DATASET_ID, LEGACY_DEFAULT_DATASET_ID } from '../model/dataset';
import { fail, ok, type Result } from '../model/result';
import { findRuleSet } from '../rules/rule-sets';
import type { ScenarioContent } from '../scenarios/scenario-commands';

/** Longest scenario or facility name, id or type carried by a link, characters. */
export const SHARE_LINK_MAX_TEXT_CHARACTERS = 200;

/**
 * Dataset ids a link may name: the default dataset (also under the id its scenarios carried before, so scenarios
 * saved by earlier versions can still be shared), or an imported one (`import-<n>`, see session/replace-dataset).
 */
function isKnownDatasetId(id: string): boolean {
  return id === DEFAULT_DATASET_ID || id === LEGACY_DEFAULT_DATASET_ID || /^import-\d{1,12}$/.test(id);
}

function tooLong(field: string, text: string): Result<never> {
  const characters = Array.from(text).length;
  return fail(
    'share-link-text-too-long',
    `The ${field} has ${characters} characters; a link carries at most ${SHARE_LINK_MAX_TEXT_CHARACTERS}`,
    { field, characters },
  );
}

/**
 * `content` when every text field fits {@link SHARE_LINK_MAX_TEXT_CHARACTERS} and its rule set and dataset are
 * known; else `share-link-text-too-long` (naming the field), `share-link-unknown-rule-set` or
 * `share-link-unknown-dataset` (naming the id, cut to the same length).
 */
export function checkShareLinkContent(content: ScenarioContent): Result<ScenarioContent> {
  // Length in UTF-16 units first: cheap, and never below the character count.
  const long = (text: string) =>
    text.length > SHARE_LINK_MAX_TEXT_CHARACTERS && Array.from(text).length > SHARE_LINK_MAX_TEXT_CHARACTERS;
  if (long(content.name)) return tooLong('name', content.name);
  for (const facility of content.facilities) {
    for (const [field, text] of [
      ['facility id', facility.id],
      ['facility name', facility.name],
      ['facility type', facility.type],
    ] as const) {
      if (typeof text === 'string' && long(text)) return tooLong(field, text);
    }
  }
  const shown = (id: string) => Array.from(id).slice(0, SHARE_LINK_MAX_TEXT_CHARACTERS).join('');
  if (findRuleSet(content.ruleSetId) === undefined) {
    return fail('share-link-unknown-rule-set', `Unknown rule set "${shown(content.ruleSetId)}"`, {
      id: shown(content.ruleSetId),
    });
  }
  if (!isKnownDatasetId(content.datasetId)) {
    return fail('share-link-unknown-dataset', `Unknown dataset "${shown(content.datasetId)}"`, {
      id: shown(content.datasetId),
    });
  }
  return ok(content);
}
