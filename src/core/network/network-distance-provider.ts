/**
 * The walking-network {@link DistanceProvider} (issue 13; domain.md § Walking-network distance): d(f, c) =
 * snap(f) + shortest path(node f → node c) + snap(c), and cell c is in f's catchment when d(f, c) ≤ r. Cells are
 * snapped once when the provider is made; each query snaps the facility, runs a Dijkstra bounded by r from its
 * node (starting at snap(f)), and keeps the cells of each settled node whose own snap fits in what is left. An
 * off-network facility (no node within 300 m) reaches nothing; off-network cells are never reached.
 */
import {
  type CatchmentBuffer,
  type CatchmentRanges,
  createCatchmentBuffer,
  type DistanceProvider,
  rangesFromSortedCells,
} from '../analysis/catchment';
import type { PopulationGrid } from '../model/grid';
import {
  createDijkstraScratch,
  type DijkstraScratch,
  dijkstraScratchBytes,
  searchWithin,
} from './bounded-dijkstra';
import { type CellSnapping, cellSnappingBytes, snapCells } from './cell-snapping';
import { createSnapResult, nearestNode, type SnapResult } from './nearest-node';
import { networkBytes, type StreetNetwork } from './street-network';

/** A {@link DistanceProvider} on a walking network, with what the results need to say where the network ends. */
export interface NetworkDistanceProvider extends DistanceProvider {
  readonly distance: 'network';
  readonly network: StreetNetwork;
  /** How the grid's cells attach to the network (per cell node −1 = off the network). */
  readonly cellSnapping: CellSnapping;
  /** The node a facility at (lon, lat) attaches to and its distance, metres; null when off the network. */
  snapFacility(lon: number, lat: number): { node: number; meters: number } | null;
  /** Bytes held by the network, the cell snapping and the search's working memory. */
  memoryBytes(): number;
}

function growBuffer(buffer: CatchmentBuffer, withDistances: boolean): void {
  const cells = new Int32Array(buffer.cells.length * 2);
  cells.set(buffer.cells.subarray(0, buffer.count));
  buffer.cells = cells;
  const distances = new Float64Array(cells.length);
  if (withDistances) distances.set(buffer.distancesMeters.subarray(0, buffer.count));
  buffer.distancesMeters = distances;
}

/**
 * A network provider over `grid`'s cells. Snapping every centroid costs O(cells × nodes nearby) once; a query
 * costs the bounded Dijkstra plus a sort of the catchment.
 */
export function createNetworkDistanceProvider(
  grid: PopulationGrid,
  network: StreetNetwork,
  onProgress?: (fraction: number) => void,
): NetworkDistanceProvider {
  const cellSnapping = snapCells(network, grid, onProgress);
  const { cellStart, cells: cellsByNode, snapMeters } = cellSnapping;
  const scratch: DijkstraScratch = createDijkstraScratch(network);
  const snap: SnapResult = createSnapResult();
  let distanceOfCell: Float64Array | null = null;

  // The query being answered, read by the visitor (one closure for all queries: no allocation per query).
  let target: CatchmentBuffer = createCatchmentBuffer();
  let radius = 0;
  let keepDistances = false;
  const visit = (node: number, meters: number): void => {
    const end = cellStart[node + 1] as number;
    for (let k = cellStart[node] as number; k < end; k++) {
      const total = meters + (snapMeters[k] as number);
      if (total > radius) continue;
      if (target.count === target.cells.length) growBuffer(target, keepDistances);
      const cell = cellsByNode[k] as number;
      target.cells[target.count] = cell;
      if (keepDistances) (distanceOfCell as Float64Array)[cell] = total;
      target.count++;
    }
  };

  function collect(
    lon: number,
    lat: number,
    radiusMeters: number,
    buffer: CatchmentBuffer,
    withDistances: boolean,
  ): number {
    buffer.count = 0;
    nearestNode(network, lon, lat, snap);
    if (snap.node < 0 || !(snap.meters <= radiusMeters)) return 0;
    if (withDistances && !distanceOfCell) distanceOfCell = new Float64Array(grid.cellCount);
    target = buffer;
    radius = radiusMeters;
    keepDistances = withDistances;
    searchWithin(network, scratch, snap.node, snap.meters, radiusMeters, visit);
    const count = buffer.count;
    buffer.cells.subarray(0, count).sort();
    if (withDistances) {
      if (buffer.distancesMeters.length < buffer.cells.length)
        buffer.distancesMeters = new Float64Array(buffer.cells.length);
      const distances = distanceOfCell as Float64Array;
      for (let k = 0; k < count; k++)
        buffer.distancesMeters[k] = distances[buffer.cells[k] as number] as number;
    }
    return count;
  }

  const rangeScratch = createCatchmentBuffer();
  function collectRanges(lon: number, lat: number, radiusMeters: number, ranges: CatchmentRanges): number {
    const count = collect(lon, lat, radiusMeters, rangeScratch, false);
    return rangesFromSortedCells(rangeScratch.cells, count, ranges);
  }

  return {
    distance: 'network',
    network,
    cellSnapping,
    collect,
    collectRanges,
    snapFacility(lon, lat) {
      const found = nearestNode(network, lon, lat, createSnapResult());
      return found.node < 0 ? null : { node: found.node, meters: found.meters };
    },
    memoryBytes: () =>
      networkBytes(network) +
      cellSnappingBytes(cellSnapping) +
      dijkstraScratchBytes(scratch) +
      (distanceOfCell?.byteLength ?? 0),
  };
}
