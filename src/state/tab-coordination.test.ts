import { describe, expect, it } from 'vitest';
import type { Facility } from '../core/model/facility';
import { commitToActive } from './list-commit';
import { createStore } from './store';
import { type ChannelLike, createTabCoordination, type LockManagerLike } from './tab-coordination';

/** One lock name's queue, as the Web Locks API keeps it: the holder, then waiting requests in order. */
function fakeLocks(): LockManagerLike {
  let held = false;
  const waiting: (() => void)[] = [];
  const grant = (callback: (lock: unknown) => Promise<void> | undefined) => {
    held = true;
    void Promise.resolve(callback({})).finally(() => {
      held = false;
      waiting.shift()?.();
    });
  };
  return {
    async request(_name, options, callback) {
      if (!held) return grant(callback);
      if (options.ifAvailable) return callback(null);
      waiting.push(() => grant(callback));
    },
  };
}

/** Channels of one name: a message reaches every other tab's channel (not the sender's), asynchronously. */
function fakeChannels() {
  const listeners: { owner: number; listener: (event: { data: unknown }) => void }[] = [];
  return (owner: number): ChannelLike => ({
    postMessage: (data) => {
      for (const entry of listeners)
        if (entry.owner !== owner) queueMicrotask(() => entry.listener({ data }));
    },
    addEventListener: (_type, listener) => void listeners.push({ owner, listener }),
  });
}

const station: Facility = {
  id: 'f1',
  name: '站',
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.25,
  lat: 30.618,
  floorAreaSquareMeters: 600,
  radiusMeters: 300,
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tab(locks: LockManagerLike, channel: ChannelLike) {
  const store = createStore(undefined, ['en']);
  const log: string[] = [];
  const tabs = createTabCoordination(store, {
    locks,
    channel,
    flush: async () => void log.push(`flush:${tabs.canWrite()}`),
    reload: async () => void log.push('reload'),
  });
  return { store, tabs, log };
}

describe('tab coordination', () => {
  it('makes the first tab the writer and the second a reader that refuses edits (tab-read-only)', async () => {
    const locks = fakeLocks();
    const channels = fakeChannels();
    const a = tab(locks, channels(1));
    const b = tab(locks, channels(2));
    await a.tabs.start();
    await b.tabs.start();
    expect(a.store.tabRole.peek()).toBe('writer');
    expect(b.store.tabRole.peek()).toBe('reader');
    expect(commitToActive(b.store, { kind: 'addFacility', facility: station })).toBe(false);
    expect(b.store.editError.peek()?.code).toBe('tab-read-only');
    expect(b.store.activeScenario.peek().facilities).toEqual([]);
    expect(commitToActive(a.store, { kind: 'addFacility', facility: station })).toBe(true);
  });

  it('lets a reader follow each write of the writer', async () => {
    const channels = fakeChannels();
    const locks = fakeLocks();
    const a = tab(locks, channels(1));
    const b = tab(locks, channels(2));
    await a.tabs.start();
    await b.tabs.start();
    a.tabs.notifySaved();
    await settle();
    expect(b.log).toEqual(['reload']);
    expect(a.log).toEqual([]);
  });

  it('hands writing over on request: the writer stops edits, writes what is pending, then the other tab reads and writes', async () => {
    const channels = fakeChannels();
    const locks = fakeLocks();
    const a = tab(locks, channels(1));
    const b = tab(locks, channels(2));
    await a.tabs.start();
    await b.tabs.start();
    const tookOver = b.tabs.takeOver();
    await settle();
    expect(await tookOver).toBe(true);
    // The writer's last write still passes the gate; then it is a reader.
    expect(a.log).toEqual(['flush:true']);
    expect(a.store.tabRole.peek()).toBe('reader');
    expect(a.tabs.canWrite()).toBe(false);
    expect(b.log).toEqual(['reload']);
    expect(b.store.tabRole.peek()).toBe('writer');
    // And back: the old writer was queued again.
    a.tabs.takeOver();
    await settle();
    expect(a.store.tabRole.peek()).toBe('writer');
    expect(b.store.tabRole.peek()).toBe('reader');
  });

  it('writes alone without the Web Locks API', async () => {
    const alone = tab(undefined as unknown as LockManagerLike, fakeChannels()(1));
    await alone.tabs.start();
    expect(alone.store.tabRole.peek()).toBe('writer');
    expect(alone.tabs.canWrite()).toBe(true);
  });
});
