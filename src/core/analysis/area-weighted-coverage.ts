/**
 * The area-weighted ("precise") coverage mode of domain.md § Definitions: a boundary cell counts by the covered
 * share of its area, measured by supersampling the union of disks (never summing per-disk fractions). Each cell is
 * sampled on an s × s lattice; every sample keeps a count of the disks holding it, so the union is exact at sample
 * resolution and edits stay incremental. A cell's covered population is round(quanta × covered samples / s²),
 * a function of the sample count alone, so sums stay exact (fixed-point.ts).
 *
 * Cell extent: a raster cell is its pixel; an irregular cell (CSV point, hexagon) is taken as a square of its area
 * centred on its centroid. Distances use the facility-centred plane of raster-distance-provider.ts.
 */
import { METERS_PER_DEGREE_LATITUDE } from '../geo/distance';
import type { PopulationGrid } from '../model/grid';
import type { AnalysisContext, LayerQuanta } from './analysis-context';
import type { CatchmentRanges, DistanceProvider } from './catchment';
import { metersPerDegreeLonAt } from './raster-distance-provider';

/** Samples per side when the option is not given: 4 × 4 = 16 per cell. */
export const DEFAULT_SAMPLES_PER_SIDE = 4;

/** The per-sample state of one coverage layer in the area-weighted mode. */
export interface AreaWeightedCoverage {
  samplesPerSide: number;
  /** Per cell × sample, disks holding the sample; null until the first facility arrives. */
  sampleCounts: Uint16Array | null;
  /** Per cell, samples with a count above zero (0 … s²). */
  coveredSamples: Uint8Array | null;
  /** Per bucket, Σ round(population quanta × covered samples / s²). */
  coveredQuanta: Float64Array;
}

/** An empty area-weighted state; `samplesPerSide` must be 1–15 (s² fits a byte). */
export function createAreaWeightedCoverage(
  samplesPerSide: number,
  bucketCount: number,
): AreaWeightedCoverage {
  return {
    samplesPerSide,
    sampleCounts: null,
    coveredSamples: null,
    coveredQuanta: new Float64Array(bucketCount),
  };
}

/** Half extents of cells in metres: per grid for rasters, per cell for irregular cells. */
export interface CellExtents {
  /** Raster pixels: half size in degrees; null for irregular cells. */
  halfPixelDegrees: { lon: number; lat: number } | null;
  /** Irregular cells: half the side of the square of the cell's area, metres. */
  halfSideMeters: Float64Array | null;
  /** Irregular cells: the largest half diagonal, metres. */
  maxHalfDiagonalMeters: number;
}

/** Cell extents for `grid` (computed once per engine, only in the area-weighted mode). */
export function computeCellExtents(grid: PopulationGrid): CellExtents {
  if (grid.raster) {
    const halfPixelDegrees = {
      lon: grid.raster.pixelWidthDegrees / 2,
      lat: grid.raster.pixelHeightDegrees / 2,
    };
    return { halfPixelDegrees, halfSideMeters: null, maxHalfDiagonalMeters: 0 };
  }
  const halfSideMeters = new Float64Array(grid.cellCount);
  let maxHalfSide = 0;
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const half = Math.sqrt(Math.max(0, grid.cellAreaSquareMeters[cell] as number)) / 2;
    halfSideMeters[cell] = half;
    if (half > maxHalfSide) maxHalfSide = half;
  }
  return { halfPixelDegrees: null, halfSideMeters, maxHalfDiagonalMeters: maxHalfSide * Math.SQRT2 };
}

/** One disk in the facility-centred plane, with the per-query constants of the sampling. */
interface DiskSampling {
  lon: number;
  lat: number;
  radiusSquared: number;
  metersPerDegreeLon: number;
  /** Sample offsets as fractions of the half extent, (2k + 1)/s − 1. */
  offsets: Float64Array;
  sign: 1 | -1;
}

