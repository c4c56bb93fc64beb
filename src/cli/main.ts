/**
 * Command-line entry: `npm run cli -- evaluate …` (issue #3) and `npm run cli -- suggest …` (issue 14). Prints notes and a one-line summary on success; on
 * bad input prints ONE line naming the file and the problem to stderr and exits 1 (2 for bad usage).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatCliError, terminalSafe } from './cli-error';
import { runEvaluate } from './evaluate';
import { EVALUATE_USAGE, parseEvaluateArgs } from './evaluate-args';
import { runSuggest, suggestSummaryLine } from './suggest';
import { parseSuggestArgs, SUGGEST_USAGE } from './suggest-args';

/** Where the CLI writes; tests pass collectors. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    output.out(`${EVALUATE_USAGE}\n${SUGGEST_USAGE}`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'suggest') return runSuggestCommand(rest, output);
  if (command !== 'evaluate') {
    output.err(
      formatCliError({
        code: 'usage',
        message: `unknown command "${command}" (expected evaluate or suggest)`,
        exitCode: 2,
      }),
    );
    return 2;
  }
  const args = parseEvaluateArgs(rest);
  if (!args.ok) {
    output.err(formatCliError(args.error));
    return args.error.exitCode;
  }
  if (args.value === 'help') {
    output.out(EVALUATE_USAGE);
    return 0;
  }
  const run = await runEvaluate(args.value);
  if (!run.ok) {
    output.err(formatCliError(run.error));
    return run.error.exitCode;
  }
  for (const note of run.value.notes) output.err(terminalSafe(`lifecircle: note: ${note}`));
  const { results } = run.value;
  output.out(
    `wrote ${args.value.outPath}: ${results.districts.length} districts, population ${results.totals.population.toFixed(0)} (${results.totals.populationOutsideDistricts.toFixed(0)} outside districts), ${results.method.coverage} coverage`,
  );
  return 0;
}

async function runSuggestCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseSuggestArgs(argv);
  if (!args.ok) {
    output.err(formatCliError(args.error));
    return args.error.exitCode;
  }
  if (args.value === 'help') {
    output.out(SUGGEST_USAGE);
    return 0;
  }
  const run = await runSuggest(args.value);
  if (!run.ok) {
    output.err(formatCliError(run.error));
    return run.error.exitCode;
  }
  for (const note of run.value.notes) output.err(terminalSafe(`lifecircle: note: ${note}`));
  output.out(suggestSummaryLine(args.value.outPath, run.value));
  return 0;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lifecircle: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
