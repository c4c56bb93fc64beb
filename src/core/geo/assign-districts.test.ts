import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { District } from '../model/district';
import type { PopulationGrid } from '../model/grid';
import { assignCellsToDistricts } from './assign-districts';
import { pointInPolygon } from './point-in-polygon';
import { buildRasterGrid, type RasterGeometry } from './raster-layout';

function rectangle(west: number, south: number, east: number, north: number, clockwise = false): Polygon {
  const ring: Position[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] };
}

function district(id: string, geometry: District['geometry']): District {
  return { id, name: id, geometry };
}

/** The same cells with the raster layout removed, to force the irregular path. */
function withoutRaster(grid: PopulationGrid): PopulationGrid {
  const { raster: _raster, ...irregular } = grid;
  return irregular;
}

/** Lowest-index district containing each centroid, by brute force. */
function bruteForce(grid: PopulationGrid, districts: District[]): Int32Array {
  const result = new Int32Array(grid.cellCount).fill(-1);
  for (let cell = 0; cell < grid.cellCount; cell++) {
    result[cell] = districts.findIndex((d) =>
      pointInPolygon(grid.lon[cell] as number, grid.lat[cell] as number, d.geometry),
    );
  }
  return result;
}

const fourByFour: RasterGeometry = {
  width: 4,
  height: 4,
  originLon: 0,
  originLat: 4,
  pixelWidthDegrees: 1,
  pixelHeightDegrees: 1,
};

/** Population 1..16 row-major; pixel 5 (row 1, column 1) is nodata. */
function handGrid(): PopulationGrid {
  const values = new Float32Array(16).map((_, pixel) => (pixel === 5 ? Number.NaN : pixel + 1));
  return buildRasterGrid(fourByFour, { total: values });
}

function populationByDistrict(
  grid: PopulationGrid,
  districtOfCell: Int32Array,
  districtCount: number,
): number[] {
  const sums = new Array<number>(districtCount + 1).fill(0);
  const values = grid.layers.total as Float32Array;
  districtOfCell.forEach((index, cell) => {
    const slot = index < 0 ? districtCount : index;
    sums[slot] = (sums[slot] as number) + (values[cell] as number);
  });
  return sums;
}

