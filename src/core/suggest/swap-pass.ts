/**
 * The Teitz–Bart swap pass (domain.md § Site suggestion): for each chosen site in turn, take it out and put in the
 * candidate that then gains the most, if that beats what the site itself gives back; repeat over all sites until a
 * round changes nothing.
 *
 * The best replacement comes from a lazy max-heap of gain bounds, as in the greedy. Adding a site only lowers gains,
 * so bounds stay valid; taking site s out raises the gains of the candidates whose catchments overlap s's, and only
 * those: they lie within extent(s) + max extent of s (an extent being the farthest cell a candidate's catchment
 * holds, measured on the actual catchments, so this holds for any distance model), and get their gain recomputed
 * and pushed. No cell → candidate index is needed, so the pass costs one gain per candidate, the extents, and per
 * site a few hundred recomputed gains.
 */
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { CandidateCatchments } from './candidate-catchments';
import type { CandidatesWithin } from './candidate-index';
import type { CandidateSet } from './candidates';
import { addSite, type CoverSearch, gainOf, isFree, removeSite } from './cover-search';
import { allCandidates } from './lazy-greedy';
import { createMaxHeap, type MaxHeap, popHeap, pushHeap } from './max-heap';
import type { StopPoll } from './stop-poll';

/** Outcome of {@link runSwapPass}. */
export interface SwapOutcome {
  /** Number of replacements made. */
  swaps: number;
  /** Rounds over all sites (the last one made no replacement unless the round cap was hit). */
  rounds: number;
}

/** Rounds cap; in practice a pass settles in 2–4 rounds. */
const MAX_ROUNDS = 50;

/** Per candidate, the straight-line distance to the farthest cell centroid of its catchment, metres. */
export function catchmentExtents(
  candidates: CandidateSet,
  catchments: CandidateCatchments,
  cellLon: Float64Array,
  cellLat: Float64Array,
): Float64Array {
  const { runStart, runs } = catchments;
  const extents = new Float64Array(candidates.count);
  for (let c = 0; c < candidates.count; c++) {
    const lon = candidates.lon[c] as number;
    const lat = candidates.lat[c] as number;
    const metersPerDegreeLon = METERS_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180);
    let farthest = 0;
    for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
      const to = runs[2 * k + 1] as number;
      for (let cell = runs[2 * k] as number; cell < to; cell++) {
        const dx = ((cellLon[cell] as number) - lon) * metersPerDegreeLon;
        const dy = ((cellLat[cell] as number) - lat) * METERS_PER_DEGREE_LATITUDE;
        const squared = dx * dx + dy * dy;
        if (squared > farthest) farthest = squared;
      }
    }
    extents[c] = Math.sqrt(farthest) * 1.000001 + 1;
  }
  return extents;
}

/** Gain bounds: `latest[c]` is c's newest key (older heap entries of c are skipped); fresh when computed at `version`. */
interface Bounds {
  heap: MaxHeap;
  latest: Float64Array;
  computedAt: Int32Array;
  version: number;
}

function refresh(search: CoverSearch, bounds: Bounds, c: number): number {
  const gain = gainOf(search, c);
  bounds.latest[c] = gain;
  bounds.computedAt[c] = bounds.version;
  pushHeap(bounds.heap, c, gain);
  return gain;
}

/** The free candidate of largest exact gain now (−1 when none), left in the heap. */
function bestFree(search: CoverSearch, bounds: Bounds): number {
  const { heap, latest, computedAt } = bounds;
  const setAside: number[] = [];
  let best = -1;
  while (heap.size > 0) {
    const c = heap.items[0] as number;
    const key = heap.keys[0] as number;
    if (key !== latest[c]) {
      popHeap(heap);
      continue;
    }
    if (!isFree(search, c)) {
      popHeap(heap);
      setAside.push(c);
      continue;
    }
    if (computedAt[c] === bounds.version) {
      best = c;
      break;
    }
    popHeap(heap);
    refresh(search, bounds, c);
  }
  for (const c of setAside) pushHeap(heap, c, latest[c] as number);
  return best;
}

/** Bounds from exact gains of every candidate (one pass over all catchments). */
function exactBounds(search: CoverSearch, poll: StopPoll): Bounds | null {
  const n = search.candidateCount;
  const gains = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    gains[c] = gainOf(search, c);
    if (poll.tick()) return null;
  }
  return {
    heap: createMaxHeap(allCandidates(n), gains),
    latest: gains,
    computedAt: new Int32Array(n),
    version: 0,
  };
}

/**
 * Bounds from the heap a greedy run left: its keys bound the gains of its candidates for the picks it made (gains
 * only fall as sites are added). Candidates it dropped (chosen, or blocked by the spacing) are refreshed when a site
 * near them is taken out. All start stale.
 */
function boundsFromHeap(heap: MaxHeap, n: number): Bounds {
  const latest = new Float64Array(n).fill(Number.NaN);
  for (let k = 0; k < heap.size; k++) latest[heap.items[k] as number] = heap.keys[k] as number;
  return { heap, latest, computedAt: new Int32Array(n).fill(-1), version: 0 };
}

/**
 * Improves `sites` (all chosen in `search`) in place by single replacements while the covered weight grows by more
 * than a relative 1e-9. `greedyHeap`, the heap of the greedy run that chose `sites` (taken over), saves a pass over
 * every catchment. Returns null when `poll` asked to stop (the search then holds a valid set of the same size).
 */
export function runSwapPass(
  search: CoverSearch,
  sites: number[],
  candidates: CandidateSet,
  within: CandidatesWithin,
  extents: Float64Array,
  poll: StopPoll,
  greedyHeap?: MaxHeap,
  minSpacingMeters = 0,
): SwapOutcome | null {
  const n = search.candidateCount;
  let totalWeight = 0;
  for (let cell = 0; cell < search.weight.length; cell++) totalWeight += search.weight[cell] as number;
  const tolerance = 1e-9 * totalWeight;
  let maxExtent = 0;
  for (let c = 0; c < n; c++) maxExtent = Math.max(maxExtent, extents[c] as number);
  const bounds = greedyHeap ? boundsFromHeap(greedyHeap, n) : exactBounds(search, poll);
  if (!bounds) return null;
  let swaps = 0;
  let rounds = 0;
  let changed = true;
  while (changed && rounds < MAX_ROUNDS) {
    changed = false;
    rounds++;
    for (let index = 0; index < sites.length; index++) {
      if (poll.now()) return null;
      const site = sites[index] as number;
      removeSite(search, site);
      bounds.version++;
      // Candidates whose gain may rise: catchments overlapping the site's, and those the site kept blocked.
      const reach = Math.max((extents[site] as number) + maxExtent, minSpacingMeters);
      within(candidates.lon[site] as number, candidates.lat[site] as number, reach, (c) =>
        refresh(search, bounds, c),
      );
      const loss = bounds.latest[site] as number;
      const best = bestFree(search, bounds);
      const replace = best >= 0 && best !== site && (bounds.latest[best] as number) > loss + tolerance;
      const chosen = replace ? best : site;
      if (replace) {
        sites[index] = best;
        swaps++;
        changed = true;
      }
      addSite(search, chosen);
      bounds.version++;
    }
  }
  return { swaps, rounds };
}
