/**
 * The `wuhan-network` case of `npm run bench` (issue 13): the default walking network (data/wuhan-streets.lcnet)
 * decoded and every cell of the Wuhan grid snapped to it (`loadMs`), then 2,000 population-weighted community
 * service stations of radius 1,000 m evaluated along the network: a full evaluation (per-facility catchments by
 * bounded Dijkstra, coverage, 2SFCA, district figures) and moves of one facility by up to 300 m (all of them, and
 * those that end on the network, which run a Dijkstra). `bytesPerNode`
 * counts the network, its node index and the search's working memory; `snapBytesPerCell` the cell snapping.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../core/analysis/engine';
import type { Dataset } from '../core/model/dataset';
import type { Facility } from '../core/model/facility';
import { cellSnappingBytes } from '../core/network/cell-snapping';
import { createNetworkDistanceProvider } from '../core/network/network-distance-provider';
import { decodeNetworkFile } from '../core/network/network-file';
import { networkBytes } from '../core/network/street-network';
import { benchFacilities, populationWeightedSampler, seededRandom } from './bench-support';

const SEED = 20_200_113;
const FULL_RUNS = 15;
const MOVES = 400;
const FACILITIES = 2000;
const RADIUS_METERS = 1000;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 1000) / 1000;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Runs the case on `dataset` (the Wuhan grid) and prints one JSON line. */
export function runNetworkCase(dataset: Dataset): void {
  const bytes = readFileSync(new URL('../../data/wuhan-streets.lcnet', import.meta.url));
  const loadStart = performance.now();
  const decoded = decodeNetworkFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const decodeMs = performance.now() - loadStart;
  const provider = createNetworkDistanceProvider(dataset.grid, decoded.value);
  const loadMs = performance.now() - loadStart;
  const network = decoded.value;

  const random = seededRandom(SEED);
  const facilities = benchFacilities(
    populationWeightedSampler(dataset, random),
    FACILITIES,
    RADIUS_METERS,
    random,
  );
  const created = createEngine(dataset, {}, provider);
  if (!created.ok) throw new Error(created.error.message);
  const engine = created.value;
  const fullEvaluation = (): void => {
    const set = engine.setFacilities(facilities);
    if (!set.ok) throw new Error(set.error.message);
    engine.results();
  };
  for (let k = 0; k < 3; k++) fullEvaluation();
  const fullSamples = Array.from({ length: FULL_RUNS }, () => time(fullEvaluation));
  const moves = Array.from({ length: MOVES }, () => {
    const facility = facilities[Math.floor(random() * facilities.length)] as Facility;
    const angle = random() * 2 * Math.PI;
    const meters = random() * 300;
    const lon =
      facility.lon + (meters * Math.cos(angle)) / (111_195 * Math.cos((facility.lat * Math.PI) / 180));
    const lat = facility.lat + (meters * Math.sin(angle)) / 111_195;
    return { id: facility.id, lon, lat };
  });
  const moveSamples = moves.map(({ id, lon, lat }) => time(() => engine.moveFacility(id, lon, lat)));
  // Moves that end on the network run a Dijkstra; the others only empty the old catchment.
  const onNetworkMoveSamples = moves
    .filter(({ lon, lat }) => provider.snapFacility(lon, lat))
    .map(({ id, lon, lat }) => time(() => engine.moveFacility(id, lon - 1e-5, lat)));
  const moveAndResultsSamples = moves.map(({ id, lon, lat }) =>
    time(() => {
      engine.moveFacility(id, lon + 1e-5, lat);
      engine.results();
    }),
  );
  const offNetwork = facilities.filter(
    (facility) => !provider.snapFacility(facility.lon, facility.lat),
  ).length;
  console.log(
    JSON.stringify({
      case: 'wuhan-network',
      nodes: network.nodeCount,
      edges: network.edgeCount,
      cells: dataset.grid.cellCount,
      cellsOnNetwork: provider.cellSnapping.snappedCount,
      facilities: FACILITIES,
      facilitiesOffNetwork: offNetwork,
      radiusMeters: RADIUS_METERS,
      fullEvaluationMs: { median: median(fullSamples) },
      moveFacilityMs: { median: median(moveSamples) },
      moveOnNetworkFacilityMs: { median: median(onNetworkMoveSamples), count: onNetworkMoveSamples.length },
      moveAndResultsMs: { median: median(moveAndResultsSamples) },
      loadMs: Math.round(loadMs),
      decodeMs: Math.round(decodeMs),
      fileBytes: bytes.byteLength,
      bytesPerNode: Math.round(
        (provider.memoryBytes() - cellSnappingBytes(provider.cellSnapping)) / network.nodeCount,
      ),
      networkBytesPerNode: Math.round(networkBytes(network) / network.nodeCount),
      snapBytesPerCell: Math.round(cellSnappingBytes(provider.cellSnapping) / dataset.grid.cellCount),
    }),
  );
}
