import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../core/io/share-link';
import type { ErrorCode } from '../../core/model/error-code';
import { emptyScenario } from '../../state/store';
import { isShareFragment, shareErrorMessage, shareUrlOf } from './share-link-actions';

describe('share link actions', () => {
  it('puts the scenario in the fragment of the page URL, replacing any fragment, keeping path and query', () => {
    const scenario = {
      ...emptyScenario('en'),
      facilities: [
        {
          id: 'f1',
          name: 'Station 1',
          type: 'community_service_station',
          status: 'proposed' as const,
          lon: 114.25,
          lat: 30.618,
          floorAreaSquareMeters: 600,
          radiusMeters: 300,
        },
      ],
    };
    const url = shareUrlOf(scenario, 'https://example.org/app/?lang=en#old');
    if (!url.ok) throw new Error(url.error.message);
    const parsed = new URL(url.value);
    expect(`${parsed.origin}${parsed.pathname}${parsed.search}`).toBe('https://example.org/app/?lang=en');
    const decoded = decodeShareFragment(parsed.hash);
    expect(decoded.ok && decoded.value.facilities).toEqual(scenario.facilities);
  });

  it('says when a scenario is too large for a link', () => {
    const facilities = Array.from({ length: 2000 }, (_, k) => ({
      id: `f${k}`,
      name: `Station ${k} ${Math.random()}`,
      type: 'community_service_station',
      status: 'proposed' as const,
      lon: 114 + Math.random(),
      lat: 30 + Math.random(),
      floorAreaSquareMeters: 600 + k,
      radiusMeters: 300,
    }));
    const url = shareUrlOf({ ...emptyScenario(), facilities }, 'https://example.org/');
    expect(url).toMatchObject({ ok: false, error: { code: 'share-link-too-large' } });
    expect(shareErrorMessage('share-link-too-large', 'en')).toMatch(/GeoJSON/);
    expect(shareErrorMessage('no-such-code' as ErrorCode, 'en')).toBe('no-such-code');
  });

  it('recognises only fragments with an s= part', () => {
    expect(isShareFragment('#s=AQ')).toBe(true);
    expect(isShareFragment('#x=1&s=AQ')).toBe(true);
    expect(isShareFragment('#section-2')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});
