/**
 * Street networks on the one import path (issue 13, "Network input"): the inspection reads the whole network so the
 * confirmation dialog can show its nodes, edges, extent and the `network-fragmented` warning before anything
 * changes; the import then takes that read when the bytes and options are the same (a city's network takes seconds
 * to read: Wuhan's GeoJSON ~3.7 s, a million nodes ~20 s), else reads again with the options confirmed. Both run in
 * the import worker.
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
import { type ImportedNetwork, importNetworkFile, networkOnlyFormat } from './import-network';
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

/**
 * The inspection's read of a network, kept for the import that follows it. One entry: an import takes it out (the
 * network then leaves the worker, its buffers transferred), any other read replaces it.
 */
let lastRead: { key: string; read: ImportedNetwork } | undefined;

/**
 * What identifies a read: the name, the options and the bytes themselves (an FNV-1a hash of every 32-bit word and
 * the length; ~10 ms for 30 MB, against seconds of parsing), so a file changed on disk is read again.
 */
function readKey(input: ImportInput, options: { crs?: string; layer?: string }): string {
  const { bytes } = input;
  // Whole words where the bytes are aligned to them (a file's own buffer is), then the bytes left.
  const words =
    bytes.byteOffset % 4 === 0
      ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2)
      : null;
  let hash = 0x811c9dc5;
  if (words)
    for (let index = 0; index < words.length; index++)
      hash = Math.imul(hash ^ (words[index] as number), 0x01000193);
  for (let index = words ? words.length * 4 : 0; index < bytes.byteLength; index++)
    hash = Math.imul(hash ^ (bytes[index] as number), 0x01000193);
  return JSON.stringify([
    input.name,
    bytes.byteLength,
    hash >>> 0,
    options.crs ?? null,
    options.layer ?? null,
  ]);
}

/** Reads the network of `input` for an inspection, keeping the read for the import. */
function readForInspection(
  input: ImportInput,
  options: { crs?: string; layer?: string } = {},
): Result<ImportedNetwork> {
  const read = importNetworkFile(input, options);
  lastRead = read.ok ? { key: readKey(input, options), read: read.value } : undefined;
  return read;
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
  const read = readForInspection(input);
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
  const read = readForInspection(input, networkOptions(inspection.suggested));
  if (!read.ok) return read;
  return ok({ ...inspection, network: summarizeNetwork(read.value.network) });
}

function networkOptions(options: ImportOptions): { crs?: string; layer?: string } {
  const chosen: { crs?: string; layer?: string } = {};
  if (options.crs) chosen.crs = options.crs;
  if (options.layer !== undefined) chosen.layer = options.layer;
  return chosen;
}

/**
 * Reads `input` as the street network the user confirmed (`options.crs`, `options.layer`); progress 0–1. The
 * inspection's read of the same bytes and options is taken instead of reading again (progress then 1 at once).
 */
export function importStreetNetwork(
  input: ImportInput,
  options: ImportOptions,
  onProgress?: (fraction: number) => void,
): Result<ImportedStreetNetwork> {
  const chosen = networkOptions(options);
  const kept = lastRead;
  lastRead = undefined;
  let read: Result<ImportedNetwork>;
  if (kept && kept.key === readKey(input, chosen)) {
    onProgress?.(1);
    read = ok(kept.read);
  } else read = importNetworkFile(input, chosen, onProgress);
  if (!read.ok) return read;
  return ok({
    kind: 'network',
    fileName: input.name,
    crsId: read.value.crsId,
    network: read.value.network,
    warnings: summarizeNetwork(read.value.network).warnings,
  });
}
