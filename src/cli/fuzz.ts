/**
 * `npm run fuzz [-- --runs N] [--only name] [--seed S]`: every fuzz target (fuzz-targets.ts) with N inputs (default
 * 100,000), one JSON line per parser on stdout — inputs tried, accepted, refusals, crashes (exceptions, non-Results,
 * hangs), seconds, seed — with the first crashing input's detail, and progress every 10,000 inputs on stderr. Exits
 * 1 when anything crashed. Figures are in README § Fuzzing.
 */
import fc from 'fast-check';
import { type FuzzOutcome, fuzzTargets, runOne } from './fuzz-targets';

const BATCH = 1000;
const PROGRESS_EVERY = 10_000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
  const runs = Number(option('--runs') ?? 100_000);
  const only = option('--only');
  const seed = Number(option('--seed') ?? Date.now() % 2_147_483_647);
  let crashed = false;
  for (const target of fuzzTargets()) {
    if (only !== undefined && target.name !== only) continue;
    const counts: Record<FuzzOutcome, number> = { accepted: 0, refused: 0, crashed: 0 };
    let firstCrash: string | undefined;
    const started = performance.now();
    let tried = 0;
    // Batches of 1,000 with seeds seed, seed + 1, …: memory stays flat and a run can be cut short by its progress.
    for (let batch = 0; tried < runs; batch++) {
      const inputs = fc.sample(target.inputs, { numRuns: Math.min(BATCH, runs - tried), seed: seed + batch });
      for (const input of inputs) {
        const { outcome, detail } = await runOne(target, input);
        counts[outcome]++;
        if (outcome === 'crashed' && firstCrash === undefined) firstCrash = detail;
      }
      tried += inputs.length;
      if (tried % PROGRESS_EVERY === 0 && tried < runs) {
        process.stderr.write(`${JSON.stringify({ parser: target.name, tried, crashes: counts.crashed })}\n`);
      }
    }
    crashed ||= counts.crashed > 0;
    const line = {
      parser: target.name,
      inputs: tried,
      accepted: counts.accepted,
      refusals: counts.refused,
      crashes: counts.crashed,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      seed,
      ...(firstCrash === undefined ? {} : { firstCrash: firstCrash.split('\n').slice(0, 4).join(' | ') }),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return crashed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
