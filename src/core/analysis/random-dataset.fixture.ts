/**
 * Small random datasets and facilities for the engine's fast-check properties: a lon/lat raster near 30.6° N
 * (Wuhan's latitude, so degrees of longitude and latitude differ) with nodata pixels, two districts that leave a
 * strip outside, and facilities of a few types that the rule sets count.
 */
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { assignCellsToDistricts } from '../geo/assign-districts';
import { buildRasterGrid } from '../geo/raster-layout';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { UnitLevel } from '../model/unit-level';

/** Raster size of the random datasets, pixels (0.001° each). */
const RANDOM_WIDTH = 12;
/** See {@link RANDOM_WIDTH}. */
const RANDOM_HEIGHT = 10;
const ORIGIN_LON = 114.3;
const ORIGIN_LAT = 30.6;
const PIXEL = 0.001;

function box(west: number, south: number, east: number, north: number): Polygon {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** Populations per pixel: NaN (nodata), 0, or a positive value with a fractional part. */
export const populationsArbitrary = fc.array(
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 6, arbitrary: fc.double({ min: 0.01, max: 200, noNaN: true }) },
  ),
  { minLength: RANDOM_WIDTH * RANDOM_HEIGHT, maxLength: RANDOM_WIDTH * RANDOM_HEIGHT },
);

/**
 * Two finer unit levels that do not nest in the districts: three horizontal bands (the last stops short of the
 * south edge, leaving cells outside), and six squares whose columns straddle the district border.
 */
function randomLevels(grid: Dataset['grid']): UnitLevel[] {
  const bands = [0, 1, 2].map((k) => ({
    id: `band-${k}`,
    name: `Band ${k}`,
    geometry: box(
      ORIGIN_LON,
      ORIGIN_LAT - 0.003 * (k + 1) + (k === 2 ? 0.0015 : 0),
      ORIGIN_LON + 0.012,
      ORIGIN_LAT - 0.003 * k,
    ),
  }));
  const squares = [0, 1, 2, 3, 4, 5].map((k) => {
    const west = ORIGIN_LON + 0.0045 * (k % 3) - 0.001;
    const north = ORIGIN_LAT - 0.005 * Math.floor(k / 3);
    return { id: `sq-${k}`, name: `Square ${k}`, geometry: box(west, north - 0.005, west + 0.0045, north) };
  });
  return [
    { id: 'bands', name: 'Bands', units: bands, unitOfCell: assignCellsToDistricts(grid, bands) },
    { id: 'squares', name: 'Squares', units: squares, unitOfCell: assignCellsToDistricts(grid, squares) },
  ];
}

/**
 * The random raster dataset for `values` (row-major, one per pixel); `withRaster` false drops the raster layout,
 * `withLevels` adds two finer unit levels (bands, squares).
 */
export function randomDataset(values: number[], withRaster = true, withLevels = false): Dataset {
  const total = Float32Array.from(values);
  const elderly = Float32Array.from(values, (value) => value * 0.2);
  const grid = buildRasterGrid(
    {
      width: RANDOM_WIDTH,
      height: RANDOM_HEIGHT,
      originLon: ORIGIN_LON,
      originLat: ORIGIN_LAT,
      pixelWidthDegrees: PIXEL,
      pixelHeightDegrees: PIXEL,
    },
    { total, elderly },
  );
  const middle = ORIGIN_LON + 0.0061;
  const districts = [
    {
      id: 'a',
      name: 'A',
      geometry: box(ORIGIN_LON, ORIGIN_LAT - 0.0085, middle, ORIGIN_LAT),
      householdSize: 2.1,
    },
    { id: 'b', name: 'B', geometry: box(middle, ORIGIN_LAT - 0.0085, ORIGIN_LON + 0.012, ORIGIN_LAT) },
  ];
  const districtOfCell = assignCellsToDistricts(grid, districts);
  const levels = withLevels ? randomLevels(grid) : undefined;
  if (!withRaster) delete grid.raster;
  return {
    ...(levels ? { levels } : {}),
    id: 'random',
    name: 'Random',
    grid,
    districts,
    districtOfCell,
    householdSize: 2.62,
    residentLayer: 'total',
    elderlyLayer: 'elderly',
    sourceCrs: 'EPSG:4326',
  };
}

/** Types the properties draw from: counted by several rule sets, plus one custom type. */
export const RANDOM_TYPES = [
  'community_service_station',
  'street_service_centre',
  'elderly_day_care',
  'fitness_ground',
  'custom_type',
];

/** A facility anywhere over the raster and a little beyond it. */
export const facilityArbitrary = (id: string): fc.Arbitrary<Facility> =>
  fc
    .record({
      type: fc.constantFrom(...RANDOM_TYPES),
      lon: fc.double({ min: ORIGIN_LON - 0.002, max: ORIGIN_LON + 0.014, noNaN: true }),
      lat: fc.double({ min: ORIGIN_LAT - 0.012, max: ORIGIN_LAT + 0.002, noNaN: true }),
      radiusMeters: fc.double({ min: 30, max: 700, noNaN: true }),
      floorAreaSquareMeters: fc.double({ min: 0, max: 3000, noNaN: true }),
      beds: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ beds, ...fields }) => ({
      id,
      name: id,
      status: 'proposed' as const,
      ...fields,
      capacity: { beds },
    }));
