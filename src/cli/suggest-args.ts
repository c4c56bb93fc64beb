/** Command-line options of `lifecircle suggest` (issue 14), parsed with node:util parseArgs. */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { findFacilityPreset } from '../core/rules/facility-presets';
import { type CliResult, usageError } from './cli-error';
import type { EvaluateArgs } from './evaluate-args';
import { INPUT_OPTIONS, parseInputArgs } from './input-args';

/** What `suggest` reads and does. Grid, districts and facilities are read as `evaluate` reads them. */
export interface SuggestArgs {
  /** The inputs in `evaluate`'s shape; `facilitiesPath` is '' when --facilities is not given. */
  inputs: EvaluateArgs;
  type: string;
  objective: { kind: 'count'; count: number } | { kind: 'target-coverage'; percent: number };
  radiusMeters: number;
  candidatesPath?: string;
  excludePath?: string;
  minSpacingMeters: number;
  exact: boolean;
  outPath: string;
}

export const SUGGEST_USAGE = `Usage: npm run cli -- suggest --grid <file.tif|file.csv> [--layer NAME] [--grid-crs EPSG:n]
  --districts <file.geojson|file.topojson|file.zip> [--districts-crs wgs84|gcj02|EPSG:n] [--name-field FIELD]
  [--facilities EXISTING.geojson] --type TYPE (--count K | --target-coverage PERCENT) [--radius-m R]
  [--network <lines.geojson[.gz]|extract.osm.pbf|file.lcnet> [--network-crs wgs84|gcj02|EPSG:n]]
  [--candidates POINTS.geojson] [--exclude POLYGONS.geojson] [--min-spacing-m M] [--exact]
  [--household-size 2.62] --out OUT.geojson`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  type: { type: 'string' },
  count: { type: 'string' },
  'target-coverage': { type: 'string' },
  'radius-m': { type: 'string' },
  candidates: { type: 'string' },
  exclude: { type: 'string' },
  'min-spacing-m': { type: 'string' },
  exact: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

/** A finite number from an option, or undefined when absent; NaN when not a number. */
function numberOption(values: Values, name: keyof Values): number | undefined {
  const text = values[name];
  if (text === undefined || typeof text !== 'string') return undefined;
  return text.trim() === '' ? Number.NaN : Number(text);
}

function parseObjective(values: Values): CliResult<SuggestArgs['objective']> {
  const count = numberOption(values, 'count');
  const target = numberOption(values, 'target-coverage');
  if ((count === undefined) === (target === undefined)) {
    return usageError('usage', 'give exactly one of --count K and --target-coverage PERCENT');
  }
  if (count !== undefined) {
    if (!(Number.isInteger(count) && count >= 1))
      return usageError('usage', `--count ${values.count}: expected an integer ≥ 1`);
    return { ok: true, value: { kind: 'count', count } };
  }
  if (!(target !== undefined && target > 0 && target <= 100)) {
    return usageError(
      'usage',
      `--target-coverage ${values['target-coverage']}: expected a percentage in (0, 100]`,
    );
  }
  return { ok: true, value: { kind: 'target-coverage', percent: target } };
}

function parseRadius(values: Values, type: string): CliResult<number> {
  const radius = numberOption(values, 'radius-m') ?? findFacilityPreset(type)?.radiusMeters;
  if (radius === undefined) return usageError('usage', `--type ${type} is not a preset: give --radius-m`);
  if (!(radius > 0 && radius <= 10_000))
    return usageError('usage', `--radius-m ${values['radius-m']}: expected metres in (0, 10000]`);
  return { ok: true, value: radius };
}

/**
 * Parses the arguments that follow `suggest`. Returns `help` for -h/--help. Fails (exit code 2) on an unknown option,
 * a missing required one, both or neither of --count and --target-coverage, or a figure out of range.
 */
export function parseSuggestArgs(argv: readonly string[]): CliResult<SuggestArgs | 'help'> {
  let values: Values;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return usageError('usage', (error as Error).message);
  }
  if (values.help) return { ok: true, value: 'help' };
  for (const required of ['grid', 'districts', 'type', 'out'] as const) {
    if (values[required] === undefined) return usageError('usage', `missing --${required}`);
  }
  const shared = parseInputArgs(values);
  if (!shared.ok) return shared;
  const outPath = values.out ?? '';
  if (extname(outPath).toLowerCase() !== '.geojson')
    return usageError('usage', `--out ${outPath}: expected a .geojson file`);
  const objective = parseObjective(values);
  if (!objective.ok) return objective;
  const type = values.type ?? '';
  const radius = parseRadius(values, type);
  if (!radius.ok) return radius;
  const minSpacingMeters = numberOption(values, 'min-spacing-m') ?? 0;
  if (!(minSpacingMeters >= 0 && Number.isFinite(minSpacingMeters))) {
    return usageError('usage', `--min-spacing-m ${values['min-spacing-m']}: expected metres ≥ 0`);
  }
  const inputs: EvaluateArgs = { ...shared.value, precise: false, outPath, outFormat: 'geojson' };
  const args: SuggestArgs = {
    inputs,
    type,
    objective: objective.value,
    radiusMeters: radius.value,
    minSpacingMeters,
    exact: values.exact ?? false,
    outPath,
  };
  if (values.candidates !== undefined) args.candidatesPath = values.candidates;
  if (values.exclude !== undefined) args.excludePath = values.exclude;
  return { ok: true, value: args };
}
