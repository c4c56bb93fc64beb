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

/** The random raster dataset for `values` (row-major, one per pixel); `withRaster` false drops the raster layout. */
export function randomDataset(values: number[], withRaster = true): Dataset {
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
  if (!withRaster) delete grid.raster;
  return {
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
