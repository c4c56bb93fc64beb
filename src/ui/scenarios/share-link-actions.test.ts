import { describe, expect, it, vi } from 'vitest';
import { decodeShareFragment } from '../../core/io/share-link';
import type { ErrorCode } from '../../core/model/error-code';
import { createScenarioController } from '../../state/scenario-controller';
import { createStore, emptyScenario } from '../../state/store';
import {
  acceptSharedScenario,
  isShareFragment,
  openShareFragment,
  shareErrorMessage,
  shareUrlOf,
} from './share-link-actions';

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

describe('opening a share link asks first (issue 15)', () => {
  const noSync = { send: async () => {}, syncActive: async () => {} };
  const shared = { ...emptyScenario('en'), name: 'Shared plan' };

  function offered() {
    const store = createStore(undefined, ['en']);
    const fragment = shareUrlOf(shared, 'https://example.org/app/');
    const hash = fragment.ok ? new URL(fragment.value).hash : '';
    vi.stubGlobal('history', { replaceState: vi.fn() });
    vi.stubGlobal('location', { pathname: '/app/', search: '' });
    openShareFragment(store, hash);
    vi.unstubAllGlobals();
    return { store, scenarios: createScenarioController(store, noSync) };
  }

  it('offers the scenario without adding or showing it', () => {
    const { store } = offered();
    expect(store.shareLinkOffer.peek()?.name).toBe('Shared plan');
    expect(store.scenarios.peek().list.scenarios).toHaveLength(1);
    expect(store.activeScenario.peek().name).toBe('Scenario 1');
  });

  it('adds and shows it when the user says add', async () => {
    const { store, scenarios } = offered();
    expect(await acceptSharedScenario(store, scenarios)).toBe(true);
    expect(store.scenarios.peek().list.scenarios.map((s) => s.name)).toEqual(['Scenario 1', 'Shared plan']);
    expect(store.activeScenario.peek().name).toBe('Shared plan');
    expect(store.shareLinkOffer.peek()).toBeNull();
    expect(store.shareLinkOutcome.peek()).toEqual({ added: 'Shared plan' });
  });

  it('takes over writing first in a read-only tab, and refuses (saying so) when it cannot', async () => {
    const { store, scenarios } = offered();
    store.tabRole.value = 'reader';
    const refused = await acceptSharedScenario(store, scenarios, async () => false);
    expect(refused).toBe(false);
    expect(store.shareLinkOutcome.peek()).toMatchObject({ error: { code: 'tab-read-only' } });
    expect(store.scenarios.peek().list.scenarios).toHaveLength(1);

    const again = offered();
    again.store.tabRole.value = 'reader';
    const takeOver = async () => {
      again.store.tabRole.value = 'writer';
      return true;
    };
    expect(await acceptSharedScenario(again.store, again.scenarios, takeOver)).toBe(true);
    expect(again.store.activeScenario.peek().name).toBe('Shared plan');
  });
});
