/**
 * Greedy maximal covering with lazy evaluation (domain.md § Site suggestion; Minoux's accelerated greedy): a max-heap
 * holds an upper bound of every candidate's gain. Gains only shrink as sites are added (the covered weight is
 * submodular), so a popped candidate whose bound was computed after the last pick is the true best; otherwise its
 * gain is recomputed and it goes back in. Guarantees ≥ (1 − 1/e) of the optimum for k sites.
 */
import { addSite, type CoverSearch, gainOf, isFree } from './cover-search';
import { createMaxHeap, type MaxHeap, popHeap, pushHeap } from './max-heap';
import type { StopPoll } from './stop-poll';

/** Options of {@link runLazyGreedy}. */
export interface LazyGreedyOptions {
  /** Stop after this many picks. */
  maxSites: number;
  /**
   * Extra admissibility of a candidate; once false for a candidate it must stay false until the run ends (the heap
   * drops a candidate the first time it is inadmissible).
   */
  eligible?: (c: number) => boolean;
  /** Pick candidates that gain nothing (default false: the run ends when the best gain is 0). */
  allowZeroGain?: boolean;
  /** Asked before every pick: true ends the run. */
  done?: () => boolean;
  /** Told of every pick and its gain, in order. */
  onPick?: (c: number, gain: number) => void;
  /** Only these candidates (default all). */
  subset?: Int32Array;
  poll: StopPoll;
}

/** Why a greedy run ended: `done()` said so, `maxSites` picked, best gain 0, or no admissible candidate left. */
export type GreedyEnd = 'done' | 'max-sites' | 'no-gain' | 'no-candidates-left';

/** The picks of a run in order, why it ended, and the heap of gain bounds it left (valid bounds for its picks). */
export interface GreedyRun {
  picks: number[];
  end: GreedyEnd;
  heap: MaxHeap;
}

/** 0 … count − 1. */
export function allCandidates(count: number): Int32Array {
  const items = new Int32Array(count);
  for (let c = 0; c < count; c++) items[c] = c;
  return items;
}

/** Picks sites one by one into `search`; returns them in pick order, or null when `poll` asked to stop. */
export function runLazyGreedy(search: CoverSearch, options: LazyGreedyOptions): GreedyRun | null {
  const { poll } = options;
  const items = options.subset ?? allCandidates(search.candidateCount);
  const keys = new Float64Array(items.length);
  const runStart = search.catchments.runStart;
  for (let k = 0; k < items.length; k++) {
    const c = items[k] as number;
    keys[k] = gainOf(search, c);
    if (poll.tick(1 + (runStart[c + 1] as number) - (runStart[c] as number))) return null;
  }
  const heap = createMaxHeap(items, keys);
  // stamp[c] = number of picks when c's key was computed; −1 marks none.
  const stamp = new Int32Array(search.candidateCount);
  for (const c of items) stamp[c] = 0;
  const picks: number[] = [];
  for (;;) {
    if (options.done?.()) return { picks, end: 'done', heap };
    if (picks.length >= options.maxSites) return { picks, end: 'max-sites', heap };
    if (heap.size === 0) return { picks, end: 'no-candidates-left', heap };
    if (poll.tick()) return null;
    const c = heap.items[0] as number;
    const key = heap.keys[0] as number;
    popHeap(heap);
    if (!isFree(search, c) || (options.eligible && !options.eligible(c))) continue;
    if (stamp[c] === picks.length) {
      if (!(key > 0) && !options.allowZeroGain) return { picks, end: 'no-gain', heap };
      const gain = addSite(search, c);
      picks.push(c);
      options.onPick?.(c, gain);
      continue;
    }
    stamp[c] = picks.length;
    pushHeap(heap, c, gainOf(search, c));
  }
}
