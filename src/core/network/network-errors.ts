/**
 * Error codes of the walking-network module (issue 13), as a closed list so they can join the typed code union of
 * `core/model`. Messages are English detail; the UI translates by code.
 */
export const NETWORK_ERROR_CODES = [
  /** The file holds no walkable LineString/MultiLineString (after dropping motorways). */
  'network-no-lines',
  /** More nodes or edges than {@link MAX_NETWORK_NODES} / {@link MAX_NETWORK_EDGES}. */
  'network-too-large',
  /** A prepared network file that is not in the format of network-file.ts (bad magic, version or length). */
  'network-file-invalid',
  /** No grid cell lies within the snapping distance of the network. */
  'network-no-overlap',
  /** An `.osm.pbf` file that is damaged, not OSM PBF, or uses a compression or feature the reader lacks. */
  'network-pbf-invalid',
  /** Warning: the largest connected component holds under 90% of the nodes (details: `percent`). */
  'network-fragmented',
  /** Network mode was asked for before the walking network was loaded (or after it failed to load). */
  'network-not-ready',
] as const;

/** Most nodes a network may have after densification (a 60 bytes/node budget keeps this under 300 MB). */
export const MAX_NETWORK_NODES = 5_000_000;
/** Most undirected edges a network may have after densification. */
export const MAX_NETWORK_EDGES = 8_000_000;
