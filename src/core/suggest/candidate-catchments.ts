/**
 * The catchment of every candidate site, through the engine's {@link DistanceProvider} (straight line or walking
 * network alike: the search never measures a distance itself), stored as runs of consecutive cell indices in one
 * packed array.
 */
import { createCatchmentRanges, type DistanceProvider } from '../analysis/catchment';
import type { CandidateSet } from './candidates';
import type { StopPoll } from './stop-poll';

/**
 * Candidate c reaches the cells of runs `runStart[c] … runStart[c + 1] − 1`; run k is the cells
 * `[runs[2k], runs[2k + 1])`. Runs ascend and are disjoint within a candidate.
 */
export interface CandidateCatchments {
  runStart: Int32Array;
  runs: Int32Array;
}

/**
 * Collects the catchment of every candidate at `radiusMeters` (the radius new facilities get). Returns null when
 * `poll` asks to stop; `onProgress` receives the number of candidates done.
 */
export function collectCandidateCatchments(
  candidates: CandidateSet,
  provider: DistanceProvider,
  radiusMeters: number,
  poll: StopPoll,
  onProgress?: (done: number) => void,
): CandidateCatchments | null {
  const ranges = createCatchmentRanges();
  const runStart = new Int32Array(candidates.count + 1);
  let runs = new Int32Array(Math.max(1024, candidates.count * 16));
  let used = 0;
  for (let c = 0; c < candidates.count; c++) {
    if (poll.tick(8)) return null;
    if (onProgress && (c & 0x3fff) === 0) onProgress(c);
    const count = provider.collectRanges(
      candidates.lon[c] as number,
      candidates.lat[c] as number,
      radiusMeters,
      ranges,
    );
    if (used + 2 * count > runs.length) {
      const grown = new Int32Array(Math.max(used + 2 * count, runs.length * 2));
      grown.set(runs.subarray(0, used));
      runs = grown;
    }
    // A copy loop rather than `set(subarray(…))`: no view object per candidate (half a million on Wuhan).
    const bounds = ranges.bounds;
    for (let k = 0; k < 2 * count; k++) runs[used + k] = bounds[k] as number;
    used += 2 * count;
    runStart[c + 1] = used / 2;
  }
  return { runStart, runs: runs.slice(0, used) };
}
