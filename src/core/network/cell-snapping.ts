/**
 * Cells attached to the network (domain.md § Walking-network distance, "Snapping"): each cell centroid snaps once
 * per dataset to its nearest node within 300 m, and the cells are grouped by node so that a Dijkstra settling a node
 * reads its cells as one contiguous slice.
 */
import type { PopulationGrid } from '../model/grid';
import { createSnapResult, nearestNode } from './nearest-node';
import type { StreetNetwork } from './street-network';

/** The cells of a grid grouped by the node they snap to. */
export interface CellSnapping {
  /** Per cell: its node, or −1 when the cell is off the network. */
  nodeOfCell: Int32Array;
  /** Per cell: metres to its node (+∞ off the network). */
  snapMetersOfCell: Float64Array;
  /** Length nodeCount + 1: node v's cells are `cells[cellStart[v] … cellStart[v + 1] − 1]`, ascending. */
  cellStart: Int32Array;
  cells: Int32Array;
  /** Snap distance of `cells[k]`, metres. */
  snapMeters: Float64Array;
  /** Cells on the network. */
  snappedCount: number;
}

/** Cells between two progress reports (Wuhan's 494,676 cells: 8 reports). */
const CELLS_PER_PROGRESS = 65_536;

/**
 * Snaps every cell centroid of `grid` to `network`. Time ∝ cells × nodes in the few buckets around each.
 * `onProgress` gets the fraction (0–1) of cells snapped, every 65,536 cells and at the end.
 */
export function snapCells(
  network: StreetNetwork,
  grid: PopulationGrid,
  onProgress?: (fraction: number) => void,
): CellSnapping {
  const cellCount = grid.cellCount;
  const nodeOfCell = new Int32Array(cellCount);
  const snapMetersOfCell = new Float64Array(cellCount);
  const cellStart = new Int32Array(network.nodeCount + 1);
  const snap = createSnapResult();
  let snappedCount = 0;
  for (let cell = 0; cell < cellCount; cell++) {
    if (onProgress && cell % CELLS_PER_PROGRESS === 0) onProgress(cell / cellCount);
    nearestNode(network, grid.lon[cell] as number, grid.lat[cell] as number, snap);
    nodeOfCell[cell] = snap.node;
    snapMetersOfCell[cell] = snap.meters;
    if (snap.node >= 0) {
      cellStart[snap.node + 1] = (cellStart[snap.node + 1] as number) + 1;
      snappedCount++;
    }
  }
  onProgress?.(1);
  for (let node = 0; node < network.nodeCount; node++)
    cellStart[node + 1] = (cellStart[node + 1] as number) + (cellStart[node] as number);
  const fill = cellStart.slice(0, network.nodeCount);
  const cells = new Int32Array(snappedCount);
  const snapMeters = new Float64Array(snappedCount);
  for (let cell = 0; cell < cellCount; cell++) {
    const node = nodeOfCell[cell] as number;
    if (node < 0) continue;
    const at = fill[node] as number;
    cells[at] = cell;
    snapMeters[at] = snapMetersOfCell[cell] as number;
    fill[node] = at + 1;
  }
  return { nodeOfCell, snapMetersOfCell, cellStart, cells, snapMeters, snappedCount };
}

/** Bytes held by `snapping`'s typed arrays. */
export function cellSnappingBytes(snapping: CellSnapping): number {
  return (
    snapping.nodeOfCell.byteLength +
    snapping.snapMetersOfCell.byteLength +
    snapping.cellStart.byteLength +
    snapping.cells.byteLength +
    snapping.snapMeters.byteLength
  );
}
