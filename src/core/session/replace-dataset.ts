/**
 * How imported districts and/or an imported grid replace the engine worker's dataset (issue #5). The engine
 * session (engine-session.ts) only calls {@link replaceDataset}; plain functions, tested in Node.
 */
import { checkGridAgainstDistricts } from '../io/import/check-overlap';
import type { ImportIssue } from '../io/import/import-types';
import {
  type Dataset,
  DEFAULT_HOUSEHOLD_SIZE,
  type HouseholdsInput,
  residentsPerHousehold,
} from '../model/dataset';
import type { District } from '../model/district';
import type { PopulationGrid } from '../model/grid';
import { fail, ok, type Result } from '../model/result';
import type { DatasetSummary } from './dataset-summary';
import { type LevelReplacement, replaceLevels } from './replace-levels';

/**
 * Imported parts of a dataset: new districts, a new grid, or both. What is left out is kept from the dataset loaded
 * now, so districts can be swapped under the current grid and the other way round.
 */
export interface DatasetReplacement {
  /** Shown in the header, e.g. the imported file names. */
  name: string;
  districts?: District[];
  /** CRS the districts were read in (`gcj02` turns the GCJ-02 offset hint off). */
  districtsCrsId?: string;
  grid?: PopulationGrid;
  /** CRS the grid was read in. */
  gridCrsId?: string;
  /** Households as the planner stated them in the import dialog; absent: the current dataset's size is kept. */
  households?: HouseholdsInput;
  /**
   * Unit levels to add to the current dataset's levels (issue 12), each replacing the level of the same id; the
   * districts and grid are kept unless given too.
   */
  levels?: LevelReplacement[];
}

/**
 * The new dataset's summary plus the overlap warnings (`population-mostly-outside`, `districts-gcj02-offset`,
 * `level-gcj02-offset`).
 */
export interface DatasetReplaced {
  summary: DatasetSummary;
  warnings: ImportIssue[];
}

/** Resident layer of an imported grid: `total` when there is one, else the first layer. */
export function residentLayerOf(grid: PopulationGrid): string {
  const layers = Object.keys(grid.layers);
  return layers.includes('total') ? 'total' : (layers[0] ?? 'total');
}

/** Elderly layer of an imported grid, recognised by its id (`elderly60plus`, `elderly65plus`, …). */
export function elderlyLayerOf(grid: PopulationGrid): string | undefined {
  return Object.keys(grid.layers).find((layer) => /^elderly/i.test(layer));
}

/**
 * Household size of an imported dataset: the planner's residents per household, or the grid's residents / the census
 * family households they gave (domain.md § Households), else the current dataset's (with its basis when the grid is
 * kept), else {@link DEFAULT_HOUSEHOLD_SIZE}. Fails with `invalid-household-size` for a number that is not > 0.
 */
function householdsOf(
  grid: PopulationGrid,
  residentLayer: string,
  input: HouseholdsInput | undefined,
  current: Dataset | undefined,
): Result<Pick<Dataset, 'householdSize' | 'householdBasis'>> {
  if (input === undefined) {
    if (!current) return ok({ householdSize: DEFAULT_HOUSEHOLD_SIZE });
    const keepBasis = current.householdBasis && current.grid === grid;
    return ok({
      householdSize: current.householdSize,
      ...(keepBasis ? { householdBasis: current.householdBasis } : {}),
    });
  }
  if ('residentsPerHousehold' in input) {
    const size = input.residentsPerHousehold;
    if (!(Number.isFinite(size) && size > 0))
      return fail('invalid-household-size', `household size ${size} is not a positive number`, {
        value: size,
      });
    return ok({ householdSize: size });
  }
  let residents = 0;
  for (const persons of grid.layers[residentLayer] ?? []) residents += persons;
  const basis = { residents, familyHouseholds: input.familyHouseholds };
  const size = residentsPerHousehold(basis);
  if (size === null)
    return fail(
      'invalid-household-size',
      `family households ${input.familyHouseholds} is not a positive number`,
      {
        value: input.familyHouseholds,
      },
    );
  return ok({ householdSize: size, householdBasis: basis });
}

/**
 * The dataset made of `replacement` over `current` (id `import-<generation>`), cells assigned to districts by the
 * import path's overlap check; the current unit levels kept and the replacement's added (replace-levels.ts). A new
 * grid brings its own resident and elderly layers (see {@link residentLayerOf}); the household size is the planner's
 * statement, else the current dataset's, else {@link DEFAULT_HOUSEHOLD_SIZE}. Fails with the check's codes
 * (`grid-districts-no-overlap`), the levels' (`level-…`), or `no-dataset` when grid or districts are missing;
 * `current` is never modified.
 */
export function replaceDataset(
  current: Dataset | undefined,
  replacement: DatasetReplacement,
  generation: number,
): Result<{ dataset: Dataset; warnings: ImportIssue[] }> {
  const grid = replacement.grid ?? current?.grid;
  const districts = replacement.districts ?? current?.districts;
  if (!grid || !districts) return fail('no-dataset', 'Import a population grid and districts together');
  const kept = replacement.grid ? undefined : current;
  const residentLayer = kept ? kept.residentLayer : residentLayerOf(grid);
  const elderlyLayer = kept ? kept.elderlyLayer : elderlyLayerOf(grid);
  const overlap = checkGridAgainstDistricts(grid, districts, residentLayer, replacement.districtsCrsId);
  if (!overlap.ok) return overlap;
  const households = householdsOf(grid, residentLayer, replacement.households, current);
  if (!households.ok) return households;
  const levels = replaceLevels(
    current?.levels ?? [],
    replacement.levels ?? [],
    grid,
    grid !== current?.grid,
    residentLayer,
  );
  if (!levels.ok) return levels;
  const dataset: Dataset = {
    id: `import-${generation}`,
    name: replacement.name,
    grid,
    districts,
    districtOfCell: overlap.value.districtOfCell,
    ...households.value,
    residentLayer,
    sourceCrs: replacement.gridCrsId ?? current?.sourceCrs ?? 'EPSG:4326',
  };
  if (elderlyLayer) dataset.elderlyLayer = elderlyLayer;
  if (levels.value.levels.length > 0) dataset.levels = levels.value.levels;
  if (kept?.estimate) dataset.estimate = kept.estimate;
  return ok({ dataset, warnings: [...overlap.value.issues, ...levels.value.warnings] });
}
