/**
 * One call to put a walking network under a dataset (for the worker, the import path and the CLI): build the
 * provider (snapping every cell once), refuse a network that reaches no cell, and say what the user should know.
 */
import type { Dataset } from '../model/dataset';
import { fail, ok, type Result, type ResultError } from '../model/result';
import { fragmentedWarning } from './components';
import { createNetworkDistanceProvider, type NetworkDistanceProvider } from './network-distance-provider';
import { decodeNetworkFile } from './network-file';
import { type NetworkPopulationShares, networkPopulationShares } from './network-population';
import type { StreetNetwork } from './street-network';

/** A network ready for `createEngine(dataset, options, provider)`. */
export interface NetworkSetup {
  provider: NetworkDistanceProvider;
  /** Population on the network per district and in total (the resident layer). */
  shares: NetworkPopulationShares;
  /**
   * Coded warnings, not fatal: `network-fragmented` (details `percent`: the largest connected component's share of
   * the nodes, when under 90%).
   */
  warnings: ResultError[];
}

/**
 * Snaps `dataset`'s cells to `network` and builds its provider. Fails with `network-no-overlap` when no cell lies
 * within 300 m of a node (usually a wrong CRS, or a network of another city). `onProgress`: fraction of cells snapped.
 */
export function setUpNetwork(
  dataset: Dataset,
  network: StreetNetwork,
  onProgress?: (fraction: number) => void,
): Result<NetworkSetup> {
  const provider = createNetworkDistanceProvider(dataset.grid, network, onProgress);
  if (provider.cellSnapping.snappedCount === 0)
    return fail('network-no-overlap', 'no cell of the grid lies within 300 m of the network');
  const fragmented = fragmentedWarning(network);
  const warnings: ResultError[] = fragmented ? [fragmented] : [];
  return ok({ provider, shares: networkPopulationShares(dataset, provider), warnings });
}

/** {@link setUpNetwork} on the bytes of a prepared network file (e.g. the default `data/wuhan-streets.lcnet`). */
export function setUpNetworkFile(dataset: Dataset, bytes: Uint8Array): Result<NetworkSetup> {
  const network = decodeNetworkFile(bytes);
  return network.ok ? setUpNetwork(dataset, network.value) : network;
}
