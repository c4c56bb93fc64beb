/**
 * Coverage instances given as sets, for hand-worked and brute-force tests: cell i has weight `weights[i]`, candidate
 * j reaches the cells `reaches[j]`. A test {@link DistanceProvider} answers by position, so the search runs exactly
 * as it does on a map. Cells lie along the equator 0.01° apart; candidate j at (0.01·j, 0.05), existing facility e
 * at (0.01·e, −0.05).
 */
import type { CatchmentBuffer, CatchmentRanges, DistanceProvider } from '../analysis/catchment';
import { ensureCatchmentCapacity, rangesFromSortedCells } from '../analysis/catchment';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { CandidatePoint } from './candidates';

/** Position of candidate `j`. */
function candidatePoint(j: number): CandidatePoint {
  return { lon: 0.01 * j, lat: 0.05 };
}

/** A set-cover instance ready for `suggestSites`. */
export interface SetCoverInstance {
  dataset: Dataset;
  provider: DistanceProvider;
  candidates: CandidatePoint[];
  facilities: Facility[];
}

/** The instance; `existing[e]` lists the cells existing facility e reaches (type `station`, radius 1). */
export function setCoverInstance(
  weights: readonly number[],
  reaches: readonly (readonly number[])[],
  existing: readonly (readonly number[])[] = [],
): SetCoverInstance {
  const cellCount = weights.length;
  const sets = new Map<string, number[]>();
  const key = (lon: number, lat: number) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
  const candidates = reaches.map((_, j) => candidatePoint(j));
  reaches.forEach((cells, j) => {
    sets.set(
      key(0.01 * j, 0.05),
      [...new Set(cells)].sort((a, b) => a - b),
    );
  });
  existing.forEach((cells, e) => {
    sets.set(
      key(0.01 * e, -0.05),
      [...new Set(cells)].sort((a, b) => a - b),
    );
  });
  function collect(lon: number, lat: number, _radius: number, buffer: CatchmentBuffer): number {
    const cells = sets.get(key(lon, lat)) ?? [];
    ensureCatchmentCapacity(buffer, cells.length);
    buffer.cells.set(cells);
    buffer.count = cells.length;
    return cells.length;
  }
  const provider: DistanceProvider = {
    distance: 'great-circle',
    collect,
    collectRanges(lon: number, lat: number, _radius: number, ranges: CatchmentRanges) {
      const cells = Int32Array.from(sets.get(key(lon, lat)) ?? []);
      return rangesFromSortedCells(cells, cells.length, ranges);
    },
  };
  const dataset: Dataset = {
    id: 'set-cover',
    name: 'set cover',
    grid: {
      cellCount,
      lon: Float64Array.from(weights, (_, i) => 0.01 * i),
      lat: new Float64Array(cellCount),
      cellAreaSquareMeters: new Float32Array(cellCount).fill(1),
      layers: { total: Float32Array.from(weights) },
    },
    districts: [],
    districtOfCell: new Int32Array(cellCount).fill(-1),
    householdSize: 2.5,
    residentLayer: 'total',
    sourceCrs: 'EPSG:4326',
  };
  const facilities: Facility[] = existing.map((_, e) => ({
    id: `existing-${e}`,
    name: `existing ${e}`,
    type: 'station',
    status: 'existing',
    lon: 0.01 * e,
    lat: -0.05,
    floorAreaSquareMeters: 100,
    radiusMeters: 1,
  }));
  return { dataset, provider, candidates, facilities };
}

/** Weight covered by the candidates `chosen` of an instance (no existing facilities). */
export function coveredBy(
  weights: readonly number[],
  reaches: readonly (readonly number[])[],
  chosen: readonly number[],
): number {
  const covered = new Set<number>();
  for (const j of chosen) for (const cell of reaches[j] ?? []) covered.add(cell);
  let total = 0;
  for (const cell of covered) total += weights[cell] ?? 0;
  return total;
}
