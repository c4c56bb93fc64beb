/**
 * The exact maximal-covering answer (issue 14, "Exact answer where it is affordable"): the same problem as the fast
 * search, as an integer programme,
 *
 *   max Σ_i w_i y_i   s.t.  y_i ≤ Σ_{j reaches i} x_j  (each cell i),   Σ_j x_j ≤ k,
 *                            x_a + x_b ≤ 1  (each pair closer than the minimum spacing),
 *                            x_j ∈ {0, 1},  0 ≤ y_i ≤ 1,
 *
 * where w_i is the population of cell i not yet covered by existing facilities. Cells with w_i = 0 and candidates
 * reaching none of the other cells are dropped before solving; y may stay continuous because at an optimum with
 * binary x each y_i is min(1, Σ x_j), which is 0 or 1. `Σ x ≤ k` rather than `= k`: with w ≥ 0 the optimum is the
 * same and a short candidate list stays feasible.
 *
 * Size limits (measured with HiGHS 1.15.3 in Node on one core, see README § Site suggestion): the integer programme
 * is attempted when it has at most {@link EXACT_MAX_COLUMNS} columns and {@link EXACT_MAX_NONZEROS} non-zeros, under
 * a time limit; when it does not finish, HiGHS's dual bound is the bound. Larger instances get the LP relaxation
 * (an upper bound) when it has at most {@link RELAXATION_MAX_NONZEROS} non-zeros and finishes in the time limit;
 * otherwise no bound is computed, and the report says so.
 */
import { type CoverageProgram, startingPoint } from './coverage-program';

/** Largest integer programme attempted: columns (x and y together). */
export const EXACT_MAX_COLUMNS = 60_000;
/** Largest integer programme attempted: constraint-matrix non-zeros. */
export const EXACT_MAX_NONZEROS = 600_000;
/** Largest LP relaxation attempted for a bound: non-zeros. */
export const RELAXATION_MAX_NONZEROS = 5_000_000;
/** Default time limit of each solve, seconds. */
export const DEFAULT_EXACT_TIME_LIMIT_SECONDS = 60;

/** What a solver returns; objective and bound in the weight's unit. */
export interface CoverageSolverAnswer {
  status: 'optimal' | 'time-limit' | 'failed';
  /** Best feasible objective found, or null. */
  objective: number | null;
  /** Proven upper bound on the optimum (the optimum itself when optimal), or null. */
  bound: number | null;
  /** Values of the x columns (candidates chosen when ≥ 0.5), when a solution exists. */
  x: Float64Array | null;
  /** Why it failed, when it did. */
  message?: string;
}

/** A solver of {@link CoverageProgram}s: HiGHS through highs-coverage-solver.ts, or a test double. */
export interface CoverageSolver {
  solve(
    program: CoverageProgram,
    options: {
      integer: boolean;
      timeLimitSeconds: number;
      /** A feasible point (every column) to start from: the fast answer. */
      start?: Float64Array;
      shouldStop?: () => boolean;
    },
  ): CoverageSolverAnswer;
}

/** The exact part of a suggestion's answer. Weights are the newly covered population. */
export type ExactReport =
  | {
      status: 'optimal';
      optimum: number;
      /** What the fast answer newly covers. */
      fast: number;
      /** (optimum − fast) / optimum, 0 when the optimum is 0. */
      gap: number;
      /** Candidate indices of an optimal set. */
      chosen: number[];
      milliseconds: number;
      columns: number;
      rows: number;
    }
  | {
      status: 'bound';
      /** Upper bound on the optimum. */
      bound: number;
      method: 'mip-dual-bound' | 'lp-relaxation';
      fast: number;
      /** (bound − fast) / bound: the fast answer is at most this far from the optimum. */
      gapAtMost: number;
      milliseconds: number;
      columns: number;
      rows: number;
    }
  | {
      status: 'no-bound';
      reason: 'too-large' | 'time-limit' | 'solver-failed';
      fast: number;
      milliseconds: number;
      columns: number;
      rows: number;
    };

/**
 * Solves `program` exactly when it is within the size limits (starting from `fastSites`), else bounds it by its LP
 * relaxation when that is, and compares with `fast` (what `fastSites` newly cover). Never throws: a solver failure
 * is a `no-bound` report.
 */
export function solveCoverageProgram(
  program: CoverageProgram,
  solver: CoverageSolver,
  fastSites: readonly number[],
  fast: number,
  timeLimitSeconds: number,
  now: () => number,
  shouldStop?: () => boolean,
): ExactReport {
  const columns = program.xCount + program.yCount;
  const rows = program.rowCount;
  const nonZeros = program.columnStart[columns] as number;
  const start = now();
  const elapsed = () => Math.round(now() - start);
  const size = { columns, rows };
  const options = { timeLimitSeconds, ...(shouldStop ? { shouldStop } : {}) };
  let timedOut = false;
  if (columns <= EXACT_MAX_COLUMNS && nonZeros <= EXACT_MAX_NONZEROS) {
    const start = startingPoint(program, fastSites);
    const answer = solver.solve(program, { integer: true, start, ...options });
    if (answer.status === 'optimal' && answer.objective !== null && answer.x) {
      const optimum = answer.objective;
      const chosen: number[] = [];
      answer.x.forEach((x, column) => {
        if (x >= 0.5) chosen.push(program.candidateOfColumn[column] as number);
      });
      const gap = optimum > 0 ? Math.max(0, (optimum - fast) / optimum) : 0;
      return { status: 'optimal', optimum, fast, gap, chosen, milliseconds: elapsed(), ...size };
    }
    if (answer.bound !== null && Number.isFinite(answer.bound)) {
      const bound = Math.max(answer.bound, fast);
      return {
        status: 'bound',
        bound,
        method: 'mip-dual-bound',
        fast,
        gapAtMost: bound > 0 ? (bound - fast) / bound : 0,
        milliseconds: elapsed(),
        ...size,
      };
    }
    timedOut = answer.status === 'time-limit';
  }
  if (nonZeros <= RELAXATION_MAX_NONZEROS) {
    const answer = solver.solve(program, { integer: false, ...options });
    if (answer.status === 'optimal' && answer.objective !== null) {
      const bound = Math.max(answer.objective, fast);
      return {
        status: 'bound',
        bound,
        method: 'lp-relaxation',
        fast,
        gapAtMost: bound > 0 ? (bound - fast) / bound : 0,
        milliseconds: elapsed(),
        ...size,
      };
    }
    return {
      status: 'no-bound',
      reason: answer.status === 'time-limit' || timedOut ? 'time-limit' : 'solver-failed',
      fast,
      milliseconds: elapsed(),
      ...size,
    };
  }
  return {
    status: 'no-bound',
    reason: timedOut ? 'time-limit' : 'too-large',
    fast,
    milliseconds: elapsed(),
    ...size,
  };
}
