/**
 * The input options `evaluate` and `suggest` share: the grid (file, layer, CRS), the districts (file, CRS, name
 * field), the facilities file, the household size and the street network (file, CRS). One table and one parser, so
 * the two commands read the same inputs the same way and refuse the same mistakes with the same words.
 */
import { extname } from 'node:path';
import { DEFAULT_HOUSEHOLD_SIZE } from '../core/model/dataset';
import { type CliResult, usageError } from './cli-error';

/** Default population layer id of the grid. */
const DEFAULT_LAYER = 'total';

/** The shared options in node:util parseArgs's shape; each command spreads them into its own table. */
export const INPUT_OPTIONS = {
  grid: { type: 'string' },
  layer: { type: 'string' },
  'grid-crs': { type: 'string' },
  districts: { type: 'string' },
  'districts-crs': { type: 'string' },
  'name-field': { type: 'string' },
  facilities: { type: 'string' },
  'household-size': { type: 'string' },
  network: { type: 'string' },
  'network-crs': { type: 'string' },
} as const;

/** The parsed values of the shared options (every one may be absent). */
type InputValues = { [name in keyof typeof INPUT_OPTIONS]?: string };

/** The inputs, as both commands read them. */
export interface InputArgs {
  gridPath: string;
  gridFormat: 'geotiff' | 'csv';
  /** Layer id the grid's values are stored and evaluated under. */
  layer: string;
  /** CRS id overriding (GeoTIFF) or declaring (CSV) the grid's coordinates. */
  gridCrs?: string;
  districtsPath: string;
  districtsCrs: string;
  nameField?: string;
  /** '' when --facilities is not given (optional for `suggest`). */
  facilitiesPath: string;
  householdSize: number;
  /** Street network (GeoJSON lines, an .osm.pbf extract or a prepared .lcnet): coverage along it. */
  networkPath?: string;
  /** CRS id of the network's GeoJSON coordinates: `wgs84` unless given; set only with a network. */
  networkCrs?: string;
}

function gridFormatOf(path: string): 'geotiff' | 'csv' | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.tif' || extension === '.tiff') return 'geotiff';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  return undefined;
}

/**
 * Reads the shared options once the command has checked that the ones it requires are present. Fails (exit code 2)
 * on a grid that is not .tif/.tiff/.csv/.txt, a household size that is not a finite number > 0, or --network-crs
 * without --network. Absent: the layer is `total`, the districts' CRS `wgs84`, the household size the default.
 */
export function parseInputArgs(values: InputValues): CliResult<InputArgs> {
  const gridPath = values.grid ?? '';
  const gridFormat = gridFormatOf(gridPath);
  if (!gridFormat) return usageError('usage', `--grid ${gridPath}: expected a .tif, .tiff or .csv file`);
  const sizeText = values['household-size'];
  const householdSize =
    sizeText === undefined ? DEFAULT_HOUSEHOLD_SIZE : sizeText.trim() === '' ? Number.NaN : Number(sizeText);
  if (!(householdSize > 0 && Number.isFinite(householdSize))) {
    return usageError('usage', `--household-size ${sizeText}: expected persons per household > 0`);
  }
  if (values['network-crs'] !== undefined && values.network === undefined) {
    return usageError('usage', '--network-crs needs --network');
  }
  const inputs: InputArgs = {
    gridPath,
    gridFormat,
    layer: values.layer ?? DEFAULT_LAYER,
    districtsPath: values.districts ?? '',
    districtsCrs: values['districts-crs'] ?? 'wgs84',
    facilitiesPath: values.facilities ?? '',
    householdSize,
  };
  if (values['grid-crs'] !== undefined) inputs.gridCrs = values['grid-crs'];
  if (values['name-field'] !== undefined) inputs.nameField = values['name-field'];
  if (values.network !== undefined) {
    inputs.networkPath = values.network;
    inputs.networkCrs = values['network-crs'] ?? 'wgs84';
  }
  return { ok: true, value: inputs };
}
