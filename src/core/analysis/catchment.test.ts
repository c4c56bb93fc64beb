import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineDistanceMeters } from '../geo/distance';
import type { PopulationGrid } from '../model/grid';
import { createCatchmentBuffer, createCatchmentRanges, type DistanceProvider } from './catchment';
import { fiveByFiveDataset, pixelCentre } from './five-by-five.fixture';
import { createPointDistanceProvider } from './point-distance-provider';
import { populationsArbitrary, randomDataset } from './random-dataset.fixture';
import { createRasterDistanceProvider } from './raster-distance-provider';

function cellsOf(
  provider: ReturnType<typeof createPointDistanceProvider>,
  lon: number,
  lat: number,
  radius: number,
) {
  const buffer = createCatchmentBuffer(4);
  const count = provider.collect(lon, lat, radius, buffer, true);
  return {
    cells: [...buffer.cells.subarray(0, count)],
    distances: [...buffer.distancesMeters.subarray(0, count)],
  };
}

/** The cells of a provider's runs, listed one by one. */
function cellsOfRanges(provider: DistanceProvider, lon: number, lat: number, radius: number): number[] {
  const ranges = createCatchmentRanges(1);
  provider.collectRanges(lon, lat, radius, ranges);
  const cells: number[] = [];
  for (let run = 0; run < ranges.count; run++) {
    for (let cell = ranges.bounds[2 * run] as number; cell < (ranges.bounds[2 * run + 1] as number); cell++) {
      cells.push(cell);
    }
  }
  return cells;
}

const queryArbitrary = fc.record({
  lon: fc.double({ min: 114.297, max: 114.315, noNaN: true }),
  lat: fc.double({ min: 30.587, max: 30.603, noNaN: true }),
  radius: fc.double({ min: 1, max: 900, noNaN: true }),
});

describe('catchments', () => {
  it('lists the cells of a 3 × 3 block at 150 m and a plus at 120 m on 100.08 m pixels (hand count)', () => {
    const grid = fiveByFiveDataset().grid;
    const raster = createRasterDistanceProvider(grid.raster as NonNullable<PopulationGrid['raster']>);
    const [lon, lat] = pixelCentre(1, 1);
    // Rows 0–2 × columns 0–2; r2c1 is nodata, so row 2 gives cells 10 (r2c0) and 11 (r2c2).
    const block = cellsOf(raster, lon, lat, 150);
    expect(block.cells).toEqual([0, 1, 2, 5, 6, 7, 10, 11]);
    expect(block.distances[4]).toBe(0);
    expect(block.distances[1]).toBeCloseTo(100.0756, 3); // one pixel north, 0.0009° × 111,195.08 m/°
    expect(block.distances[0]).toBeCloseTo(141.5284, 3); // diagonal
    const [lonCorner, latCorner] = pixelCentre(0, 4);
    expect(cellsOf(raster, lonCorner, latCorner, 120).cells).toEqual([3, 4, 9]);
    expect(cellsOf(raster, 10, 10, 500).cells).toEqual([]); // far outside the raster
  });

  it('gives identical cells, distances and runs on the raster fast path and through the kdbush index', () => {
    fc.assert(
      fc.property(
        populationsArbitrary,
        fc.array(queryArbitrary, { minLength: 1, maxLength: 8 }),
        (values, queries) => {
          const raster = createRasterDistanceProvider(
            randomDataset(values).grid.raster as NonNullable<PopulationGrid['raster']>,
          );
          const points = createPointDistanceProvider(randomDataset(values, false).grid);
          for (const { lon, lat, radius } of queries) {
            const listed = cellsOf(raster, lon, lat, radius);
            expect(listed).toEqual(cellsOf(points, lon, lat, radius));
            expect(cellsOfRanges(raster, lon, lat, radius)).toEqual(listed.cells);
            expect(cellsOfRanges(points, lon, lat, radius)).toEqual(listed.cells);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with the great-circle distance to within 0.01% of the radius', () => {
    const grid = randomDataset(new Array(120).fill(1)).grid;
    const raster = createRasterDistanceProvider(grid.raster as NonNullable<PopulationGrid['raster']>);
    fc.assert(
      fc.property(queryArbitrary, ({ lon, lat, radius }) => {
        const inside = new Set(cellsOf(raster, lon, lat, radius).cells);
        for (let cell = 0; cell < grid.cellCount; cell++) {
          const distance = haversineDistanceMeters(
            lon,
            lat,
            grid.lon[cell] as number,
            grid.lat[cell] as number,
          );
          if (distance <= radius * (1 - 1e-4)) expect(inside.has(cell)).toBe(true);
          if (distance >= radius * (1 + 1e-4)) expect(inside.has(cell)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns cells in ascending order even when the raster numbers its cells in another order', () => {
    const grid = fiveByFiveDataset().grid;
    const layout = grid.raster as NonNullable<PopulationGrid['raster']>;
    const last = grid.cellCount - 1;
    // Number the cells backwards: cell k becomes last − k.
    const reversed = {
      ...layout,
      cellOfPixel: layout.cellOfPixel.map((cell) => (cell < 0 ? cell : last - cell)),
      pixelOfCell: layout.pixelOfCell.slice().reverse(),
    };
    const [lon, lat] = pixelCentre(1, 1);
    const forward = cellsOf(createRasterDistanceProvider(layout), lon, lat, 150).cells;
    const backward = cellsOf(createRasterDistanceProvider(reversed), lon, lat, 150).cells;
    expect(backward).toEqual(forward.map((cell) => last - cell).sort((a, b) => a - b));
    expect(cellsOfRanges(createRasterDistanceProvider(reversed), lon, lat, 150)).toEqual(backward);
  });
});
