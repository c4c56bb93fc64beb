/**
 * Share link (issue 6): a scenario's facilities and settings — never the population grid — in the URL fragment, so
 * a link opens the same scenario on another machine with no server.
 *
 * Fragment: `s=<base64url of bytes>`, bytes = [version] ++ deflate-raw(UTF-8 compact JSON) ++ CRC-32 (big-endian)
 * of everything before it. The checksum is checked before anything is decompressed, so a truncated or altered link
 * is refused with `share-link-damaged`, and a link can never decode to a different scenario unnoticed short of a
 * deliberate forgery. Numbers travel in full (share-link-compact.ts): decode(encode(s)) equals s exactly.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { SHARE_LINK_ERROR_CODES } from '../model/error-code';
import { fail, ok, type Result, type ResultError } from '../model/result';
import type { Scenario } from '../model/scenario';
import type { ScenarioContent } from '../scenarios/scenario-commands';
import { validateScenarioContent } from '../scenarios/validate-scenario';
import { crc32, decodeBase64Url, encodeBase64Url } from './share-link-bytes';
import { fromCompactScenario, toCompactScenario } from './share-link-compact';
import { checkShareLinkContent } from './share-link-limits';

/**
 * Version byte of the layout written by {@link encodeShareFragment}: 1, or 2 for a scenario in walking-network mode
 * (share-link-compact.ts), so a build that cannot measure along the network refuses such a link
 * (`share-link-version`) instead of opening it as straight-line. Both are read.
 */
const SHARE_LINK_VERSION = 1;
const SHARE_LINK_NETWORK_VERSION = 2;

/**
 * Longest fragment written or read, characters (without `#`). Browsers take far longer URLs, but chat apps, mail
 * clients and QR codes cut or refuse them well before 10,000 characters; past this size the GeoJSON file is the way.
 */
export const SHARE_LINK_MAX_FRAGMENT_CHARACTERS = 8000;

/** Largest decompressed JSON accepted, bytes: far above any scenario that fits the fragment, below a zip bomb. */
const SHARE_LINK_MAX_JSON_BYTES = 1_000_000;

/** The fragment parameter that holds the scenario. */
const PARAMETER = 's=';
const CHECKSUM_BYTES = 4;

/**
 * Error codes of the codec (messages in both languages: core/messages):
 * - `share-link-missing`: the fragment has no `s=` part.
 * - `share-link-malformed`: the `s=` text is not canonical base64url.
 * - `share-link-damaged`: checksum mismatch: truncated, cut or altered.
 * - `share-link-version`: intact, but written by a newer layout.
 * - `share-link-unreadable`: intact checksum but not decompressible (a forged link).
 * - `share-link-invalid`: decompressed, but not a valid scenario (message names the field).
 * - `share-link-too-large`: longer than {@link SHARE_LINK_MAX_FRAGMENT_CHARACTERS}.
 * - `share-link-text-too-long`, `share-link-unknown-rule-set`, `share-link-unknown-dataset`: a valid scenario a
 *   link may not carry (share-link-limits.ts).
 */
export type ShareLinkErrorCode = (typeof SHARE_LINK_ERROR_CODES)[number];

function failWith(code: ShareLinkErrorCode, message: string): { ok: false; error: ResultError } {
  return fail(code, message);
}

/**
 * The URL fragment (without `#`) carrying `scenario`'s content: name, dataset id, rule set id, parameters and
 * facilities; the scenario id is left out (opening a link always adds a new scenario). Fails with
 * `share-link-invalid` when the scenario would not pass validation on the other side, and `share-link-too-large`
 * (message gives the length) when the fragment would exceed {@link SHARE_LINK_MAX_FRAGMENT_CHARACTERS}.
 */
