/**
 * The search state of maximal covering (domain.md § Site suggestion): per cell a weight (population, or unmet
 * households) still to be gained and how many chosen sites reach it; per candidate whether it is chosen and how many
 * chosen sites lie closer than the minimum spacing. Typed arrays only; every loop walks catchment runs.
 */
import type { CandidateCatchments } from './candidate-catchments';
import type { NeighbourVisitor } from './candidate-index';

/** Mutable state of one search. Create with {@link createCoverSearch}. */
export interface CoverSearch {
  readonly candidateCount: number;
  readonly catchments: CandidateCatchments;
  /** Per cell, what covering it is worth (0 for cells already covered by existing facilities). */
  readonly weight: Float64Array;
  /** Per cell, `weight` while no chosen site reaches it, else 0. */
  readonly residual: Float64Array;
  /** Per cell, the number of chosen sites reaching it. */
  readonly coverCount: Int32Array;
  /** Per candidate, 1 when chosen. */
  readonly chosen: Uint8Array;
  /** Per candidate, the number of chosen sites closer than the minimum spacing (itself included). */
  readonly blocked: Int32Array;
  readonly spacing: NeighbourVisitor | null;
}

/** A fresh search: nothing chosen, `residual` = `weight` (which the search keeps and may change). */
export function createCoverSearch(
  weight: Float64Array,
  catchments: CandidateCatchments,
  candidateCount: number,
  spacing: NeighbourVisitor | null,
): CoverSearch {
  return {
    candidateCount,
    catchments,
    weight,
    residual: weight.slice(),
    coverCount: new Int32Array(weight.length),
    chosen: new Uint8Array(candidateCount),
    blocked: new Int32Array(candidateCount),
    spacing,
  };
}

/** Σ residual over the catchment of `c`: what adding `c` now would gain. */
export function gainOf(search: CoverSearch, c: number): number {
  const { runStart, runs } = search.catchments;
  const residual = search.residual;
  let gain = 0;
  for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
    const to = runs[2 * k + 1] as number;
    for (let cell = runs[2 * k] as number; cell < to; cell++) gain += residual[cell] as number;
  }
  return gain;
}

/** Whether `c` may be added: not chosen and not closer than the spacing to a chosen site. */
export function isFree(search: CoverSearch, c: number): boolean {
  return search.chosen[c] === 0 && search.blocked[c] === 0;
}

function block(search: CoverSearch, c: number, delta: 1 | -1): void {
  if (!search.spacing) return;
  const blocked = search.blocked;
  search.spacing(c, (neighbour) => {
    blocked[neighbour] = (blocked[neighbour] as number) + delta;
  });
}

/**
 * Chooses `c`; returns the weight it newly covers. When `cellCandidates`/`gains` are given (the swap pass), the gain
 * of every candidate reaching a newly covered cell drops by that cell's weight.
 */
export function addSite(
  search: CoverSearch,
  c: number,
  cellStart?: Int32Array,
  candidateOf?: Int32Array,
  gains?: Float64Array,
): number {
  const { runStart, runs } = search.catchments;
  const { residual, coverCount } = search;
  let gain = 0;
  for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
    const to = runs[2 * k + 1] as number;
    for (let cell = runs[2 * k] as number; cell < to; cell++) {
      coverCount[cell] = (coverCount[cell] as number) + 1;
      const value = residual[cell] as number;
      if (value === 0) continue;
      gain += value;
      residual[cell] = 0;
      if (gains && cellStart && candidateOf) {
        for (let j = cellStart[cell] as number; j < (cellStart[cell + 1] as number); j++) {
          const other = candidateOf[j] as number;
          gains[other] = (gains[other] as number) - value;
        }
      }
    }
  }
  search.chosen[c] = 1;
  block(search, c, 1);
  return gain;
}

/** Un-chooses `c`; returns the weight no other chosen site covers (the inverse of {@link addSite}). */
export function removeSite(
  search: CoverSearch,
  c: number,
  cellStart?: Int32Array,
  candidateOf?: Int32Array,
  gains?: Float64Array,
): number {
  const { runStart, runs } = search.catchments;
  const { residual, coverCount, weight } = search;
  let loss = 0;
  for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
    const to = runs[2 * k + 1] as number;
    for (let cell = runs[2 * k] as number; cell < to; cell++) {
      const count = (coverCount[cell] as number) - 1;
      coverCount[cell] = count;
      const value = weight[cell] as number;
      if (count !== 0 || value === 0) continue;
      loss += value;
      residual[cell] = value;
      if (gains && cellStart && candidateOf) {
        for (let j = cellStart[cell] as number; j < (cellStart[cell + 1] as number); j++) {
          const other = candidateOf[j] as number;
          gains[other] = (gains[other] as number) + value;
        }
      }
    }
  }
  search.chosen[c] = 0;
  block(search, c, -1);
  return loss;
}

/** Σ weight of the cells some chosen site reaches. */
export function coveredWeight(search: CoverSearch): number {
  let total = 0;
  const { weight, residual } = search;
  for (let cell = 0; cell < weight.length; cell++)
    total += (weight[cell] as number) - (residual[cell] as number);
  return total;
}
