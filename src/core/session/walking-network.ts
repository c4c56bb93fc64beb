/**
 * The engine session's walking network (issue 13): the default street network is fetched and set up after the
 * dataset, without holding the start-up; the network engine is built on demand from the same dataset with the
 * network provider, and a grid imported later is snapped again on first use. Results of the network engine carry
 * the population on the network per district; straight-line figures never pass through here.
 */
import type { Engine, EngineOptions } from '../analysis/engine';
import { createEngine } from '../analysis/engine';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { fail, ok, type Result, type ResultError } from '../model/result';
import type { Results } from '../model/results';
import { createDijkstraScratch, type DijkstraScratch } from '../network/bounded-dijkstra';
import { decodeNetworkFile } from '../network/network-file';
import { networkExtent, reachedSegments } from '../network/network-geometry';
import { offNetworkFacilityIds } from '../network/network-population';
import { withNetworkFigures } from '../network/network-results';
import { type NetworkSetup, setUpNetwork } from '../network/network-setup';
import { nodeLat, nodeLon, type StreetNetwork } from '../network/street-network';
import type { FetchBytes } from './default-dataset-files';

/** What the main thread knows of the walking network: none asked yet, loading, ready (with counts) or failed. */
export type NetworkStatus =
  | { status: 'none' }
  | { status: 'loading' }
  | {
      status: 'ready';
      /** File name of a network the user imported; absent for the default network of `data/`. */
      fileName?: string;
      nodes: number;
      edges: number;
      /** [west, south, east, north] of the nodes, WGS 84 degrees. */
      extent: [number, number, number, number];
      /** Share of the dataset's residents within 300 m of a node, 0–100. */
      populationOnNetworkPercent: number;
      /** Coded warnings, e.g. `network-fragmented` with its percent. */
      warnings: ResultError[];
    }
  | { status: 'failed'; error: ResultError };

const NOT_READY = () => fail('network-not-ready', 'The walking network is not loaded yet');

/** Network state held beside the dataset; `datasetOf()` is the session's current dataset. */
export function createWalkingNetwork(fetchBytes: FetchBytes, datasetOf: () => Dataset | undefined) {
  let status: NetworkStatus = { status: 'none' };
  let network: StreetNetwork | undefined;
  let scratch: DijkstraScratch | undefined;
  /** The provider and shares for one dataset (snapping is per grid). */
  let setup: { dataset: Dataset; value: NetworkSetup } | undefined;
  /** File name of the imported network in use; undefined for the default one. */
  let importedName: string | undefined;

  const ready = (value: NetworkSetup, street: StreetNetwork): NetworkStatus => ({
    status: 'ready',
    ...(importedName === undefined ? {} : { fileName: importedName }),
    nodes: street.nodeCount,
    edges: street.edgeCount,
    extent: networkExtent(street) ?? [0, 0, 0, 0],
    populationOnNetworkPercent: 100 * value.shares.total.share,
    warnings: value.warnings,
  });

  /** The setup for the current dataset, snapping its grid on first use after an import. */
  const setupNow = (): Result<NetworkSetup> => {
    const dataset = datasetOf();
    if (!dataset) return fail('no-dataset', 'No dataset is loaded');
    if (!network) return NOT_READY();
    if (setup?.dataset === dataset) return ok(setup.value);
    const made = setUpNetwork(dataset, network);
    if (!made.ok) return made;
    setup = { dataset, value: made.value };
    status = ready(made.value, network);
    return made;
  };

  return {
    status: (): NetworkStatus => status,

    /** Fetches a prepared `.lcnet` file, decodes it and snaps the current dataset's cells. */
    async load(url: string): Promise<Result<NetworkStatus>> {
      status = { status: 'loading' };
      let bytes: ArrayBuffer;
      try {
        bytes = await fetchBytes(url);
      } catch (error) {
        const failed = fail('fetch-failed', error instanceof Error ? error.message : String(error));
        status = { status: 'failed', error: failed.error };
        return failed;
      }
      const decoded = decodeNetworkFile(new Uint8Array(bytes));
      if (!decoded.ok) {
        status = { status: 'failed', error: decoded.error };
        return decoded;
      }
      network = decoded.value;
      scratch = createDijkstraScratch(decoded.value);
      setup = undefined;
      importedName = undefined;
      const made = setupNow();
      if (!made.ok) {
        status = { status: 'failed', error: made.error };
        return made;
      }
      return ok(status);
    },

    /**
     * Replaces the network by one the user imported (`fileName` names it in the interface), after snapping the
     * current dataset's cells to it (`onProgress`: fraction of cells snapped). Refused with `network-no-overlap` when no cell lies within 300 m of it, or
     * `no-dataset`; a refusal changes nothing. The status's warnings hold `network-fragmented` when it applies.
     */
    adopt(
      street: StreetNetwork,
      fileName: string,
      onProgress?: (fraction: number) => void,
    ): Result<NetworkStatus> {
      const dataset = datasetOf();
      if (!dataset) return fail('no-dataset', 'No dataset is loaded');
      const made = setUpNetwork(dataset, street, onProgress);
      if (!made.ok) return made;
      network = street;
      scratch = createDijkstraScratch(street);
      setup = { dataset, value: made.value };
      importedName = fileName;
      status = ready(made.value, street);
      return ok(status);
    },

    /** A new engine on the current dataset measuring along the network (`method.distance: 'network'`). */
    createEngine(options: EngineOptions): Result<Engine> {
      const made = setupNow();
      if (!made.ok) return made;
      const dataset = datasetOf() as Dataset;
      return createEngine(dataset, options, made.value.provider);
    },

    /** The provider of the current dataset's setup (for keying a scratch engine), or undefined when not set up. */
    provider() {
      const made = setupNow();
      return made.ok ? made.value.provider : undefined;
    },

    /** `results` of a network engine with the population on the network and the off-network facilities. */
    decorate(results: Results, facilities: readonly Pick<Facility, 'id' | 'lon' | 'lat'>[]): Results {
      const made = setupNow();
      if (!made.ok) return results;
      const { provider, shares } = made.value;
      return withNetworkFigures(results, shares, offNetworkFacilityIds(provider, facilities));
    },

    /**
     * The streets a facility at (lon, lat) reaches within `radiusMeters` (core `reachedSegments`), after the
     * straight walk from the facility to its node: segments [lon₀, lat₀, lon₁, lat₁] in degrees, empty off the
     * network.
     */
    reachedStreets(lon: number, lat: number, radiusMeters: number): Result<{ segments: Float64Array }> {
      const made = setupNow();
      if (!made.ok) return made;
      if (!scratch) return NOT_READY();
      const { provider } = made.value;
      const streets = reachedSegments(provider, scratch, lon, lat, radiusMeters);
      const snap = provider.snapFacility(lon, lat);
      if (!snap || streets.length === 0) return ok({ segments: streets });
      // The walk from the facility to its node comes first, so the drawing starts at the facility.
      const segments = new Float64Array(4 + streets.length);
      segments.set([lon, lat, nodeLon(provider.network, snap.node), nodeLat(provider.network, snap.node)]);
      segments.set(streets, 4);
      return ok({ segments });
    },
  };
}
