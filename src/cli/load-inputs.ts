/**
 * Reads the three inputs of `lifecircle evaluate` into a Dataset and a facility list, converting every coordinate to
 * WGS 84 (domain.md § Inputs, CRS). Each failure names the file it comes from.
 */
import { basename } from 'node:path';
import { assignCellsToDistricts } from '../core/geo/assign-districts';
import { parseFacilitiesGeoJson } from '../core/io/facilities-geojson';
import { checkGridAgainstDistricts } from '../core/io/import/check-overlap';
import { importFile } from '../core/io/import/import-file';
import type { ImportOptions } from '../core/io/import/import-types';
import type { Dataset } from '../core/model/dataset';
import type { District } from '../core/model/district';
import type { Facility } from '../core/model/facility';
import type { PopulationGrid } from '../core/model/grid';
import { DISTRICT_LEVEL_ID, type UnitLevel } from '../core/model/unit-level';
import { facilityTypeIdOf, findFacilityPreset } from '../core/rules/facility-presets';
import { type CliResult, fileError, inputError } from './cli-error';
import type { EvaluateArgs, UnitsArg } from './evaluate-args';
import { readBytes, readJson } from './read-input';

/** What was read, plus notes on what was assumed (printed to stderr, never silently). */
export interface EvaluationInputs {
  dataset: Dataset;
  facilities: Facility[];
  notes: string[];
}

interface GridRead {
  grid: PopulationGrid;
  crsId: string;
  notes: string[];
}

/** The grid through the app's import path (GeoTIFF, CSV with lon/lat, x/y or H3 ids), one layer `--layer`. */
async function readGrid(args: EvaluateArgs): Promise<CliResult<GridRead>> {
  const file = args.gridPath;
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  const options: ImportOptions = { kind: 'grid', layerId: args.layer };
  if (args.gridCrs !== undefined) options.crs = args.gridCrs;
  const read = await importFile({ name: basename(file), bytes: bytes.value }, options);
  if (!read.ok) return fileError(file, read.error);
  if (read.value.kind !== 'grid') return inputError(file, 'kind-unsupported', 'not a population grid');
  const { grid, crsId, notes } = read.value;
  return { ok: true, value: { grid, crsId, notes } };
}

/**
 * Districts of any format (GeoJSON, TopoJSON, zipped Shapefile) through the app's import path, with its limits,
 * .prj and layer handling, ring repair and crossing check: the CLI once parsed GeoJSON on its own and accepted a
 * bowtie the app refuses.
 */
async function readDistricts(
  file: string,
  crs: string,
  nameField: string | undefined,
): Promise<CliResult<District[]>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  const options: ImportOptions = { kind: 'districts' };
  if (crs !== 'wgs84') options.crs = crsIdOf(crs);
  if (nameField !== undefined) options.nameField = nameField;
  const read = await importFile({ name: basename(file), bytes: bytes.value }, options);
  if (!read.ok) return fileError(file, read.error);
  return read.value.kind === 'districts'
    ? { ok: true, value: read.value.districts }
    : inputError(file, 'kind-unsupported', 'not a district file');
}

/** The facilities of --facilities; none when the path is '' (`suggest` without --facilities). */
async function readFacilities(args: EvaluateArgs): Promise<CliResult<Facility[]>> {
  const file = args.facilitiesPath;
  if (file === '') return { ok: true, value: [] };
  const json = await readJson(file);
  if (!json.ok) return json;
  const facilities = parseFacilitiesGeoJson(json.value, {
    typeIdOf: facilityTypeIdOf,
    defaultRadiusMeters: (type) => findFacilityPreset(type)?.radiusMeters,
  });
  return facilities.ok ? facilities : fileError(file, facilities.error);
}

/**
 * The `--units` files as unit levels, in the order given: read like districts (any format, CRS, name field), cells
 * assigned by the districts' centroid rule. Level ids are the file names without extension (made unique).
 */
async function readLevels(units: readonly UnitsArg[], grid: PopulationGrid): Promise<CliResult<UnitLevel[]>> {
  const levels: UnitLevel[] = [];
  for (const unit of units) {
    const read = await readDistricts(unit.path, unit.crs, unit.nameField);
    if (!read.ok) return read;
    const base = basename(unit.path).replace(/\.[^.]+$/, '') || 'units';
    let id = base;
    for (let n = 2; id === DISTRICT_LEVEL_ID || levels.some((level) => level.id === id); n++)
      id = `${base}-${n}`;
    levels.push({
      id,
      name: basename(unit.path),
      units: read.value,
      unitOfCell: assignCellsToDistricts(grid, read.value),
    });
  }
  return { ok: true, value: levels };
}

/** `gcj02` for any spelling of it (GCJ-02, gcj_02, …), otherwise the argument as given. */
function crsIdOf(argument: string): string {
  return argument.toLowerCase().replace(/[\s_-]/g, '') === 'gcj02' ? 'gcj02' : argument;
}

/**
 * Reads grid, districts and facilities, assigns cells to districts and checks that they overlap. Fails on the first
 * bad file; a grid with no population inside any district is refused (`no-overlap`) because it almost always means
 * a wrong CRS. Most of the population outside the districts, or districts that look like GCJ-02, give a note.
 */
export async function loadEvaluationInputs(args: EvaluateArgs): Promise<CliResult<EvaluationInputs>> {
  const grid = await readGrid(args);
  if (!grid.ok) return grid;
  const districts = await readDistricts(args.districtsPath, args.districtsCrs, args.nameField);
  if (!districts.ok) return districts;
  const levels = await readLevels(args.units ?? [], grid.value.grid);
  if (!levels.ok) return levels;
  const facilities = await readFacilities(args);
  if (!facilities.ok) return facilities;
  const notes = [...grid.value.notes];
  // The app's overlap check: refuses no overlap, warns when most people are outside or the districts look GCJ-02.
  const districtsCrsId = crsIdOf(args.districtsCrs);
  const overlap = checkGridAgainstDistricts(grid.value.grid, districts.value, args.layer, districtsCrsId);
  if (!overlap.ok) {
    return inputError(
      args.districtsPath,
      'no-overlap',
      'no population of the grid lies inside any district (wrong --districts-crs or --grid-crs?)',
    );
  }
  const { districtOfCell, issues } = overlap.value;
  notes.push(...issues.map((issue) => issue.message));
  if (districtsCrsId === 'gcj02') {
    notes.push('District polygons converted from GCJ-02 to WGS 84');
  }
  return {
    ok: true,
    value: {
      dataset: {
        id: `cli:${basename(args.gridPath)}`,
        name: basename(args.gridPath),
        grid: grid.value.grid,
        districts: districts.value,
        districtOfCell,
        householdSize: args.householdSize,
        residentLayer: args.layer,
        sourceCrs: grid.value.crsId,
        ...(levels.value.length > 0 ? { levels: levels.value } : {}),
      },
      facilities: facilities.value,
      notes,
    },
  };
}
