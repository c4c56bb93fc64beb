/**
 * Two tabs of the app on one browser profile share one autosave record (issue 15 "Data loss"): without
 * coordination the last writer silently wins. One tab at a time owns writing, by a Web Lock held as long as it owns
 * it; every other tab is read-only (edits are refused with `tab-read-only`, a banner says so) and follows the
 * writer live: after each write the writer says "saved" on a BroadcastChannel and readers read the record again.
 * A reader may take over: the writer then refuses edits, writes what is pending, and releases the lock, which the
 * reader was already queued for; it reads the record (so nothing written by the other tab is lost) and becomes the
 * writer, and the old writer is now a reader queued in turn. When the writer tab closes, the lock passes the same way.
 * Without Web Locks (very old browsers) the tab writes alone, as before.
 */
import { effect } from '@preact/signals';
import type { AppStore } from './store';

/** The part of `navigator.locks` used here (the Web Locks API); tests pass a fake. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
}

/** The part of a BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** What the tabs say to each other on the channel. */
type TabMessage = { type: 'saved' } | { type: 'take-over' };

export interface TabCoordinationOptions {
  locks: LockManagerLike | undefined;
  channel: ChannelLike | undefined;
  /** Writes what is pending now (autosave.flush): called before the lock is handed to another tab. */
  flush(): Promise<void>;
  /** Reads the stored list again and shows it (autosave.reload, then the engine): after a change by another tab. */
  reload(): Promise<void>;
}

export interface TabCoordination {
  /** Finds this tab's role (writer when no other tab holds the lock); resolves once `store.tabRole` is set. */
  start(): Promise<void>;
  /** Whether this tab may write the record now (autosave's gate). */
  canWrite(): boolean;
  /** Called by autosave after each write: readers follow. */
  notifySaved(): void;
  /**
   * Asks the writer tab to hand writing over to this one. Resolves true once this tab writes, false when no answer
   * came within {@link TAKE_OVER_TIMEOUT_MILLISECONDS} (the tab stays read-only; nothing is lost either way).
   */
  takeOver(): Promise<boolean>;
}

/** The lock's name: one writer per origin, whatever the dataset (the record of each dataset is written by it). */
export const WRITER_LOCK_NAME = 'lifecircle-autosave-writer';

/** How long a take-over waits for the writer tab to hand over, ms (a frozen background tab may never answer). */
export const TAKE_OVER_TIMEOUT_MILLISECONDS = 10_000;

/** The channel's name. */
export const TAB_CHANNEL_NAME = 'lifecircle-tabs';

function isTabMessage(value: unknown): value is TabMessage {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'saved' || type === 'take-over';
}

export function createTabCoordination(store: AppStore, options: TabCoordinationOptions): TabCoordination {
  const { locks, channel } = options;
  let release: (() => void) | undefined;
  /** True while a writer that was asked to hand over writes its last pending change. */
  let handingOver = false;

  /** Holds the lock until `release` is called: the Web Locks API keeps a lock while the callback's promise runs. */
  const hold = () =>
    new Promise<void>((resolve) => {
      release = resolve;
    });

  /** Queues for the lock; when granted, reads what the other tab wrote and becomes the writer. */
  const queue = () => {
    void locks?.request(WRITER_LOCK_NAME, {}, async () => {
      await options.reload();
      store.tabRole.value = 'writer';
      await hold();
    });
  };

  const handOver = async () => {
    if (store.tabRole.peek() !== 'writer' || !release) return;
    // Edits stop first, so nothing is committed after the last write.
    store.tabRole.value = 'reader';
    handingOver = true;
    try {
      await options.flush();
    } finally {
      handingOver = false;
      release();
      release = undefined;
      queue();
    }
  };

  channel?.addEventListener('message', (event) => {
    if (!isTabMessage(event.data)) return;
    if (event.data.type === 'take-over') void handOver();
    else if (store.tabRole.peek() === 'reader') void options.reload();
  });

  return {
    async start() {
      if (!locks) {
        store.tabRole.value = 'writer';
        return;
      }
      const granted = await new Promise<boolean>((resolve) => {
        void locks.request(WRITER_LOCK_NAME, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock === null ? undefined : hold();
        });
      });
      store.tabRole.value = granted ? 'writer' : 'reader';
      if (!granted) queue();
    },
    canWrite: () => store.tabRole.peek() === 'writer' || handingOver,
    notifySaved() {
      channel?.postMessage({ type: 'saved' } satisfies TabMessage);
    },
    takeOver() {
      if (store.tabRole.peek() === 'writer') return Promise.resolve(true);
      channel?.postMessage({ type: 'take-over' } satisfies TabMessage);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          stop();
          resolve(false);
        }, TAKE_OVER_TIMEOUT_MILLISECONDS);
        const stop = effect(() => {
          if (store.tabRole.value !== 'writer') return;
          clearTimeout(timer);
          queueMicrotask(() => stop());
          resolve(true);
        });
      });
    },
  };
}