export function encodeShareFragment(scenario: Scenario | ScenarioContent): Result<string> {
  const { name, datasetId, ruleSetId, parameters, facilities } = scenario;
  const content: ScenarioContent = { name, datasetId, ruleSetId, parameters, facilities };
  const valid = validateScenarioContent(content);
  if (!valid.ok) return failWith('share-link-invalid', valid.error.message);
  const carried = checkShareLinkContent(valid.value);
  if (!carried.ok) return carried;
  const compressed = deflateSync(strToU8(JSON.stringify(toCompactScenario(content))), { level: 9 });
  const bytes = new Uint8Array(1 + compressed.length + CHECKSUM_BYTES);
  bytes[0] = parameters.distance === 'network' ? SHARE_LINK_NETWORK_VERSION : SHARE_LINK_VERSION;
  bytes.set(compressed, 1);
  const checksum = crc32(bytes.subarray(0, bytes.length - CHECKSUM_BYTES));
  new DataView(bytes.buffer).setUint32(bytes.length - CHECKSUM_BYTES, checksum);
  const fragment = PARAMETER + encodeBase64Url(bytes);
  if (fragment.length > SHARE_LINK_MAX_FRAGMENT_CHARACTERS) {
    return failWith(
      'share-link-too-large',
      `${facilities.length} facilities need ${fragment.length} characters; a link holds at most ` +
        `${SHARE_LINK_MAX_FRAGMENT_CHARACTERS}`,
    );
  }
  return ok(fragment);
}

/** The `s=` value of a fragment (`#` optional, other `&`-separated parameters ignored), or undefined. */
function payloadOf(fragment: string): string | undefined {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return body
    .split('&')
    .find((part) => part.startsWith(PARAMETER))
    ?.slice(PARAMETER.length);
}

/**
 * The scenario content in a URL fragment such as `location.hash`. Never throws: any other input (random text, a
 * truncated or altered link, a forged one) gives a failed Result with a {@link ShareLinkErrorCode}. The content
 * is validated as a stored scenario is (scenarios/validate-scenario.ts); give it a new id on import
 * (`importScenarioCommand`).
 */
export function decodeShareFragment(fragment: string): Result<ScenarioContent> {
  const payload = payloadOf(fragment);
  if (payload === undefined) return failWith('share-link-missing', 'The fragment has no s= parameter');
  if (payload.length + PARAMETER.length > SHARE_LINK_MAX_FRAGMENT_CHARACTERS) {
    return failWith('share-link-too-large', `The fragment has ${payload.length} characters`);
  }
  const bytes = decodeBase64Url(payload);
  if (!bytes) return failWith('share-link-malformed', 'The s= value is not canonical base64url');
  if (bytes.length < 1 + CHECKSUM_BYTES + 1) return failWith('share-link-damaged', 'The link is too short');
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const stored = new DataView(bytes.buffer).getUint32(bytes.length - CHECKSUM_BYTES);
  if (crc32(body) !== stored) return failWith('share-link-damaged', 'Checksum mismatch');
  if (bytes[0] !== SHARE_LINK_VERSION && bytes[0] !== SHARE_LINK_NETWORK_VERSION) {
    return failWith(
      'share-link-version',
      `Layout version ${bytes[0]}; this build reads ${SHARE_LINK_VERSION}`,
    );
  }
  const json = inflateJson(body.subarray(1));
  if (!json.ok) return json;
  const content = validateScenarioContent(fromCompactScenario(json.value));
  if (!content.ok) return failWith('share-link-invalid', content.error.message);
  return checkShareLinkContent(content.value);
}

function inflateJson(compressed: Uint8Array): Result<unknown> {
  // One byte more than the limit: fflate truncates to the buffer, so a full buffer means "too much".
  const out = new Uint8Array(SHARE_LINK_MAX_JSON_BYTES + 1);
  let text: string;
  try {
    const inflated = inflateSync(compressed, { out });
    if (inflated.length > SHARE_LINK_MAX_JSON_BYTES) {
      return failWith('share-link-unreadable', 'The scenario expands beyond the size limit');
    }
    text = strFromU8(inflated);
  } catch (error) {
    return failWith('share-link-unreadable', `Not valid deflate data: ${String(error)}`);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return failWith('share-link-unreadable', 'The decompressed scenario is not JSON');
  }
}
