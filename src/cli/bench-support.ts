/**
 * Helpers for `npm run bench` (bench.ts): a seeded random generator, population-weighted facility sites, a Wuhan grid
 * tiled side by side to pass a million cells, and a byte count of a dataset's typed arrays.
 */
import type { Dataset } from '../core/model/dataset';
import type { District } from '../core/model/district';
import type { Facility } from '../core/model/facility';
import type { PopulationGrid, RasterLayout } from '../core/model/grid';

/** Median, minimum and maximum of timings, ms rounded to the microsecond. */
export function summary(samples: number[]): { median: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    median: round(sorted[Math.floor(sorted.length / 2)] as number),
    min: round(sorted[0] as number),
    max: round(sorted[sorted.length - 1] as number),
  };
}

/** Wall-clock time of one call, ms. */
export function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws points with probability proportional to a cell's population, jittered uniformly within the pixel. */
export function populationWeightedSampler(dataset: Dataset, random: () => number): () => [number, number] {
  const grid = dataset.grid;
  const values = grid.layers[dataset.residentLayer] as Float32Array;
  const cumulative = new Float64Array(grid.cellCount);
  let total = 0;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    total += Math.max(0, values[cell] as number);
    cumulative[cell] = total;
  }
  const raster = grid.raster as RasterLayout;
  return () => {
    const target = random() * total;
    let low = 0;
    let high = grid.cellCount - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    const lon = (grid.lon[low] as number) + (random() - 0.5) * raster.pixelWidthDegrees;
    const lat = (grid.lat[low] as number) + (random() - 0.5) * raster.pixelHeightDegrees;
    return [lon, lat];
  };
}

/** `count` community service stations at population-weighted sites, all with `radiusMeters`. */
export function benchFacilities(
  sample: () => [number, number],
  count: number,
  radiusMeters: number,
  random: () => number,
): Facility[] {
  return Array.from({ length: count }, (_, k) => {
    const [lon, lat] = sample();
    return {
      id: `f${k}`,
      name: `Facility ${k}`,
      type: 'community_service_station',
      status: 'proposed' as const,
      lon,
      lat,
      radiusMeters,
      floorAreaSquareMeters: 600 + Math.round(random() * 400),
    };
  });
}

function shiftGeometry(district: District, degrees: number): District {
  const shift = (ring: number[][]): number[][] =>
    ring.map(([lon, lat]) => [(lon as number) + degrees, lat as number]);
  const geometry =
    district.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: district.geometry.coordinates.map(shift) }
      : {
          type: 'MultiPolygon' as const,
          coordinates: district.geometry.coordinates.map((polygon) => polygon.map(shift)),
        };
  return { ...district, id: `${district.id}-${degrees}`, geometry };
}

/**
 * The raster dataset repeated `copies` times side by side (each copy shifted east by the raster's width), with its
 * districts repeated and shifted too. Cells stay numbered in row-major pixel order.
 */
export function tileDataset(dataset: Dataset, copies: number): Dataset {
  const grid = dataset.grid;
  const raster = grid.raster as RasterLayout;
  const width = raster.width * copies;
  const cellCount = grid.cellCount * copies;
  const cellOfPixel = new Int32Array(width * raster.height).fill(-1);
  const pixelOfCell = new Int32Array(cellCount);
  const sourceOfCell = new Int32Array(cellCount);
  const copyOfCell = new Int32Array(cellCount);
  let next = 0;
  for (let row = 0; row < raster.height; row++) {
    for (let copy = 0; copy < copies; copy++) {
      for (let column = 0; column < raster.width; column++) {
        const source = raster.cellOfPixel[row * raster.width + column] as number;
        if (source < 0) continue;
        const pixel = row * width + copy * raster.width + column;
        cellOfPixel[pixel] = next;
        pixelOfCell[next] = pixel;
        sourceOfCell[next] = source;
        copyOfCell[next] = copy;
        next++;
      }
    }
  }
  const shiftDegrees = raster.width * raster.pixelWidthDegrees;
  const lon = new Float64Array(cellCount);
  const lat = new Float64Array(cellCount);
  const cellAreaSquareMeters = new Float32Array(cellCount);
  const districtOfCell = new Int32Array(cellCount);
  const layers: Record<string, Float32Array> = {};
  for (const id of Object.keys(grid.layers)) layers[id] = new Float32Array(cellCount);
  for (let cell = 0; cell < cellCount; cell++) {
    const source = sourceOfCell[cell] as number;
    const copy = copyOfCell[cell] as number;
    lon[cell] = raster.originLon + (((pixelOfCell[cell] as number) % width) + 0.5) * raster.pixelWidthDegrees;
    lat[cell] = grid.lat[source] as number;
    cellAreaSquareMeters[cell] = grid.cellAreaSquareMeters[source] as number;
    const district = dataset.districtOfCell[source] as number;
    districtOfCell[cell] = district < 0 ? -1 : district + copy * dataset.districts.length;
    for (const [id, values] of Object.entries(grid.layers)) {
      (layers[id] as Float32Array)[cell] = values[source] as number;
    }
  }
  const districts = Array.from({ length: copies }, (_, copy) =>
    dataset.districts.map((district) => shiftGeometry(district, copy * shiftDegrees)),
  ).flat();
  const tiled: PopulationGrid = {
    cellCount,
    lon,
    lat,
    cellAreaSquareMeters,
    layers,
    raster: { ...raster, width, cellOfPixel, pixelOfCell },
  };
  return { ...dataset, id: `${dataset.id}-x${copies}`, grid: tiled, districts, districtOfCell };
}

/** Bytes of the dataset's typed arrays (grid, layers, raster index, district assignment). */
export function datasetBytes(dataset: Dataset): number {
  const grid = dataset.grid;
  let bytes = grid.lon.byteLength + grid.lat.byteLength + grid.cellAreaSquareMeters.byteLength;
  for (const values of Object.values(grid.layers)) bytes += values.byteLength;
  if (grid.raster) bytes += grid.raster.cellOfPixel.byteLength + grid.raster.pixelOfCell.byteLength;
  return bytes + dataset.districtOfCell.byteLength;
}
