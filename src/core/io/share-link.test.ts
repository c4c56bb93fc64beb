import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorText } from '../messages/error-text';
import { SHARE_LINK_ERROR_CODES } from '../model/error-code';
import type { Facility } from '../model/facility';
import { defaultScenarioParameters } from '../model/scenario';
import { FACILITY_PRESETS } from '../rules/facility-presets';
import type { ScenarioContent } from '../scenarios/scenario-commands';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LINK_MAX_FRAGMENT_CHARACTERS,
  type ShareLinkErrorCode,
} from './share-link';
import { crc32, decodeBase64Url, encodeBase64Url } from './share-link-bytes';

function station(index: number, lon: number, lat: number): Facility {
  const preset = FACILITY_PRESETS[index % FACILITY_PRESETS.length] as (typeof FACILITY_PRESETS)[number];
  return {
    id: `facility-${index + 1}`,
    name: `${preset.nameZh}${index + 1}`,
    type: preset.id,
    status: index % 3 === 0 ? 'proposed' : 'existing',
    lon,
    lat,
    floorAreaSquareMeters: 600 + (index % 7) * 50,
    radiusMeters: preset.radiusMeters,
  };
}

const sample: ScenarioContent = {
  name: '方案A：新增社区服务站',
  datasetId: 'wuhan-2020',
  ruleSetId: 'xiaoshan',
  parameters: {
    ...defaultScenarioParameters(),
    householdSize: 2.47,
    thresholdOverrides: { 'elderly-beds': 25 },
  },
  facilities: [
    station(0, 114.305123456789, 30.59276 + 1e-12),
    {
      ...station(1, -0, 0.1 + 0.2),
      capacity: { beds: 40, generalPractitioners: 2 },
      landAreaSquareMeters: 1e-7,
    },
    { ...station(2, 180, -85), type: 'my_custom_type', name: '' },
  ],
};

function encoded(content: ScenarioContent): string {
  const fragment = encodeShareFragment(content);
  if (!fragment.ok) throw new Error(fragment.error.message);
  return fragment.value;
}

function codeOf(fragment: string): string | null {
  const decoded = decodeShareFragment(fragment);
  return decoded.ok ? null : decoded.error.code;
}

/** A fragment with the given version byte and body and a correct checksum (a well-formed forgery). */
function forged(version: number, body: Uint8Array): string {
  const bytes = new Uint8Array(body.length + 5);
  bytes[0] = version;
  bytes.set(body, 1);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return `s=${encodeBase64Url(bytes)}`;
}

