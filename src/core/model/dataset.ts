import type { District } from './district';
import type { PopulationGrid } from './grid';
import type { UnitLevel } from './unit-level';

/** How the "total" population layer was obtained, so the app can say so next to every figure. */
export interface PopulationEstimate {
  /** Layer that holds the estimate, e.g. `total`. */
  layer: string;
  /** Layer it was scaled from, e.g. `adults20plus`. */
  sourceLayer: string;
  /** Multiplier applied cell by cell (census total / source layer total). */
  scale: number;
  /** Human-readable provenance, e.g. "2020 census total 12,326,518 / WorldPop 20+ 9,491,334". */
  note: string;
}

/**
 * Persons per family household in China, 7th census 2020 (domain.md § Households): the household size of a city
 * when its data gives none (an imported dataset, the command line without `--household-size`).
 */
export const DEFAULT_HOUSEHOLD_SIZE = 2.62;

/**
 * Where the dataset's household size comes from when it is a census ratio: all residents / family households
 * (domain.md § Households). The app states it next to the figure; the planner can still replace the size.
 */
export interface HouseholdBasis {
  /** All residents the census counts, persons (family and collective households). */
  residents: number;
  /** Family households (家庭户) the census counts. */
  familyHouseholds: number;
}

/**
 * Residents per household that turns all residents into family households: residents / family households, or null
 * when either is not a positive finite number (domain.md § Households).
 */
export function residentsPerHousehold(basis: HouseholdBasis): number | null {
  const { residents, familyHouseholds } = basis;
  const valid = (value: number) => Number.isFinite(value) && value > 0;
  return valid(residents) && valid(familyHouseholds) ? residents / familyHouseholds : null;
}

/**
 * What a planner may state about households when importing a grid: residents per household directly, or the census
 * total of family households (the divisor is then the grid's residents / that total).
 */
export type HouseholdsInput = { residentsPerHousehold: number } | { familyHouseholds: number };

/** Everything the engine needs about one city. Cells are assigned to districts once, at load. */
export interface Dataset {
  id: string;
  name: string;
  grid: PopulationGrid;
  districts: District[];
  /** For each cell, the index into `districts` of the district containing its centroid, or -1 (outside). */
  districtOfCell: Int32Array;
  /**
   * Finer polygon levels (街道, 社区, hexagons), coarse to fine; every figure is computed per unit at each level and
   * per-community standards are judged at the last one (domain.md § Planning units). Absent or empty: districts only.
   */
  levels?: UnitLevel[];
  /**
   * Residents per household: all residents of the resident layer / family households (domain.md § Households).
   * Wuhan: 12,326,518 / 4,082,533 ≈ 3.019.
   */
  householdSize: number;
  /** Present when `householdSize` is a census ratio: the two totals it divides. */
  householdBasis?: HouseholdBasis;
  /** Layer used for residents, households and coverage, e.g. `total`. */
  residentLayer: string;
  /** Layer used for elderly ratios (beds per 1,000 elderly), e.g. `elderly60plus`. */
  elderlyLayer?: string;
  /** Kindergarten-age children (e.g. `children3to6`), for 普惠 kindergarten coverage; absent when not known. */
  childLayer?: string;
  /** Present when a layer is a scaled estimate rather than a source count. */
  estimate?: PopulationEstimate;
  /** CRS the source files were read in, as shown to the user (e.g. `EPSG:4326`). */
  sourceCrs: string;
}

/** Id of the default dataset (Wuhan, WorldPop 2020 100 m grids, OSM districts). */
export const DEFAULT_DATASET_ID = 'wuhan-2020';

/**
 * The id the default dataset's start scenario carried before it used {@link DEFAULT_DATASET_ID}: scenarios saved
 * and links shared by those versions name it, and they mean the same city.
 */
export const LEGACY_DEFAULT_DATASET_ID = 'wuhan';
