/**
 * Street networks on the one import path (issue 13, "Network input"): the inspection reads the whole network so the
 * confirmation dialog can show its nodes, edges, extent and the `network-fragmented` warning before anything
 * changes; the import reads it again with the options confirmed. Both run in the import worker.
 */
import type {
  FileInspection,
  ImportInput,
  ImportIssue,
  ImportOptions,
  NetworkSummary,
} from '../io/import/import-types';
import { ok, type Result } from '../model/result';
import { fragmentedWarning } from './components';
import { importNetworkFile, networkOnlyFormat } from './import-network';
import { networkExtent } from './network-geometry';
import type { StreetNetwork } from './street-network';

/** A street network read by the import batch, to replace the session's network once the user confirmed. */
export interface ImportedStreetNetwork {
  kind: 'network';
  fileName: string;
  /** CRS the lines were read in (converted to WGS 84). */
  crsId: string;
  network: StreetNetwork;
  /** `network-fragmented` when the largest connected component holds under 90% of the nodes. */
  warnings: ImportIssue[];
}

/** Counts, extent and warnings of `network` for the dialog. */
export function summarizeNetwork(network: StreetNetwork): NetworkSummary {
  const fragmented = fragmentedWarning(network);
  return {
    nodes: network.nodeCount,
    edges: network.edgeCount,
    extent: networkExtent(network) ?? [0, 0, 0, 0],
    largestComponentPercent: Math.round(network.largestComponentShare * 1000) / 10,
    warnings: fragmented ? [fragmented] : [],
  };
}

/**
 * The inspection of a file only a street network can be (`.osm.pbf`, `.lcnet`, gzip), or undefined for any other
 * file. Fails with the network reader's code (`network-no-lines`, `network-too-large`, `network-pbf-invalid`, …).
 */
export function inspectNetworkOnlyFile(input: ImportInput): Result<FileInspection> | undefined {
  const container = networkOnlyFormat(input.name, input.bytes);
  if (container === undefined) return undefined;
  const read = importNetworkFile(input);
  if (!read.ok) return read;
  return ok({
    fileName: input.name,
    format: container === 'gzip' ? 'geojson' : container,
    kinds: ['network'],
    itemCount: read.value.network.edgeCount,
    fields: [],
    layers: [],
    suggested: { kind: 'network' },
    questions: [],
    notes: read.value.crsAssumed ? ['No CRS in the file: read as WGS 84 longitude/latitude.'] : [],
    network: summarizeNetwork(read.value.network),
  });
}

/**
 * `inspection` of a vector file of lines with its network summary, read in the CRS suggested (or stated). A CRS
 * the user must still give leaves the summary out: it is counted at import.
 */
export function withNetworkSummary(input: ImportInput, inspection: FileInspection): Result<FileInspection> {
  if (inspection.questions.some((question) => question.topic === 'crs' && question.required))
    return ok(inspection);
  const read = importNetworkFile(input, networkOptions(inspection.suggested));
  if (!read.ok) return read;
  return ok({ ...inspection, network: summarizeNetwork(read.value.network) });
}

function networkOptions(options: ImportOptions): { crs?: string; layer?: string } {
  const chosen: { crs?: string; layer?: string } = {};
  if (options.crs) chosen.crs = options.crs;
  if (options.layer !== undefined) chosen.layer = options.layer;
  return chosen;
}

/** Reads `input` as the street network the user confirmed (`options.crs`, `options.layer`); progress 0–1. */
export function importStreetNetwork(
  input: ImportInput,
  options: ImportOptions,
  onProgress?: (fraction: number) => void,
): Result<ImportedStreetNetwork> {
  const read = importNetworkFile(input, networkOptions(options), onProgress);
  if (!read.ok) return read;
  return ok({
    kind: 'network',
    fileName: input.name,
    crsId: read.value.crsId,
    network: read.value.network,
    warnings: summarizeNetwork(read.value.network).warnings,
  });
}
