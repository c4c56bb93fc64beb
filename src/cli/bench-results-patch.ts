/**
 * `npm run bench -- --levels` (also part of the full bench): what one drag frame costs the main thread with the
 * generated hexagon level on (issue 12/13), the live engine's results sent in full (as before) against sent as a
 * patch on the previous ones (core/session/results-patch.ts). A frame moves one facility by ~300 m, back and forth.
 * Per frame both are measured, in alternating order: bytes as serialised for a message (v8.serialize, the structured
 * clone's format), the main thread's share (deserialising; for the patch also applying it) and the worker's
 * (serialising; for the patch also comparing the rows). One JSON line per facility count.
 */
import { deserialize, serialize } from 'node:v8';
import { createEngine } from '../core/analysis/engine';
import type { Dataset } from '../core/model/dataset';
import type { Facility } from '../core/model/facility';
import type { Results } from '../core/model/results';
import { applyResultsPatch, resultsPatch } from '../core/session/results-patch';
import { summary } from './bench-support';

const FRAMES = 40;
/** The dragged facility's step, degrees of longitude (≈ 290 m at Wuhan's latitude). */
const STEP_DEGREES = 0.003;

interface Sample {
  bytes: number;
  mainThreadMs: number;
  workerMs: number;
}

function measureFull(next: Results): Sample {
  const start = performance.now();
  const bytes = serialize(next);
  const serialised = performance.now();
  deserialize(bytes);
  return { bytes: bytes.length, workerMs: serialised - start, mainThreadMs: performance.now() - serialised };
}

function measurePatch(held: Results, base: Results, next: Results): Sample {
  const start = performance.now();
  const bytes = serialize(resultsPatch(base, next));
  const serialised = performance.now();
  const applied = applyResultsPatch(held, deserialize(bytes));
  if (!applied) throw new Error('the patch did not fit');
  return { bytes: bytes.length, workerMs: serialised - start, mainThreadMs: performance.now() - serialised };
}

function summarise(samples: Sample[]) {
  return {
    bytes: summary(samples.map((sample) => sample.bytes)).median,
    mainThreadMs: summary(samples.map((sample) => sample.mainThreadMs)),
    workerMs: summary(samples.map((sample) => sample.workerMs)),
  };
}

/** Prints {case, units, facilities, radiusMeters, rowsChanged, full: {…}, patch: {…}} for a drag of `facilities[0]`. */
export function compareResultsTransfers(withLevel: Dataset, facilities: readonly Facility[]): void {
  const created = createEngine(withLevel);
  if (!created.ok) throw new Error(created.error.message);
  const engine = created.value;
  engine.setFacilities(facilities);
  const dragged = facilities[0] as Facility;
  let base = engine.results();
  let held = deserialize(serialize(base)) as Results;
  const full: Sample[] = [];
  const patch: Sample[] = [];
  const rowsChanged: number[] = [];
  for (let frame = 0; frame < FRAMES; frame++) {
    const lon = dragged.lon + (frame % 2 === 0 ? STEP_DEGREES : 0);
    engine.moveFacility(dragged.id, lon, dragged.lat);
    const next = engine.results();
    const patched = () => patch.push(measurePatch(held, base, next));
    const whole = () => full.push(measureFull(next));
    if (frame % 2 === 0) {
      patched();
      whole();
    } else {
      whole();
      patched();
    }
    const change = resultsPatch(base, next).levels?.[0]?.units;
    rowsChanged.push(change && 'indices' in change ? change.indices.length : -1);
    held = applyResultsPatch(held, resultsPatch(base, next)) as Results;
    base = next;
  }
  console.log(
    JSON.stringify({
      case: 'wuhan-hexagon-level-drag-frame-results-transfer',
      units: withLevel.levels?.[0]?.units.length ?? 0,
      facilities: facilities.length,
      radiusMeters: dragged.radiusMeters,
      hexagonRowsChanged: summary(rowsChanged),
      full: summarise(full),
      patch: summarise(patch),
    }),
  );
}
