/**
 * `npm run bench -- --levels` (also part of the full bench): issue 12's figure, the Wuhan 2,000 × 1 km full
 * evaluation (`setFacilities` + `results()`, every level's rows built) with one extra level of generated H3
 * hexagons against the same evaluation on the districts alone. The two engines are timed in alternating blocks of
 * runs (ABBA), so a change of load on a shared machine falls on both medians alike, while within a block only one
 * engine allocates (as in the app, where one engine works at a time); one JSON line gives both medians, the hexagon
 * count, their ratio (the issue asks for ≤ 1.2) and the machine's one-minute load average when the timing ended (on a
 * shared 2-core machine the medians mean little without it).
 */
import { loadavg } from 'node:os';
import { createEngine } from '../core/analysis/engine';
import type { Dataset } from '../core/model/dataset';
import type { Facility } from '../core/model/facility';
import { summary, time } from './bench-support';

const BLOCKS = 12;

type Timing = ReturnType<typeof summary>;
/** Medians of one engine's evaluations: whole, and their two parts. */
interface Parts {
  full: Timing;
  setFacilities: Timing;
  results: Timing;
}
const RUNS_PER_BLOCK = 5;

/**
 * Prints {case, units, facilities, radiusMeters, districtsOnlyFullEvaluationMs, withLevelFullEvaluationMs,
 * districtsOnlyPartsMs, withLevelPartsMs (setFacilities and results() apart), ratio, loadAverage}.
 */
export function compareLevelEvaluations(
  districtsOnly: Dataset,
  withLevel: Dataset,
  facilities: readonly Facility[],
): void {
  const evaluations = [districtsOnly, withLevel].map((dataset) => {
    const created = createEngine(dataset);
    if (!created.ok) throw new Error(created.error.message);
    const engine = created.value;
    // One full evaluation; its two parts are timed apart too, so a ratio can be traced to the engine pass or the rows.
    return (): [number, number] => {
      const setMs = time(() => {
        const set = engine.setFacilities(facilities);
        if (!set.ok) throw new Error(set.error.message);
      });
      return [setMs, time(() => engine.results())];
    };
  });
  const samples: [number, number][][] = [[], []];
  for (let block = 0; block < BLOCKS; block++) {
    // ABBA order of blocks; the first run of a block is not kept (the other engine's garbage is collected in it).
    const order = block % 4 === 0 || block % 4 === 3 ? [0, 1] : [1, 0];
    for (const which of order) {
      const evaluate = evaluations[which] as () => [number, number];
      evaluate();
      for (let run = 0; run < RUNS_PER_BLOCK; run++) samples[which]?.push(evaluate());
    }
  }
  const [districtSamples, levelSamples] = samples.map((runs) => ({
    full: summary(runs.map(([set, results]) => set + results)),
    setFacilities: summary(runs.map(([set]) => set)),
    results: summary(runs.map(([, results]) => results)),
  })) as [Parts, Parts];
  const districtsOnlyMs = districtSamples.full;
  const withLevelMs = levelSamples.full;
  console.log(
    JSON.stringify({
      case: 'wuhan-hexagon-level-vs-districts-only',
      units: withLevel.levels?.[0]?.units.length ?? 0,
      facilities: facilities.length,
      radiusMeters: facilities[0]?.radiusMeters ?? 0,
      districtsOnlyFullEvaluationMs: districtsOnlyMs,
      withLevelFullEvaluationMs: withLevelMs,
      districtsOnlyPartsMs: {
        setFacilities: districtSamples.setFacilities,
        results: districtSamples.results,
      },
      withLevelPartsMs: { setFacilities: levelSamples.setFacilities, results: levelSamples.results },
      ratio: Math.round((withLevelMs.median / districtsOnlyMs.median) * 1000) / 1000,
      loadAverage: Math.round((loadavg()[0] as number) * 100) / 100,
    }),
  );
}
