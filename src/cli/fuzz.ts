/**
 * `npm run fuzz [-- --runs N] [-- --only name]`: every fuzz target (fuzz-targets.ts) with N inputs (default 100,000),
 * one JSON line per parser — inputs tried, accepted, refusals, crashes (exceptions, non-Results, hangs), seconds —
 * and the first crashing input's detail. Exits 1 when anything crashed. Figures are in README § Fuzzing.
 */
import fc from 'fast-check';
import { type FuzzOutcome, fuzzTargets, runOne } from './fuzz-targets';

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
    const inputs = fc.sample(target.inputs, { numRuns: runs, seed });
    for (const input of inputs) {
      const { outcome, detail } = await runOne(target, input);
      counts[outcome]++;
      if (outcome === 'crashed' && firstCrash === undefined) firstCrash = detail;
    }
    crashed ||= counts.crashed > 0;
    const line = {
      parser: target.name,
      inputs: inputs.length,
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
