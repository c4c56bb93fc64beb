/**
 * `evaluate --network FILE [--network-crs …]` (issue 13): a street network as GeoJSON lines in any supported CRS
 * (converted to WGS 84 first, as districts are), gzipped or not, an OpenStreetMap `.osm.pbf` extract (walkable ways,
 * core/network/osm-pbf.ts) or a prepared `.lcnet` file (core/network/network-file.ts), turned into the network distance provider for the grid.
 */
import { gunzipSync } from 'node:zlib';
import { resolveCrs } from '../core/geo/crs';
import type { Dataset } from '../core/model/dataset';
import type { Facility } from '../core/model/facility';
import type { NetworkDistanceProvider } from '../core/network/network-distance-provider';
import { decodeNetworkFile } from '../core/network/network-file';
import { networkFromGeoJson } from '../core/network/network-geojson';
import { type NetworkPopulationShares, offNetworkFacilityIds } from '../core/network/network-population';
import { setUpNetwork } from '../core/network/network-setup';
import { walkableLinesFromPbf } from '../core/network/osm-pbf';
import type { StreetNetwork } from '../core/network/street-network';
import { type CliResult, fileError, inputError } from './cli-error';
import { decodeText, readBytes } from './read-input';
import { reprojectGeoJson } from './reproject-geojson';

async function readNetwork(file: string, crsId: string): Promise<CliResult<StreetNetwork>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  if (/\.lcnet$/i.test(file)) {
    const decoded = decodeNetworkFile(bytes.value);
    return decoded.ok ? decoded : fileError(file, decoded.error);
  }
  if (/\.pbf$/i.test(file)) {
    const lines = walkableLinesFromPbf(bytes.value);
    if (!lines.ok) return fileError(file, lines.error);
    const network = networkFromGeoJson(lines.value);
    return network.ok ? network : fileError(file, network.error);
  }
  let data = bytes.value;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data);
    } catch {
      return inputError(file, 'file-unreadable', 'not a valid gzip file');
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(data));
  } catch (error) {
    return inputError(file, 'json-malformed', `not valid JSON (${(error as Error).message})`);
  }
  const crs = resolveCrs(crsId.toLowerCase().replace(/[\s_-]/g, '') === 'gcj02' ? 'gcj02' : crsId);
  if (!crs.ok) return fileError(file, crs.error);
  if (crs.value.kind !== 'geographic') {
    const converted = reprojectGeoJson(json, crs.value);
    if (!converted.ok) return fileError(file, converted.error);
    json = converted.value;
  }
  const network = networkFromGeoJson(json);
  return network.ok ? network : fileError(file, network.error);
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** The provider for the engine, the figures the results add in network mode, and notes for stderr. */
export interface LoadedNetwork {
  provider: NetworkDistanceProvider;
  shares: NetworkPopulationShares;
  offNetworkFacilityIds: string[];
  notes: string[];
}

/**
 * Reads the network at `file` and snaps `dataset`'s cells to it (core/network/network-setup.ts). Fails when the file
 * is bad or when no cell lies within 300 m of the network (`network-no-overlap`, usually a wrong --network-crs).
 * Notes say how much of the population is on the network, which facilities are off it, and when the largest
 * component holds under 90% of the nodes.
 */
export async function loadNetworkProvider(
  file: string,
  crsId: string,
  dataset: Dataset,
  facilities: readonly Facility[],
): Promise<CliResult<LoadedNetwork>> {
  const network = await readNetwork(file, crsId);
  if (!network.ok) return network;
  const setup = setUpNetwork(dataset, network.value);
  if (!setup.ok) {
    const hint = setup.error.code === 'network-no-overlap' ? ' (wrong --network-crs?)' : '';
    return inputError(file, setup.error.code, `${setup.error.message}${hint}`);
  }
  const { provider, shares, warnings } = setup.value;
  const notes = [
    `walking network: ${network.value.nodeCount} nodes, ${network.value.edgeCount} edges; ${percent(shares.total.share)} of the population within 300 m of it (the rest is never covered in network mode)`,
    ...warnings.map((warning) => warning.message),
  ];
  const off = offNetworkFacilityIds(provider, facilities);
  if (off.length > 0) {
    const listed = off.slice(0, 10).join(', ');
    notes.push(
      `${off.length} facilities are more than 300 m from the network and cover nothing: ${listed}${off.length > 10 ? ', …' : ''}`,
    );
  }
  return { ok: true, value: { provider, shares, offNetworkFacilityIds: off, notes } };
}
