/** Command-line options of `lifecircle evaluate` (issue #3), parsed with node:util parseArgs. */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { type CliResult, usageError } from './cli-error';
import { INPUT_OPTIONS, type InputArgs, parseInputArgs } from './input-args';

/** The shared inputs (input-args.ts) and what only `evaluate` has. */
export interface EvaluateArgs extends InputArgs {
  ruleSetId?: string;
  precise: boolean;
  /** Finer unit levels (`--units`, repeatable), coarse to fine in the order given. */
  units?: UnitsArg[];
  outPath: string;
  outFormat: OutFormat;
}

/** One `--units` file with its name field and CRS (the i-th `--units-name-field` / `--units-crs`). */
export interface UnitsArg {
  path: string;
  nameField?: string;
  /** `wgs84` (default), `gcj02` or `EPSG:n`. */
  crs: string;
}

/** Output formats: the Results JSON, the results CSV, or district polygons with the figures (GeoJSON). */
export type OutFormat = 'json' | 'csv' | 'geojson';

export const EVALUATE_USAGE = `Usage: npm run cli -- evaluate --grid <file.tif|file.csv> [--layer NAME] [--grid-crs EPSG:n]
  --districts <file.geojson|file.topojson|file.zip> [--districts-crs wgs84|gcj02|EPSG:n] [--name-field FIELD]
  --facilities <file.geojson> [--household-size 2.62] [--rule-set ID] [--precise]
  [--network <lines.geojson[.gz]|extract.osm.pbf|file.lcnet> [--network-crs wgs84|gcj02|EPSG:n]]
  [--units <polygons> [--units-name-field FIELD] [--units-crs wgs84|gcj02|EPSG:n]]...  (each adds a unit level)
  --out <file.json|file.csv|file.geojson>`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  'rule-set': { type: 'string' },
  precise: { type: 'boolean' },
  units: { type: 'string', multiple: true },
  'units-name-field': { type: 'string', multiple: true },
  'units-crs': { type: 'string', multiple: true },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function outFormatOf(path: string): OutFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  if (extension === '.geojson') return 'geojson';
  return undefined;
}

/**
 * Parses the arguments that follow `evaluate`. Returns `help` when -h/--help is given. Fails (exit code 2) on an
 * unknown option, a missing required one, an unknown file extension or a household size that is not > 0.
 */
export function parseEvaluateArgs(argv: readonly string[]): CliResult<EvaluateArgs | 'help'> {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return usageError('usage', (error as Error).message);
  }
  if (values.help) return { ok: true, value: 'help' };
  for (const required of ['grid', 'districts', 'facilities', 'out'] as const) {
    if (values[required] === undefined) return usageError('usage', `missing --${required}`);
  }
  const inputs = parseInputArgs(values);
  if (!inputs.ok) return inputs;
  const outPath = values.out ?? '';
  const outFormat = outFormatOf(outPath);
  if (!outFormat) return usageError('usage', `--out ${outPath}: expected a .json, .csv or .geojson file`);
  const args: EvaluateArgs = { ...inputs.value, precise: values.precise ?? false, outPath, outFormat };
  const unitPaths = values.units ?? [];
  const unitNames = values['units-name-field'] ?? [];
  const unitCrs = values['units-crs'] ?? [];
  if (unitNames.length > unitPaths.length || unitCrs.length > unitPaths.length)
    return usageError(
      'usage',
      '--units-name-field and --units-crs each follow a --units (one per file, in order)',
    );
  if (unitPaths.length > 0)
    args.units = unitPaths.map((path, index) => {
      const unit: UnitsArg = { path, crs: unitCrs[index] ?? 'wgs84' };
      const nameField = unitNames[index];
      if (nameField !== undefined) unit.nameField = nameField;
      return unit;
    });
  if (values['rule-set'] !== undefined) args.ruleSetId = values['rule-set'];
  if (args.networkPath !== undefined && args.precise)
    return usageError('usage', '--precise (area-weighted) is straight-line only; drop it with --network');
  return { ok: true, value: args };
}