/** Updates the sample counts of one cell for the disk; returns the cell's new number of covered samples. */
function sampleCell(
  state: AreaWeightedCoverage,
  grid: PopulationGrid,
  cell: number,
  halfX: number,
  halfY: number,
  disk: DiskSampling,
): number {
  const sampleCounts = state.sampleCounts as Uint16Array;
  const side = state.samplesPerSide;
  const { radiusSquared, offsets, sign } = disk;
  const east = ((grid.lon[cell] as number) - disk.lon) * disk.metersPerDegreeLon;
  const north = ((grid.lat[cell] as number) - disk.lat) * METERS_PER_DEGREE_LATITUDE;
  let covered = (state.coveredSamples as Uint8Array)[cell] as number;
  const base = cell * side * side;
  for (let a = 0; a < side; a++) {
    const x = east + (offsets[a] as number) * halfX;
    const xSquared = x * x;
    if (xSquared > radiusSquared) continue;
    for (let b = 0; b < side; b++) {
      const y = north + (offsets[b] as number) * halfY;
      if (xSquared + y * y > radiusSquared) continue;
      const sample = base + a * side + b;
      const previous = sampleCounts[sample] as number;
      sampleCounts[sample] = previous + sign;
      if (sign === 1 && previous === 0) covered++;
      else if (sign === -1 && previous === 1) covered--;
    }
  }
  return covered;
}

/**
 * Adds (`sign` = 1) or removes (`sign` = −1) the disk of radius `radiusMeters` around (lon, lat) to the samples of
 * `state`, updating covered sums of `population` by bucket. `ranges` is scratch for the candidate cells.
 */
export function applyDiskToAreaWeighted(
  state: AreaWeightedCoverage,
  context: AnalysisContext,
  extents: CellExtents,
  provider: DistanceProvider,
  population: LayerQuanta,
  disk: { lon: number; lat: number; radiusMeters: number },
  sign: 1 | -1,
  ranges: CatchmentRanges,
): void {
  const side = state.samplesPerSide;
  const samplesPerCell = side * side;
  if (state.sampleCounts === null || state.coveredSamples === null) {
    state.sampleCounts = new Uint16Array(context.cellCount * samplesPerCell);
    state.coveredSamples = new Uint8Array(context.cellCount);
  }
  const coveredSamples = state.coveredSamples;
  const coveredQuanta = state.coveredQuanta;
  const metersPerDegreeLon = metersPerDegreeLonAt(disk.lat);
  const pixel = extents.halfPixelDegrees;
  const pixelHalfX = pixel ? pixel.lon * metersPerDegreeLon : 0;
  const pixelHalfY = pixel ? pixel.lat * METERS_PER_DEGREE_LATITUDE : 0;
  const reach = pixel ? Math.hypot(pixelHalfX, pixelHalfY) : extents.maxHalfDiagonalMeters;
  provider.collectRanges(disk.lon, disk.lat, disk.radiusMeters + reach, ranges);
  const offsets = new Float64Array(side);
  for (let k = 0; k < side; k++) offsets[k] = (2 * k + 1) / side - 1;
  const sampling: DiskSampling = {
    lon: disk.lon,
    lat: disk.lat,
    radiusSquared: disk.radiusMeters * disk.radiusMeters,
    metersPerDegreeLon,
    offsets,
    sign,
  };
  const grid = context.dataset.grid;
  const bounds = ranges.bounds;
  for (let run = 0; run < ranges.count; run++) {
    const end = bounds[2 * run + 1] as number;
    for (let cell = bounds[2 * run] as number; cell < end; cell++) {
      const halfX = pixel ? pixelHalfX : (extents.halfSideMeters?.[cell] as number);
      const halfY = pixel ? pixelHalfY : halfX;
      const before = coveredSamples[cell] as number;
      const after = sampleCell(state, grid, cell, halfX, halfY, sampling);
      if (after === before) continue;
      coveredSamples[cell] = after;
      const quanta = population.quantaOfCell[cell] as number;
      const bucket = context.bucketOfCell[cell] as number;
      coveredQuanta[bucket] =
        (coveredQuanta[bucket] as number) +
        Math.round((quanta * after) / samplesPerCell) -
        Math.round((quanta * before) / samplesPerCell);
    }
  }
}
