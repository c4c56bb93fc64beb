/**
 * `npm run bench` cases of site suggestion (issue 14), one JSON line each (`ms` wall clock, `cpuMs` the process's CPU
 * time, which a busy machine inflates less):
 * - `suggest-wuhan`: the Wuhan 100 m grid (every populated cell a candidate), 50 sites at 300 m, no existing
 *   facilities: the whole run (candidates, catchments, lazy greedy, swap pass, ranking), median of 3 (target ≤ 2 s);
 * - `suggest-1km`: the same grid summed to 1 km, 30 sites at 1,500 m: the fast answer (median of 5, target ≤ 200 ms)
 *   and, beside it, HiGHS solving the integer programme (`exactMs`, one run, 300 s limit) with the optimum and gap.
 */
import loadHighs from 'highs';
import type { Dataset } from '../core/model/dataset';
import { coarsenRasterDataset } from '../core/suggest/coarsen-raster';
import { createHighsCoverageSolver } from '../core/suggest/highs-coverage-solver';
import { suggestSites } from '../core/suggest/suggest-sites';
import type { SuggestOutcome, SuggestRequest } from '../core/suggest/suggest-types';

function timed(request: SuggestRequest): { ms: number; cpuMs: number; outcome: SuggestOutcome } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = suggestSites(request);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { ms, cpuMs: (used.user + used.system) / 1000, outcome: result.value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
}

function runFast(name: string, dataset: Dataset, sites: number, radiusMeters: number, runs: number) {
  const request: SuggestRequest = {
    dataset,
    type: 'community_service_station',
    radiusMeters,
    objective: { kind: 'count', count: sites },
  };
  const samples = Array.from({ length: runs }, () => timed(request));
  const outcome = (samples[0] as { outcome: SuggestOutcome }).outcome;
  return {
    request,
    outcome,
    line: {
      case: name,
      cells: dataset.grid.cellCount,
      candidates: outcome.candidateCount,
      sites,
      radiusMeters,
      ms: median(samples.map((sample) => sample.ms)),
      cpuMs: median(samples.map((sample) => sample.cpuMs)),
      coveredPopulation: Math.round(outcome.coveredAfter),
      greedyCoveredPopulation: Math.round(outcome.greedyCovered ?? 0),
      swaps: outcome.swaps,
      ...(outcome.upperBound === undefined ? {} : { upperBound: Math.round(outcome.upperBound) }),
    },
  };
}

/** Prints the two suggestion cases for the Wuhan dataset. */
export async function benchSuggest(dataset: Dataset): Promise<void> {
  console.log(JSON.stringify(runFast('suggest-wuhan', dataset, 50, 300, 3).line));
  const kilometre = coarsenRasterDataset(dataset, 10);
  if (!kilometre) throw new Error('the Wuhan grid is not a raster');
  const fast = runFast('suggest-1km', kilometre, 30, 1500, 5);
  const solver = createHighsCoverageSolver(await loadHighs());
  const exact = timed({ ...fast.request, exact: { solver, timeLimitSeconds: 300 } }).outcome.exact;
  const report: Record<string, unknown> = { exactStatus: exact?.status };
  if (exact?.status === 'optimal') {
    Object.assign(report, {
      exactMs: exact.milliseconds,
      optimum: Math.round(exact.optimum),
      gap: Math.round(exact.gap * 1e6) / 1e6,
    });
  } else if (exact?.status === 'bound') {
    Object.assign(report, {
      exactMs: exact.milliseconds,
      bound: Math.round(exact.bound),
      gapAtMost: exact.gapAtMost,
    });
  }
  if (exact) Object.assign(report, { columns: exact.columns, rows: exact.rows });
  console.log(JSON.stringify({ ...fast.line, ...report }));
}
