/**
 * Cancellation for long searches (issue 14: "progress and Cancel"): the caller's `shouldStop()` is asked once every
 * `every` units of work, so a check costs nothing measurable in the hot loops and a Cancel is seen within
 * milliseconds.
 */

/** Counts work and asks `shouldStop` every `every` units; `stopped` stays true once it has answered true. */
export interface StopPoll {
  /** Records `units` of work; returns true when the run must stop. */
  tick(units?: number): boolean;
  /** Asks `shouldStop` now; returns true when the run must stop. */
  now(): boolean;
  readonly stopped: boolean;
}

/** A {@link StopPoll} over `shouldStop` (never stops when it is undefined). */
export function createStopPoll(shouldStop: (() => boolean) | undefined, every = 4096): StopPoll {
  let pending = 0;
  let stopped = false;
  const poll: StopPoll = {
    tick(units = 1) {
      if (stopped) return true;
      pending += units;
      if (pending < every) return false;
      pending = 0;
      return poll.now();
    },
    now() {
      if (!stopped && shouldStop?.()) stopped = true;
      return stopped;
    },
    get stopped() {
      return stopped;
    },
  };
  return poll;
}
