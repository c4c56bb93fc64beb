/** Command-line options of `lifecircle evaluate` (issue #3), parsed with node:util parseArgs. */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HOUSEHOLD_SIZE } from '../core/model/dataset';
import { type CliResult, usageError } from './cli-error';

/** Default population layer id of the grid. */
export const DEFAULT_LAYER = 'total';

export interface EvaluateArgs {
  gridPath: string;
  gridFormat: 'geotiff' | 'csv';
  /** Layer id the grid's values are stored and evaluated under. */
  layer: string;
  /** CRS id overriding (GeoTIFF) or declaring (CSV) the grid's coordinates. */
  gridCrs?: string;
  districtsPath: string;
  districtsCrs: string;
  nameField?: string;
  facilitiesPath: string;
  householdSize: number;
  ruleSetId?: string;
  precise: boolean;
  /** Street network (GeoJSON lines or a prepared .lcnet): coverage along it instead of straight-line. */
  networkPath?: string;
  /** CRS id of the network's GeoJSON coordinates (default wgs84). */
  networkCrs?: string;
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
  grid: { type: 'string' },
  layer: { type: 'string' },
  'grid-crs': { type: 'string' },
  districts: { type: 'string' },
  'districts-crs': { type: 'string' },
  'name-field': { type: 'string' },
  facilities: { type: 'string' },
  'household-size': { type: 'string' },
  'rule-set': { type: 'string' },
  precise: { type: 'boolean' },
  network: { type: 'string' },
  'network-crs': { type: 'string' },
  units: { type: 'string', multiple: true },
  'units-name-field': { type: 'string', multiple: true },
  'units-crs': { type: 'string', multiple: true },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function gridFormatOf(path: string): 'geotiff' | 'csv' | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.tif' || extension === '.tiff') return 'geotiff';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  return undefined;
}

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
  const gridPath = values.grid ?? '';
  const outPath = values.out ?? '';
  const gridFormat = gridFormatOf(gridPath);
  if (!gridFormat) return usageError('usage', `--grid ${gridPath}: expected a .tif, .tiff or .csv file`);
  const outFormat = outFormatOf(outPath);
  if (!outFormat) return usageError('usage', `--out ${outPath}: expected a .json, .csv or .geojson file`);
  const householdSize =
    values['household-size'] === undefined ? DEFAULT_HOUSEHOLD_SIZE : Number(values['household-size']);
  if (!(householdSize > 0) || !Number.isFinite(householdSize)) {
    return usageError(
      'usage',
      `--household-size ${values['household-size']}: expected persons per household > 0`,
    );
  }
  const args: EvaluateArgs = {
    gridPath,
    gridFormat,
    layer: values.layer ?? DEFAULT_LAYER,
    districtsPath: values.districts ?? '',
    districtsCrs: values['districts-crs'] ?? 'wgs84',
    facilitiesPath: values.facilities ?? '',
    householdSize,
    precise: values.precise ?? false,
    outPath,
    outFormat,
  };
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
  if (values['grid-crs'] !== undefined) args.gridCrs = values['grid-crs'];
  if (values['name-field'] !== undefined) args.nameField = values['name-field'];
  if (values['rule-set'] !== undefined) args.ruleSetId = values['rule-set'];
  if (values['network-crs'] !== undefined && values.network === undefined)
    return usageError('usage', '--network-crs needs --network');
  if (values.network !== undefined) {
    if (args.precise)
      return usageError('usage', '--precise (area-weighted) is straight-line only; drop it with --network');
    args.networkPath = values.network;
    args.networkCrs = values['network-crs'] ?? 'wgs84';
  }
  return { ok: true, value: args };
}
