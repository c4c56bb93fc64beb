/**
 * A 5 × 5 raster on the equator with hand-countable populations, for the engine's hand-computed tests.
 *
 * Pixels are 0.0009° (100.0756 m at the equator, where a degree of longitude and of latitude are equally long).
 * Row 2's centre lies on the equator. Persons per cell (resident layer `total`; nd = nodata):
 *
 *          c0   c1   c2   c3   c4
 *   r0     10   20   30   40   50
 *   r1     60   70   80   90  100
 *   r2    110   nd  130  140  150
 *   r3    160  170  180  190  200
 *   r4      5    5    7    8    9
 *
 * District West = columns 0–1 (all rows), household size 2.0 of its own: 610 persons, 305 households.
 * District East = columns 2–4, rows 0–3 (dataset household size 2.5): 1380 persons, 552 households.
 * Row 4, columns 2–4 lie in no district: 24 persons, 9.6 households. Elderly layer: 10% of every cell.
 */
import type { Polygon } from 'geojson';
import { assignCellsToDistricts } from '../geo/assign-districts';
import { buildRasterGrid } from '../geo/raster-layout';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';

/** Pixel size of the fixture, degrees. */
const PIXEL_DEGREES = 0.0009;

const PERSONS: number[][] = [
  [10, 20, 30, 40, 50],
  [60, 70, 80, 90, 100],
  [110, Number.NaN, 130, 140, 150],
  [160, 170, 180, 190, 200],
  [5, 5, 7, 8, 9],
];

function box(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/** Centre of pixel (row, column), [lon, lat]. */
export function pixelCentre(row: number, column: number): [number, number] {
  return [(column + 0.5) * PIXEL_DEGREES, 0.00225 - (row + 0.5) * PIXEL_DEGREES];
}

/** The fixture dataset; `persons` (5 rows of 5, NaN = nodata) replaces the populations above. */
export function fiveByFiveDataset(persons: number[][] = PERSONS): Dataset {
  const total = new Float32Array(25);
  const elderly = new Float32Array(25);
  persons.forEach((row, r) => {
    row.forEach((value, c) => {
      total[r * 5 + c] = value;
      elderly[r * 5 + c] = value / 10;
    });
  });
  const grid = buildRasterGrid(
    {
      width: 5,
      height: 5,
      originLon: 0,
      originLat: 0.00225,
      pixelWidthDegrees: PIXEL_DEGREES,
      pixelHeightDegrees: PIXEL_DEGREES,
    },
    { total, elderly },
  );
  const districts = [
    { id: 'west', name: 'West', geometry: box(0, -0.00225, 0.0018, 0.00225), householdSize: 2 },
    { id: 'east', name: 'East', geometry: box(0.0018, -0.00135, 0.0045, 0.00225) },
  ];
  return {
    id: 'five-by-five',
    name: 'Five by five',
    grid,
    districts,
    districtOfCell: assignCellsToDistricts(grid, districts),
    householdSize: 2.5,
    residentLayer: 'total',
    elderlyLayer: 'elderly',
    sourceCrs: 'EPSG:4326',
  };
}

/** A facility at the centre of pixel (row, column). */
export function facilityAt(
  id: string,
  type: string,
  row: number,
  column: number,
  radiusMeters: number,
  floorAreaSquareMeters: number,
): Facility {
  const [lon, lat] = pixelCentre(row, column);
  return { id, name: id, type, status: 'existing', lon, lat, radiusMeters, floorAreaSquareMeters };
}

/** A unit spanning all five columns from `firstRow` to `lastRow` (inclusive). */
function rowBand(id: string, firstRow: number, lastRow: number) {
  const north = 0.00225 - firstRow * PIXEL_DEGREES;
  const south = 0.00225 - (lastRow + 1) * PIXEL_DEGREES;
  const east = 5 * PIXEL_DEGREES;
  const ring = [
    [0, south],
    [east, south],
    [east, north],
    [0, north],
    [0, south],
  ];
  return { id, name: id, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
}

/**
 * The fixture with one finer level `rows` of two units across both districts: N = rows 0–1 (550 persons), S = rows
 * 2–3 (1,430 persons; the nodata cell counts nothing). Row 4 lies in no unit.
 */
export function fiveByFiveWithRowBands(persons?: number[][]): Dataset {
  const dataset = fiveByFiveDataset(persons);
  const units = [rowBand('N', 0, 1), rowBand('S', 2, 3)];
  dataset.levels = [
    { id: 'rows', name: 'Rows', units, unitOfCell: assignCellsToDistricts(dataset.grid, units) },
  ];
  return dataset;
}