describe('base64url and CRC-32', () => {
  it('match RFC 4648 § 10 and the CRC-32 check value', () => {
    const ascii = (text: string) => strToU8(text);
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((t) => encodeBase64Url(ascii(t)))).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(decodeBase64Url('Zm9vYmE')).toEqual(ascii('fooba'));
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('refuses non-canonical text: unused bits set, 4k+1 length, padding, foreign characters', () => {
    expect(decodeBase64Url('Zg')).toEqual(ascii('f'));
    expect(decodeBase64Url('Zh')).toBeNull();
    expect(decodeBase64Url('Zm9vY')).toBeNull();
    expect(decodeBase64Url('Zg==')).toBeNull();
    expect(decodeBase64Url('Zm+v')).toBeNull();
    expect(decodeBase64Url('Zm9v社')).toBeNull();
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
});

function ascii(text: string): Uint8Array {
  return strToU8(text);
}

describe('share link, hand-made cases', () => {
  it('round-trips a scenario exactly: −0, 0.1 + 0.2, full-precision coordinates, custom types, empty names', () => {
    const fragment = encoded(sample);
    expect(fragment.startsWith('s=')).toBe(true);
    expect(fragment).toMatch(/^s=[A-Za-z0-9_-]+$/);
    const decoded = decodeShareFragment(`#${fragment}`);
    expect(decoded.ok && decoded.value).toEqual(sample);
    expect(decoded.ok && Object.is(decoded.value.facilities[1]?.lon, -0)).toBe(true);
  });

  it('leaves out the scenario id and reads the s= part among other fragment parameters', () => {
    const fragment = encoded({ ...sample, id: 'local-id' } as ScenarioContent);
    const decoded = decodeShareFragment(`#view=map&${fragment}&lang=en`);
    expect(decoded.ok && decoded.value).toEqual(sample);
    expect(decoded.ok && 'id' in decoded.value).toBe(false);
  });

  it('says "too large" past the limit, and fits about 300 facilities at 6 decimals', () => {
    const many = (count: number): ScenarioContent => ({
      ...sample,
      facilities: Array.from({ length: count }, (_, i) =>
        station(i, 114 + ((i * 7919) % 8000) / 10_000, 30.3 + ((i * 104_729) % 6000) / 10_000),
      ),
    });
    expect(encodeShareFragment(many(250)).ok).toBe(true);
    const tooMany = encodeShareFragment(many(600));
    expect(tooMany.ok ? null : tooMany.error.code).toBe('share-link-too-large');
    expect(codeOf(`s=${'A'.repeat(SHARE_LINK_MAX_FRAGMENT_CHARACTERS)}`)).toBe('share-link-too-large');
  });

  it('refuses to encode what the other side would reject', () => {
    const bad = { ...sample, facilities: [{ ...station(0, Number.NaN, 30), id: 'x' }] };
    const result = encodeShareFragment(bad);
    expect(result.ok ? null : result.error.code).toBe('share-link-invalid');
  });

  it.each<[string, string, ShareLinkErrorCode]>([
    ['no s= part', '#view=map', 'share-link-missing'],
    ['empty payload', 's=', 'share-link-damaged'],
    ['a pasted sentence', 's=看不懂', 'share-link-malformed'],
    ['a newer version', forged(3, new Uint8Array([1, 2, 3])), 'share-link-version'],
    ['intact checksum over garbage', forged(1, new Uint8Array([0xff, 0xff, 0xff])), 'share-link-unreadable'],
    ['intact checksum over non-JSON', forged(1, deflateSync(ascii('{oops'))), 'share-link-unreadable'],
    ['JSON that is not a scenario', forged(1, deflateSync(ascii('[1,2,3,[],[]]'))), 'share-link-invalid'],
  ])('rejects %s with %s', (_label, fragment, code) => {
    expect(codeOf(fragment)).toBe(code);
  });

  it('refuses, with a coded message, what a link may not carry: long texts, unknown rule sets and datasets', () => {
    // A forged link, as an attacker would write it: the compact form (name, dataset, rule set, parameters, facilities).
    const link = (name: string, datasetId: string, ruleSetId: string) =>
      forged(1, deflateSync(ascii(JSON.stringify([name, datasetId, ruleSetId, [80, 0, null, {}], []]))));
    expect(codeOf(link('A', 'wuhan-2020', 'xiaoshan'))).toBeNull();
    // 999,000 characters from a link of about 1.4 KB: deflate compresses a repeated letter ~1000:1.
    const long = decodeShareFragment(link('A'.repeat(999_000), 'wuhan-2020', 'xiaoshan'));
    expect(long.ok ? null : long.error).toMatchObject({
      code: 'share-link-text-too-long',
      details: { field: 'name', characters: 999_000 },
    });
    expect(codeOf(link('x'.repeat(200), 'wuhan-2020', 'xiaoshan'))).toBeNull();
    expect(codeOf(link('x'.repeat(201), 'wuhan-2020', 'xiaoshan'))).toBe('share-link-text-too-long');
    // 200 Chinese characters are 200 characters, whatever their bytes.
    expect(codeOf(link('方'.repeat(200), 'wuhan-2020', 'xiaoshan'))).toBeNull();
    expect(codeOf(link('A', 'wuhan-2020', 'no-such-rules'))).toBe('share-link-unknown-rule-set');
    expect(codeOf(link('A', 'wuhan-2020', '__proto__'))).toBe('share-link-unknown-rule-set');
    expect(codeOf(link('A', 'paris', 'xiaoshan'))).toBe('share-link-unknown-dataset');
    expect(codeOf(link('A', 'import-7', 'xiaoshan'))).toBeNull();
    // Scenarios saved before the default dataset's id became 'wuhan-2020' carry 'wuhan': they stay shareable.
    expect(codeOf(link('A', 'wuhan', 'xiaoshan'))).toBeNull();
    expect(encodeShareFragment({ ...sample, datasetId: 'wuhan' }).ok).toBe(true);
    expect(encodeShareFragment({ ...sample, ruleSetId: 'mine' }).ok).toBe(false);
  });

  it('refuses a forged link that expands past the JSON size limit', () => {
    const bomb = deflateSync(new Uint8Array(2_000_000).fill(32), { level: 9 });
    expect(codeOf(forged(1, bomb))).toBe('share-link-unreadable');
  });

  it('has a message in both languages for every code', () => {
    for (const code of SHARE_LINK_ERROR_CODES) {
      expect(errorText({ code }, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(errorText({ code }, 'en').length).toBeGreaterThan(10);
    }
    expect(errorText({ code: 'share-link-too-large' }, 'en')).toContain('GeoJSON');
    expect(errorText({ code: 'share-link-too-large' }, 'zh-CN')).toContain('GeoJSON');
  });
});

/** Any UTF-16 code unit, lone surrogates included: names and ids must survive whatever a user typed or pasted. */
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
});
const amount = fc.double({ min: 0, max: 10_000_000, noNaN: true });

const facilityArbitrary = fc
  .record(
    {
      id: anyText.filter((id) => id !== ''),
      name: anyText,
      type: fc.oneof(
        fc.constantFrom(...FACILITY_PRESETS.map((preset) => preset.id)),
        anyText.filter((t) => t !== ''),
      ),
      status: fc.constantFrom<Facility['status']>('existing', 'proposed'),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      floorAreaSquareMeters: amount,
      radiusMeters: fc.double({ min: Number.MIN_VALUE, max: 10_000, noNaN: true }),
      capacity: fc.record(
        { beds: amount, places: amount, doctors: amount, generalPractitioners: amount },
        { requiredKeys: [] },
      ),
      landAreaSquareMeters: amount,
    },
    { requiredKeys: ['id', 'name', 'type', 'status', 'lon', 'lat', 'floorAreaSquareMeters', 'radiusMeters'] },
  )
  .map((facility) => facility as Facility);

const contentArbitrary: fc.Arbitrary<ScenarioContent> = fc.record({
  name: anyText,
  datasetId: fc.constantFrom('wuhan-2020', 'import-3'),
  ruleSetId: fc.constantFrom('national-2021-2025', 'xiaoshan', 'gb50180-2018'),
  parameters: fc.record(
    {
      walkingSpeedMetersPerMinute: fc.double({ min: Number.MIN_VALUE, max: 1000, noNaN: true }),
      coverageMethod: fc.constantFrom<'centroid' | 'area-weighted'>('centroid', 'area-weighted'),
      thresholdOverrides: fc.dictionary(anyText, fc.double({ noNaN: true, noDefaultInfinity: true })),
      householdSize: fc.double({ min: Number.MIN_VALUE, max: 10, noNaN: true }),
    },
    { requiredKeys: ['walkingSpeedMetersPerMinute', 'coverageMethod', 'thresholdOverrides'] },
  ),
  facilities: fc.uniqueArray(facilityArbitrary, { maxLength: 12, selector: (facility) => facility.id }),
});

describe('share link properties', () => {
  it('decode(encode(s)) = s, every number bit for bit', () => {
    fc.assert(
      fc.property(contentArbitrary, (content) => {
        const decoded = decodeShareFragment(encoded(content));
        expect(decoded.ok && decoded.value).toEqual(content);
      }),
      { numRuns: 200 },
    );
  });

  it('random text is rejected, never thrown on', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (text) => {
        expect(decodeShareFragment(text).ok).toBe(false);
        expect(decodeShareFragment(`s=${text}`).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation of a link is rejected', () => {
    fc.assert(
      fc.property(contentArbitrary, fc.nat(), (content, cut) => {
        const fragment = encoded(content);
        const truncated = fragment.slice(0, 2 + (cut % (fragment.length - 2)));
        expect(decodeShareFragment(truncated).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('a flipped bit or a changed character is rejected', () => {
    fc.assert(
      fc.property(contentArbitrary, fc.nat(), fc.nat({ max: 63 }), (content, position, replacement) => {
        const fragment = encoded(content);
        const bytes = decodeBase64Url(fragment.slice(2)) as Uint8Array;
        const bit = position % (bytes.length * 8);
        bytes[bit >> 3] = (bytes[bit >> 3] as number) ^ (1 << (bit & 7));
        expect(codeOf(`s=${encodeBase64Url(bytes)}`)).toBe('share-link-damaged');
        const at = 2 + (position % (fragment.length - 2));
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        let character = alphabet[replacement] as string;
        if (character === fragment[at]) character = alphabet[(replacement + 1) % 64] as string;
        const changed = fragment.slice(0, at) + character + fragment.slice(at + 1);
        expect(decodeShareFragment(changed).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
