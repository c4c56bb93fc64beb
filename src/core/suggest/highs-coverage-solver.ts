/**
 * HiGHS (the `highs` npm package: the solver compiled to WebAssembly, single-threaded, same build in Node and in a
 * browser worker) as a {@link CoverageSolver}. The caller loads the module (`await loadHighs()` in Node; in a worker
 * with `locateFile` pointing at the served `highs.wasm`) and passes it in, so this file stays synchronous and pure.
 */
import type { Highs } from 'highs';
import type { CoverageProgram } from './coverage-program';
import type { CoverageSolver, CoverageSolverAnswer } from './exact-coverage';

/** Relative gap at which HiGHS calls a MIP solved: 1e-6 of a city's newly covered population is a few persons. */
const MIP_RELATIVE_GAP = 1e-6;

/** A {@link CoverageSolver} on a loaded HiGHS module. Each solve creates and disposes one native model. */
export function createHighsCoverageSolver(highs: Highs): CoverageSolver {
  const { modelStatus, objectiveSense, variableType } = highs.constants;
  return {
    solve(program: CoverageProgram, options): CoverageSolverAnswer {
      const columns = program.xCount + program.yCount;
      const colUpper = new Float64Array(columns).fill(1);
      const integrality = new Int32Array(columns);
      if (options.integer) integrality.fill(variableType.integer, 0, program.xCount);
      let model: ReturnType<Highs['createModel']> | undefined;
      try {
        model = highs.createModel({
          numCols: columns,
          numRows: program.rowCount,
          sense: objectiveSense.maximize,
          offset: 0,
          colCost: program.cost,
          colLower: new Float64Array(columns),
          colUpper,
          rowLower: new Float64Array(program.rowCount).fill(-highs.infinity),
          rowUpper: program.rowUpper,
          matrix: {
            format: 'csc',
            numRows: program.rowCount,
            numCols: columns,
            starts: program.columnStart,
            indices: program.rowIndex,
            values: program.value,
          },
          ...(options.integer ? { integrality } : {}),
        });
        model.options.set({
          output_flag: false,
          time_limit: options.timeLimitSeconds,
          mip_rel_gap: MIP_RELATIVE_GAP,
        });
        if (options.integer && options.start) model.setSolution({ colValue: options.start });
        const stop = options.shouldStop;
        if (stop) {
          model.run({
            [highs.constants.callbackType.mipInterrupt](event: { interrupt(): void }) {
              if (stop()) event.interrupt();
            },
            [highs.constants.callbackType.simplexInterrupt](event: { interrupt(): void }) {
              if (stop()) event.interrupt();
            },
          });
        } else model.run();
        const status = model.getModelStatus();
        const solution = model.getSolution();
        const hasSolution =
          solution.colValue.length === columns && Number.isFinite(model.getObjectiveValue());
        const objective = hasSolution ? model.getObjectiveValue() : null;
        const x = hasSolution ? solution.colValue.slice(0, program.xCount) : null;
        if (status === modelStatus.optimal) return { status: 'optimal', objective, bound: objective, x };
        let bound: number | null = null;
        if (options.integer) {
          const dual = Number(model.info.get('mip_dual_bound'));
          bound = Number.isFinite(dual) && Math.abs(dual) < highs.infinity ? dual : null;
        }
        const limited = status === modelStatus.timeLimit || status === modelStatus.interrupted;
        return { status: limited ? 'time-limit' : 'failed', objective, bound, x };
      } catch (error) {
        return { status: 'failed', objective: null, bound: null, x: null, message: String(error) };
      } finally {
        model?.dispose();
      }
    },
  };
}
