/**
 * Lagrangian relaxation of maximal covering (Galvão & ReVelle 1996), a second start for the swap pass and an upper
 * bound on the optimum. Relaxing y_i ≤ Σ_{j reaches i} x_j with multipliers λ_i ≥ 0 leaves
 *
 *   L(λ) = Σ_i max(0, w_i − λ_i) + (sum of the k largest Σ_{i ∈ N_j} λ_i over candidates j),
 *
 * an upper bound on the optimum for every λ; subgradient steps lower it. The k candidates of each step are a
 * feasible answer, evaluated exactly; the best one is kept. On instances where greedy and swap stop a few per cent
 * short (a 1 km grid at 1,500 m: sites tile the city, and one swap cannot shift a row of them), the multipliers find
 * the tiling.
 */
import type { CandidateCatchments } from './candidate-catchments';
import type { StopPoll } from './stop-poll';

/** Outcome of {@link runLagrangianSearch}. */
export interface LagrangianOutcome {
  /** Best set found (candidate indices). */
  sites: number[];
  /** The last few sets that improved on the best so far, best last: starts for the swap pass. */
  starts: number[][];
  /** Weight it covers. */
  covered: number;
  /** Least upper bound on the optimum seen. */
  upperBound: number;
}

/** Starts kept for the swap pass. */
const MAX_STARTS = 4;

/** Indices of the `k` largest `scores` (ties to the lower index), by a size-k min-heap. */
function topK(scores: Float64Array, k: number, out: Int32Array): number {
  let size = 0;
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) return;
      if (
        child + 1 < size &&
        (scores[out[child + 1] as number] as number) < (scores[out[child] as number] as number)
      )
        child++;
      if ((scores[out[child] as number] as number) >= (scores[out[at] as number] as number)) return;
      const swap = out[at] as number;
      out[at] = out[child] as number;
      out[child] = swap;
      at = child;
    }
  };
  for (let j = 0; j < scores.length; j++) {
    const score = scores[j] as number;
    if (size < k) {
      out[size++] = j;
      if (size === k) for (let s = (k >> 1) - 1; s >= 0; s--) siftDown(s);
    } else if (score > (scores[out[0] as number] as number)) {
      out[0] = j;
      siftDown(0);
    }
  }
  return size;
}

/**
 * Subgradient optimisation of L(λ) for `count` sites, at most `iterations` steps; `lowerBound` is the weight of a
 * known answer (it sets the step sizes and stops the search once the bound is within a relative 1e-4 of it).
 * Returns null when `poll` asked to stop.
 */
export function runLagrangianSearch(
  catchments: CandidateCatchments,
  candidateCount: number,
  weight: Float64Array,
  count: number,
  iterations: number,
  lowerBound: number,
  poll: StopPoll,
): LagrangianOutcome | null {
  const { runStart, runs } = catchments;
  const cells = weight.length;
  const lambda = weight.slice();
  const scores = new Float64Array(candidateCount);
  const prefix = new Float64Array(cells + 1);
  const chosen = new Int32Array(count);
  const coverCount = new Int32Array(cells);
  let best: LagrangianOutcome = { sites: [], starts: [], covered: -1, upperBound: Number.POSITIVE_INFINITY };
  let theta = 2;
  let sinceImprovement = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    // Σ λ over a run is a difference of prefix sums: one pass over the cells, then two reads per run.
    for (let cell = 0; cell < cells; cell++)
      prefix[cell + 1] = (prefix[cell] as number) + (lambda[cell] as number);
    for (let j = 0; j < candidateCount; j++) {
      let score = 0;
      for (let k = runStart[j] as number; k < (runStart[j + 1] as number); k++) {
        score += (prefix[runs[2 * k + 1] as number] as number) - (prefix[runs[2 * k] as number] as number);
      }
      scores[j] = score;
    }
    if (poll.tick(candidateCount)) return null;
    const picked = topK(scores, count, chosen);
    let bound = 0;
    for (let cell = 0; cell < cells; cell++)
      bound += Math.max(0, (weight[cell] as number) - (lambda[cell] as number));
    coverCount.fill(0);
    for (let s = 0; s < picked; s++) {
      const j = chosen[s] as number;
      bound += scores[j] as number;
      for (let k = runStart[j] as number; k < (runStart[j + 1] as number); k++) {
        const to = runs[2 * k + 1] as number;
        for (let cell = runs[2 * k] as number; cell < to; cell++)
          coverCount[cell] = (coverCount[cell] as number) + 1;
      }
    }
    let covered = 0;
    let norm = 0;
    for (let cell = 0; cell < cells; cell++) {
      const w = weight[cell] as number;
      if ((coverCount[cell] as number) > 0) covered += w;
      const g = (coverCount[cell] as number) - (w > (lambda[cell] as number) ? 1 : 0);
      norm += g * g;
    }
    if (covered > best.covered) {
      const sites = Array.from(chosen.subarray(0, picked));
      best = { ...best, sites, covered, starts: [...best.starts.slice(1 - MAX_STARTS), sites] };
    }
    if (bound < best.upperBound) {
      best.upperBound = bound;
      sinceImprovement = 0;
    } else if (++sinceImprovement >= 10) {
      theta /= 2;
      sinceImprovement = 0;
    }
    const reference = Math.max(lowerBound, best.covered);
    if (norm === 0 || best.upperBound - reference <= 1e-4 * best.upperBound || theta < 1e-4) break;
    const step = (theta * (best.upperBound - reference)) / norm;
    for (let cell = 0; cell < cells; cell++) {
      const w = weight[cell] as number;
      const g = (coverCount[cell] as number) - (w > (lambda[cell] as number) ? 1 : 0);
      if (g !== 0) lambda[cell] = Math.max(0, (lambda[cell] as number) - step * g);
    }
  }
  return best;
}
