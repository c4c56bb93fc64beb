/**
 * The maximal-covering integer programme of exact-coverage.ts in compressed sparse columns, built from the
 * candidates' catchment runs: cells with no weight and candidates reaching none of the rest are dropped.
 */
import type { CandidateCatchments } from './candidate-catchments';
import type { NeighbourVisitor } from './candidate-index';

/**
 * The programme in compressed sparse columns: columns `0 … xCount − 1` are the x of `candidateOfColumn`, the next
 * `yCount` the y of `cellOfRow` (row r is cell `cellOfRow[r]`'s covering row); row `yCount` is the count row, rows
 * after it the spacing pairs.
 */
export interface CoverageProgram {
  xCount: number;
  yCount: number;
  rowCount: number;
  candidateOfColumn: Int32Array;
  cellOfRow: Int32Array;
  /** Objective coefficient per column (0 for x, w_i for y). */
  cost: Float64Array;
  columnStart: Int32Array;
  rowIndex: Int32Array;
  value: Float64Array;
  /** Upper bound per row (lower bounds are −∞). */
  rowUpper: Float64Array;
}

/** Size of the programme {@link buildCoverageProgram} would build, spacing rows left out; one pass, no allocation. */
export function measureCoverageProgram(
  catchments: CandidateCatchments,
  candidateCount: number,
  weight: Float64Array,
): { columns: number; rows: number; nonZeros: number } {
  const { runStart, runs } = catchments;
  const reached = new Uint8Array(weight.length);
  let xCount = 0;
  let yCount = 0;
  let nonZeros = 0;
  for (let c = 0; c < candidateCount; c++) {
    let reaches = 0;
    for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
      for (let cell = runs[2 * k] as number; cell < (runs[2 * k + 1] as number); cell++) {
        if (!((weight[cell] as number) > 0)) continue;
        reaches++;
        if (reached[cell] === 0) {
          reached[cell] = 1;
          yCount++;
        }
      }
    }
    if (reaches > 0) {
      xCount++;
      nonZeros += reaches + 1;
    }
  }
  return { columns: xCount + yCount, rows: yCount + 1, nonZeros: nonZeros + yCount };
}

/** Builds the programme for `count` sites over the cells with `weight > 0`. */
export function buildCoverageProgram(
  catchments: CandidateCatchments,
  candidateCount: number,
  weight: Float64Array,
  count: number,
  spacing: NeighbourVisitor | null,
): CoverageProgram {
  const { runStart, runs } = catchments;
  const rowOfCell = new Int32Array(weight.length).fill(-1);
  const useful: number[] = [];
  let yCount = 0;
  let nonZeros = 0;
  for (let c = 0; c < candidateCount; c++) {
    let reaches = 0;
    for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
      for (let cell = runs[2 * k] as number; cell < (runs[2 * k + 1] as number); cell++) {
        if (!((weight[cell] as number) > 0)) continue;
        reaches++;
        if (rowOfCell[cell] === -1) rowOfCell[cell] = -2;
      }
    }
    if (reaches > 0) {
      useful.push(c);
      nonZeros += reaches + 1;
    }
  }
  const cellOfRow: number[] = [];
  for (let cell = 0; cell < weight.length; cell++) {
    if (rowOfCell[cell] === -2) {
      rowOfCell[cell] = yCount++;
      cellOfRow.push(cell);
    }
  }
  const columnOfCandidate = new Int32Array(candidateCount).fill(-1);
  useful.forEach((c, column) => {
    columnOfCandidate[c] = column;
  });
  // Spacing pairs, each one row; a column's rows are then appended in ascending order.
  const pairRows: number[][] = useful.map(() => []);
  let pairCount = 0;
  if (spacing) {
    useful.forEach((a, columnA) => {
      spacing(a, (b) => {
        const columnB = columnOfCandidate[b] as number;
        if (columnB <= columnA) return;
        const row = yCount + 1 + pairCount++;
        (pairRows[columnA] as number[]).push(row);
        (pairRows[columnB] as number[]).push(row);
      });
    });
  }
  nonZeros += 2 * pairCount + yCount;
  const xCount = useful.length;
  const columnStart = new Int32Array(xCount + yCount + 1);
  const rowIndex = new Int32Array(nonZeros);
  const value = new Float64Array(nonZeros);
  let at = 0;
  useful.forEach((c, column) => {
    for (let k = runStart[c] as number; k < (runStart[c + 1] as number); k++) {
      for (let cell = runs[2 * k] as number; cell < (runs[2 * k + 1] as number); cell++) {
        const row = rowOfCell[cell] as number;
        if (row < 0) continue;
        rowIndex[at] = row;
        value[at++] = -1;
      }
    }
    rowIndex[at] = yCount;
    value[at++] = 1;
    for (const row of pairRows[column] as number[]) {
      rowIndex[at] = row;
      value[at++] = 1;
    }
    columnStart[column + 1] = at;
  });
  const cost = new Float64Array(xCount + yCount);
  for (let row = 0; row < yCount; row++) {
    rowIndex[at] = row;
    value[at++] = 1;
    columnStart[xCount + row + 1] = at;
    cost[xCount + row] = weight[cellOfRow[row] as number] as number;
  }
  const rowCount = yCount + 1 + pairCount;
  const rowUpper = new Float64Array(rowCount).fill(1);
  rowUpper.fill(0, 0, yCount);
  rowUpper[yCount] = count;
  return {
    xCount,
    yCount,
    rowCount,
    candidateOfColumn: Int32Array.from(useful),
    cellOfRow: Int32Array.from(cellOfRow),
    cost,
    columnStart,
    rowIndex,
    value,
    rowUpper,
  };
}

/** The point of `program` where the candidates `sites` are chosen and the cells they reach covered. */
export function startingPoint(program: CoverageProgram, sites: readonly number[]): Float64Array {
  const point = new Float64Array(program.xCount + program.yCount);
  const chosen = new Set(sites);
  for (let column = 0; column < program.xCount; column++) {
    if (!chosen.has(program.candidateOfColumn[column] as number)) continue;
    point[column] = 1;
    for (
      let k = program.columnStart[column] as number;
      k < (program.columnStart[column + 1] as number);
      k++
    ) {
      const row = program.rowIndex[k] as number;
      if (row < program.yCount) point[program.xCount + row] = 1;
    }
  }
  return point;
}
