import { describe, expect, it } from 'vitest';
import { buildCoverageProgram, measureCoverageProgram, startingPoint } from './coverage-program';
import { type CoverageSolver, type CoverageSolverAnswer, solveCoverageProgram } from './exact-coverage';

/**
 * Cells 0–3 weigh 5, 0, 2, 4; candidate 0 reaches {0, 1}, 1 reaches {1} (only the weightless cell: dropped),
 * 2 reaches {2, 3}. Kept: x columns for candidates 0 and 2, y rows for cells 0, 2, 3 (cell 1 weighs nothing).
 */
const catchments = { runStart: Int32Array.of(0, 1, 2, 3), runs: Int32Array.of(0, 2, 1, 2, 2, 4) };
const weight = Float64Array.of(5, 0, 2, 4);

describe('buildCoverageProgram', () => {
  it('drops weightless cells and candidates reaching none of the rest, in compressed columns', () => {
    const program = buildCoverageProgram(catchments, 3, weight, 1, null);
    expect([program.xCount, program.yCount, program.rowCount]).toEqual([2, 3, 4]);
    expect(Array.from(program.candidateOfColumn)).toEqual([0, 2]);
    expect(Array.from(program.cellOfRow)).toEqual([0, 2, 3]);
    expect(Array.from(program.cost)).toEqual([0, 0, 5, 2, 4]);
    // x0: −1 in row 0 (cell 0), +1 in the count row 3; x2: −1 in rows 1, 2 (cells 2, 3), +1 in row 3; y: +1 each.
    expect(Array.from(program.columnStart)).toEqual([0, 2, 5, 6, 7, 8]);
    expect(Array.from(program.rowIndex)).toEqual([0, 3, 1, 2, 3, 0, 1, 2]);
    expect(Array.from(program.value)).toEqual([-1, 1, -1, -1, 1, 1, 1, 1]);
    expect(Array.from(program.rowUpper)).toEqual([0, 0, 0, 1]);
    expect(Array.from(startingPoint(program, [2]))).toEqual([0, 1, 0, 1, 1]);
    expect(measureCoverageProgram(catchments, 3, weight)).toEqual({ columns: 5, rows: 4, nonZeros: 8 });
  });

  it('adds one row per pair of candidates closer than the spacing', () => {
    const spacing = (_c: number, visit: (other: number) => void) => {
      visit(0);
      visit(2);
    };
    const program = buildCoverageProgram(catchments, 3, weight, 2, spacing);
    expect(program.rowCount).toBe(5);
    expect(program.rowUpper[4]).toBe(1);
    expect(Array.from(program.rowIndex.slice(0, 6))).toEqual([0, 3, 4, 1, 2, 3]);
  });
});

function fakeSolver(integer: CoverageSolverAnswer, relaxed: CoverageSolverAnswer) {
  const calls: boolean[] = [];
  const solver: CoverageSolver = {
    solve(_program, options) {
      calls.push(options.integer);
      return options.integer ? integer : relaxed;
    },
  };
  return { solver, calls };
}

describe('solveCoverageProgram reports', () => {
  const program = buildCoverageProgram(catchments, 3, weight, 1, null);
  const none: CoverageSolverAnswer = { status: 'failed', objective: null, bound: null, x: null };

  it('the optimum, the chosen candidates and the gap', () => {
    const { solver } = fakeSolver(
      { status: 'optimal', objective: 6, bound: 6, x: Float64Array.of(0, 1) },
      none,
    );
    const report = solveCoverageProgram(program, solver, [0], 5, 60, () => 0);
    expect(report).toMatchObject({
      status: 'optimal',
      optimum: 6,
      fast: 5,
      chosen: [2],
      columns: 5,
      rows: 4,
    });
    expect(report.status === 'optimal' && report.gap).toBeCloseTo(1 / 6, 12);
  });

  it('the dual bound when the time limit stops the integer programme', () => {
    const { solver, calls } = fakeSolver({ status: 'time-limit', objective: 5, bound: 8, x: null }, none);
    const report = solveCoverageProgram(program, solver, [0], 5, 60, () => 0);
    expect(report).toMatchObject({ status: 'bound', bound: 8, method: 'mip-dual-bound', gapAtMost: 3 / 8 });
    expect(calls).toEqual([true]);
  });

  it('the LP relaxation when the integer programme gives no bound, and "no bound" when neither does', () => {
    const lp = fakeSolver(
      { status: 'time-limit', objective: null, bound: null, x: null },
      { status: 'optimal', objective: 6.5, bound: 6.5, x: null },
    );
    expect(solveCoverageProgram(program, lp.solver, [0], 5, 60, () => 0)).toMatchObject({
      status: 'bound',
      method: 'lp-relaxation',
      bound: 6.5,
    });
    expect(lp.calls).toEqual([true, false]);
    const neither = fakeSolver({ status: 'time-limit', objective: null, bound: null, x: null }, none);
    expect(solveCoverageProgram(program, neither.solver, [0], 5, 60, () => 0)).toMatchObject({
      status: 'no-bound',
      reason: 'time-limit',
    });
  });
});
