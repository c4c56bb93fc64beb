/**
 * Geometry of a walking network for drawing (issue 13: "the network's extent is visible"; a selected or dragged
 * facility draws the streets it reaches). Plain typed arrays of lon/lat, WGS 84 degrees, ready for binary map layers.
 */
import { type DijkstraScratch, searchWithin } from './bounded-dijkstra';
import type { NetworkDistanceProvider } from './network-distance-provider';
import type { StreetNetwork } from './street-network';

/** [west, south, east, north] of the nodes, degrees; null for an empty network. */
export function networkExtent(network: StreetNetwork): [number, number, number, number] | null {
  if (network.nodeCount === 0) return null;
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (let node = 0; node < network.nodeCount; node++) {
    const lon = network.lonE7[node] as number;
    const lat = network.latE7[node] as number;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west / 1e7, south / 1e7, east / 1e7, north / 1e7];
}

/** Every edge once as [lon₀, lat₀, lon₁, lat₁] (Float32, ≈ 1 m precision: for drawing only). */
export function networkSegments(network: StreetNetwork): Float32Array {
  const segments = new Float32Array(4 * network.edgeCount);
  let at = 0;
  for (let node = 0; node < network.nodeCount; node++) {
    for (let edge = network.offsets[node] as number; edge < (network.offsets[node + 1] as number); edge++) {
      const next = network.targets[edge] as number;
      if (next < node) continue;
      segments[at++] = (network.lonE7[node] as number) / 1e7;
      segments[at++] = (network.latE7[node] as number) / 1e7;
      segments[at++] = (network.lonE7[next] as number) / 1e7;
      segments[at++] = (network.latE7[next] as number) / 1e7;
    }
  }
  return segments;
}

/**
 * The streets a facility at (lon, lat) reaches within `radiusMeters` along the network (snap included), as
 * segments [lon₀, lat₀, lon₁, lat₁] (Float64): whole edges, and the reachable ends of edges whose far part is out of
 * reach (cut where the distance reaches the radius, linearly in lon/lat). Empty for an off-network facility.
 */
export function reachedSegments(
  provider: NetworkDistanceProvider,
  scratch: DijkstraScratch,
  lon: number,
  lat: number,
  radiusMeters: number,
): Float64Array {
  const snap = provider.snapFacility(lon, lat);
  if (!snap || snap.meters > radiusMeters) return new Float64Array(0);
  const network = provider.network;
  const reached = new Map<number, number>();
  searchWithin(network, scratch, snap.node, snap.meters, radiusMeters, (node, meters) => {
    reached.set(node, meters);
  });
  const out: number[] = [];
  const push = (from: number, to: number, fromT: number, toT: number): void => {
    const lon0 = (network.lonE7[from] as number) / 1e7;
    const lat0 = (network.latE7[from] as number) / 1e7;
    const dLon = (network.lonE7[to] as number) / 1e7 - lon0;
    const dLat = (network.latE7[to] as number) / 1e7 - lat0;
    out.push(lon0 + dLon * fromT, lat0 + dLat * fromT, lon0 + dLon * toT, lat0 + dLat * toT);
  };
  for (const [node, meters] of reached) {
    for (let edge = network.offsets[node] as number; edge < (network.offsets[node + 1] as number); edge++) {
      const next = network.targets[edge] as number;
      const length = network.lengthsMeters[edge] as number;
      const nextMeters = reached.get(next);
      const reach = Math.min(1, (radiusMeters - meters) / length);
      if (nextMeters === undefined) {
        if (reach > 0) push(node, next, 0, reach);
        continue;
      }
      if (next < node) continue;
      const backReach = Math.min(1, (radiusMeters - nextMeters) / length);
      if (reach + backReach >= 1) push(node, next, 0, 1);
      else {
        push(node, next, 0, reach);
        push(next, node, 0, backReach);
      }
    }
  }
  return Float64Array.from(out);
}