describe('assignCellsToDistricts on a hand-made 4×4 grid', () => {
  // A covers the north-west 2×2 pixels (0, 1, 4, 5 — 5 is nodata), B the south-east 2×2 (10, 11, 14, 15).
  const districts = [district('A', rectangle(0, 2, 2, 4)), district('B', rectangle(2, 0, 4, 2, true))];
  // Cells are the 15 valid pixels in row-major order: 0 1 2 3 4 | 6 7 8 9 10 11 12 13 14 15.
  const expected = [0, 0, -1, -1, 0, -1, -1, -1, -1, 1, 1, -1, -1, 1, 1];

  it('assigns raster cells by centroid and keeps cells outside both as −1', () => {
    const grid = handGrid();
    const districtOfCell = assignCellsToDistricts(grid, districts);
    expect(Array.from(districtOfCell)).toEqual(expected);
    // A: 1 + 2 + 5 = 8; B: 11 + 12 + 15 + 16 = 54; outside: 3 + 4 + 7 + 8 + 9 + 10 + 13 + 14 = 68; total 130.
    expect(populationByDistrict(grid, districtOfCell, 2)).toEqual([8, 54, 68]);
  });

  it('gives the same answer on the irregular path', () => {
    expect(Array.from(assignCellsToDistricts(withoutRaster(handGrid()), districts))).toEqual(expected);
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    assignCellsToDistricts(handGrid(), districts, (fraction) => fractions.push(fraction));
    expect(fractions.at(-1)).toBe(1);
    expect(
      fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (fractions[i - 1] as number))),
    ).toBe(true);
  });

  it('puts a centroid on a shared vertical edge in the eastern district, once', () => {
    // Column 1 centres lie on lon 1.5, the edge shared by West and East (listed in opposite directions).
    const split = [
      district('West', rectangle(-1, -1, 1.5, 5)),
      district('East', rectangle(1.5, -1, 5, 5, true)),
    ];
    for (const grid of [handGrid(), withoutRaster(handGrid())]) {
      const districtOfCell = assignCellsToDistricts(grid, split);
      // Column 1 holds pixels 1, 9 and 13 (pixel 5 is nodata), i.e. cells 1, 8 and 12.
      expect([1, 8, 12].map((cell) => districtOfCell[cell])).toEqual([1, 1, 1]);
      expect(Array.from(districtOfCell).filter((index) => index === -1)).toEqual([]);
      // West holds column 0: 1 + 5 + 9 + 13 = 28; East the other 130 − 28 = 102.
      expect(populationByDistrict(grid, districtOfCell, 2)).toEqual([28, 102, 0]);
    }
  });

  it('puts a centroid exactly on a slanted shared edge in one district, whatever the edge direction', () => {
    // Interpolating from the north end would put the crossing one ulp east (…655), leaving the point in neither.
    const south: Position = [114.24154924635, 30.27874891253765];
    const north: Position = [114.96359867422944, 30.52884009041049];
    const northWest: Polygon = {
      type: 'Polygon',
      coordinates: [[south, north, [114, north[1] as number], [114, south[1] as number], south]],
    };
    const southEast: Polygon = {
      type: 'Polygon',
      coordinates: [[north, south, [115.5, south[1] as number], [115.5, north[1] as number], north]],
    };
    const onEdge: PopulationGrid = {
      cellCount: 1,
      lon: new Float64Array([114.92610298545654]),
      lat: new Float64Array([30.51585297262008]),
      cellAreaSquareMeters: new Float32Array([1]),
      layers: { total: new Float32Array([1]) },
    };
    const split = [district('NW', northWest), district('SE', southEast)];
    expect(
      split.filter((d) => pointInPolygon(114.92610298545654, 30.51585297262008, d.geometry)).length,
    ).toBe(1);
    expect(Array.from(assignCellsToDistricts(onEdge, split))).toEqual([1]);
  });

  it('puts a centroid on a shared horizontal edge in the northern district, once', () => {
    // Row 1 centres lie on lat 2.5.
    const split = [
      district('South', rectangle(-1, -1, 5, 2.5, true)),
      district('North', rectangle(-1, 2.5, 5, 5)),
    ];
    const districtOfCell = assignCellsToDistricts(handGrid(), split);
    // Rows 0–1 (pixels 0–7, cells 0–6) are North; rows 2–3 South.
    expect(Array.from(districtOfCell)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

/** Random rasters on binary-exact coordinates, so centroids often fall exactly on edges and vertices. */
const rasterArbitrary = fc.record({
  width: fc.integer({ min: 1, max: 12 }),
  height: fc.integer({ min: 1, max: 12 }),
  originLon: fc.integer({ min: -8, max: 8 }).map((k) => 110 + k / 4),
  originLat: fc.integer({ min: -8, max: 8 }).map((k) => 30 + k / 4),
  pixelWidthDegrees: fc.constantFrom(0.25, 0.5, 0.1),
  pixelHeightDegrees: fc.constantFrom(0.25, 0.5, 0.1),
});

function gridFrom(raster: RasterGeometry, mask: boolean[]): PopulationGrid {
  const values = new Float32Array(raster.width * raster.height).map((_, pixel) =>
    mask[pixel % mask.length] ? pixel : Number.NaN,
  );
  return buildRasterGrid(raster, { total: values });
}

/** A vertex in half-pixel steps around the raster, or anywhere nearby. */
function vertexArbitrary(raster: RasterGeometry): fc.Arbitrary<Position> {
  const snapped = fc
    .tuple(
      fc.integer({ min: -2, max: 2 * raster.width + 2 }),
      fc.integer({ min: -2, max: 2 * raster.height + 2 }),
    )
    .map(([i, j]) => [
      raster.originLon + (i * raster.pixelWidthDegrees) / 2,
      raster.originLat - (j * raster.pixelHeightDegrees) / 2,
    ]);
  const free = fc
    .tuple(fc.double({ min: -0.1, max: 1.1, noNaN: true }), fc.double({ min: -0.1, max: 1.1, noNaN: true }))
    .map(([u, v]) => [
      raster.originLon + u * raster.width * raster.pixelWidthDegrees,
      raster.originLat - v * raster.height * raster.pixelHeightDegrees,
    ]);
  return fc.oneof(snapped, free);
}

function districtsArbitrary(raster: RasterGeometry): fc.Arbitrary<District[]> {
  const ring = fc
    .array(vertexArbitrary(raster), { minLength: 3, maxLength: 9 })
    .map((v) => [...v, v[0] as Position]);
  const geometry = fc.oneof(
    fc
      .array(ring, { minLength: 1, maxLength: 2 })
      .map((rings): District['geometry'] => ({ type: 'Polygon', coordinates: rings })),
    fc
      .array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
      .map((polygons): District['geometry'] => ({ type: 'MultiPolygon', coordinates: polygons })),
  );
  return fc
    .array(geometry, { minLength: 1, maxLength: 4 })
    .map((g) => g.map((geo, i) => district(`d${i}`, geo)));
}

describe('assignCellsToDistricts properties', () => {
  it('raster scanline and irregular path both equal brute-force point in polygon', () => {
    fc.assert(
      fc.property(
        rasterArbitrary.chain((raster) =>
          fc.tuple(
            fc.constant(raster),
            fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
            districtsArbitrary(raster),
          ),
        ),
        ([raster, mask, districts]) => {
          const grid = gridFrom(raster, mask);
          const expected = Array.from(bruteForce(grid, districts));
          expect(Array.from(assignCellsToDistricts(grid, districts))).toEqual(expected);
          expect(Array.from(assignCellsToDistricts(withoutRaster(grid), districts))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a zigzag boundary splitting a rectangle gives every centroid exactly one district', () => {
    fc.assert(
      fc.property(
        rasterArbitrary.chain((raster) =>
          fc.tuple(fc.constant(raster), fc.array(vertexArbitrary(raster), { minLength: 1, maxLength: 6 })),
        ),
        ([raster, cutVertices]) => {
          const grid = gridFrom(raster, [true]);
          const north = raster.originLat + 1;
          const south = raster.originLat - raster.height * raster.pixelHeightDegrees - 1;
          const west = raster.originLon - 1;
          const east = raster.originLon + raster.width * raster.pixelWidthDegrees + 1;
          // A boundary running north to south; its interior vertices are sorted by latitude, descending.
          const inner = [...cutVertices].sort((a, b) => (b[1] as number) - (a[1] as number));
          const cut: Position[] = [
            [inner[0]?.[0] as number, north],
            ...inner,
            [inner.at(-1)?.[0] as number, south],
          ];
          const westPart: Polygon = {
            type: 'Polygon',
            coordinates: [[[west, north], ...cut, [west, south], [west, north]]],
          };
          const eastPart: Polygon = {
            type: 'Polygon',
            coordinates: [[[east, south], ...[...cut].reverse(), [east, north], [east, south]]],
          };
          const districts = [district('west', westPart), district('east', eastPart)];
          for (let cell = 0; cell < grid.cellCount; cell++) {
            const containing = districts.filter((d) =>
              pointInPolygon(grid.lon[cell] as number, grid.lat[cell] as number, d.geometry),
            );
            expect(containing.length).toBe(1);
          }
          expect(Array.from(assignCellsToDistricts(grid, districts)).includes(-1)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
