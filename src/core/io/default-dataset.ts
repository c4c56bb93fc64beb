/**
 * The default Wuhan dataset (domain.md § Default dataset; data/README.md): WorldPop 2020 100 m grids of adults 20+
 * and elderly 60+, 13 OpenStreetMap districts, and a total-population layer estimated from the adults.
 */
import { assignCellsToDistricts } from '../geo/assign-districts';
import { type Dataset, DEFAULT_DATASET_ID } from '../model/dataset';
import { ok, type Result } from '../model/result';
import { parseDistrictsGeoJson } from './districts';
import { readGeoTiffLayers } from './geotiff-grid';

/** Wuhan's resident population in the 7th national census (2020), persons (domain.md § Default dataset). */
export const WUHAN_CENSUS_2020_TOTAL_PERSONS = 12_326_518;

/**
 * Sum of the valid cells of data/wuhan_worldpop_age20plus_100m.tif (WorldPop, ages 20+), persons, rounded; the
 * file sums to 9,491,334.4 (data/README.md). The grid has no ages 0–19, hence the census scaling below.
 */
export const WUHAN_WORLDPOP_ADULTS_20PLUS_PERSONS = 9_491_334;

/** Census total / WorldPop 20+ total ≈ 1.2987: the per-cell factor turning adults 20+ into estimated residents. */
export const WUHAN_TOTAL_POPULATION_SCALE =
  WUHAN_CENSUS_2020_TOTAL_PERSONS / WUHAN_WORLDPOP_ADULTS_20PLUS_PERSONS;

/**
 * Wuhan's family households (家庭户) in the 7th national census (2020): 4,082,533 households of 10,089,527 persons
 * (2.47 per family household). The 2,236,991 residents of collective households (dormitories) form no 户
 * (domain.md § Households).
 */
export const WUHAN_CENSUS_2020_FAMILY_HOUSEHOLDS = 4_082_533;

/**
 * Residents per household on the total layer: all residents / family households = 12,326,518 / 4,082,533 ≈ 3.019.
 * Dividing all residents by 2.47 (the size of a family household) would overstate households by 22%, because
 * collective-household residents would be counted as households too.
 */
const WUHAN_RESIDENTS_PER_HOUSEHOLD = WUHAN_CENSUS_2020_TOTAL_PERSONS / WUHAN_CENSUS_2020_FAMILY_HOUSEHOLDS;

/** The raw files of the default dataset: the two GeoTIFFs and the districts GeoJSON (object or text). */
export interface DefaultDatasetInput {
  adultsTiff: ArrayBuffer;
  elderlyTiff: ArrayBuffer;
  districtsGeoJson: unknown;
}

/** Share of the progress bar spent decoding; assignment takes the rest. */
const DECODE_SHARE = 0.8;

/**
 * Builds the Wuhan {@link Dataset}: layers `adults20plus`, `elderly60plus` and `total` (= adults ×
 * {@link WUHAN_TOTAL_POPULATION_SCALE}, described in `estimate`), districts with ids from `Code_County`, names from
 * `Name_County`, English names from `Pinyin`, and every cell assigned to the district containing its centroid or −1.
 * `onProgress` receives the overall fraction 0–1 and the stage (`decode`, then `assign`). Errors are those of
 * readGeoTiffLayers (`geotiff-…`) and parseDistrictsGeoJson (`districts-…`).
 */
export async function buildDefaultDataset(
  input: DefaultDatasetInput,
  onProgress?: (fraction: number, stage: string) => void,
): Promise<Result<Dataset>> {
  onProgress?.(0, 'decode');
  const read = await readGeoTiffLayers(
    [
      { buffer: input.adultsTiff, layerId: 'adults20plus' },
      { buffer: input.elderlyTiff, layerId: 'elderly60plus' },
    ],
    { onProgress: (fraction) => onProgress?.(DECODE_SHARE * fraction, 'decode') },
  );
  if (!read.ok) return read;
  const { grid, crsId } = read.value;
  const districts = parseDistrictsGeoJson(input.districtsGeoJson, {
    nameField: 'Name_County',
    idField: 'Code_County',
    nameEnField: 'Pinyin',
  });
  if (!districts.ok) return districts;
  const adults = grid.layers.adults20plus as Float32Array;
  grid.layers.total = adults.map((persons) => persons * WUHAN_TOTAL_POPULATION_SCALE);
  onProgress?.(DECODE_SHARE, 'assign');
  const districtOfCell = assignCellsToDistricts(grid, districts.value, (fraction) =>
    onProgress?.(DECODE_SHARE + (1 - DECODE_SHARE) * fraction, 'assign'),
  );
  return ok({
    id: DEFAULT_DATASET_ID,
    name: '武汉 Wuhan',
    grid,
    districts: districts.value,
    districtOfCell,
    householdSize: WUHAN_RESIDENTS_PER_HOUSEHOLD,
    householdBasis: {
      residents: WUHAN_CENSUS_2020_TOTAL_PERSONS,
      familyHouseholds: WUHAN_CENSUS_2020_FAMILY_HOUSEHOLDS,
    },
    residentLayer: 'total',
    elderlyLayer: 'elderly60plus',
    estimate: {
      layer: 'total',
      sourceLayer: 'adults20plus',
      scale: WUHAN_TOTAL_POPULATION_SCALE,
      note: '2020 census total 12,326,518 / WorldPop 20+ 9,491,334: each cell’s adults 20+ × 1.298713 (the grid has no ages 0–19)',
    },
    sourceCrs: crsId,
  });
}
