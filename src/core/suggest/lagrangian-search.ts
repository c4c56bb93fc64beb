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
 * The cells that matter (weight > 0 and reached by some candidate) numbered 0 … m − 1 in cell order: cell i has
 * rank[i] relevant cells before it, so a run [a, b) holds the relevant cells rank[a] … rank[b] − 1. Other cells
 * never count: a weightless cell adds nothing, an unreachable one is never covered (its multiplier would rise to its
 * weight).
 */
function relevantCells(
  catchments: CandidateCatchments,
  candidateCount: number,
  weight: Float64Array,
): { rank: Int32Array; weight: Float64Array } {
  const { runStart, runs } = catchments;
  const reached = new Uint8Array(weight.length);
  for (let k = 0; k < (runStart[candidateCount] as number); k++) {
    reached.fill(1, runs[2 * k] as number, runs[2 * k + 1] as number);
  }
  const rank = new Int32Array(weight.length + 1);
  const kept: number[] = [];
  for (let cell = 0; cell < weight.length; cell++) {
    rank[cell] = kept.length;
    if (reached[cell] === 1 && (weight[cell] as number) > 0) kept.push(weight[cell] as number);
  }
  rank[weight.length] = kept.length;
  return { rank, weight: Float64Array.from(kept) };
}

/**
 * Subgradient optimisation of L(λ) for `count` sites, at most `iterations` steps; `lowerBound` is the weight of a
 * known answer (it sets the step sizes and stops the search once the bound is within a relative 1e-4 of it). A step
 * costs the relevant cells, the runs and the candidates, whatever the size of the grid. Returns null when `poll`
 * asked to stop.
 */
export function runLagrangianSearch(
  catchments: CandidateCatchments,
  candidateCount: number,
  cellWeight: Float64Array,
  count: number,
  iterations: number,
  lowerBound: number,
  poll: StopPoll,
): LagrangianOutcome | null {
  const { runStart, runs } = catchments;
  const { rank, weight } = relevantCells(catchments, candidateCount, cellWeight);
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
    let bound = 0;
    for (let q = 0; q < cells; q++) {
      const l = lambda[q] as number;
      prefix[q + 1] = (prefix[q] as number) + l;
      bound += Math.max(0, (weight[q] as number) - l);
    }
    for (let j = 0; j < candidateCount; j++) {
      let score = 0;
      for (let k = runStart[j] as number; k < (runStart[j + 1] as number); k++) {
        score +=
          (prefix[rank[runs[2 * k + 1] as number] as number] as number) -
          (prefix[rank[runs[2 * k] as number] as number] as number);
      }
      scores[j] = score;
    }
    if (poll.tick(candidateCount)) return null;
    const picked = topK(scores, count, chosen);
    coverCount.fill(0);
    for (let s = 0; s < picked; s++) {
      const j = chosen[s] as number;
      bound += scores[j] as number;
      for (let k = runStart[j] as number; k < (runStart[j + 1] as number); k++) {
        const to = rank[runs[2 * k + 1] as number] as number;
        for (let q = rank[runs[2 * k] as number] as number; q < to; q++)
          coverCount[q] = (coverCount[q] as number) + 1;
      }
    }
    let covered = 0;
    let norm = 0;
    for (let q = 0; q < cells; q++) {
      const w = weight[q] as number;
      if ((coverCount[q] as number) > 0) covered += w;
      const g = (coverCount[q] as number) - (w > (lambda[q] as number) ? 1 : 0);
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
    for (let q = 0; q < cells; q++) {
      const w = weight[q] as number;
      const g = (coverCount[q] as number) - (w > (lambda[q] as number) ? 1 : 0);
      if (g !== 0) lambda[q] = Math.max(0, (lambda[q] as number) - step * g);
    }
  }
  return best;
}
