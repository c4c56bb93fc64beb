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
  /** Two files of one import batch confirmed as walking networks (a session uses one network). */
  'several-network-files',
  /** Network mode was asked for before the walking network was loaded (or after it failed to load). */
  'network-not-ready',
] as const;

/**
 * Most nodes a network may have after densification. Measured on the Wuhan GeoJSON (1.8 MB gzipped, 173,713 nodes)
 * in Node on the 2-core machine under load: reading it took 3.7 s (21 µs per node) and ~170 MB of transient heap and
 * buffers (≈ 1 KB per node, mostly the parsed JSON); the network itself keeps 31 B per node and the engine 39 B. One
 * million nodes is then ≈ 20 s of parsing and ≈ 1 GB at the peak in the import worker, about what a browser tab
 * holds; a district-scale city network has a few hundred thousand.
 */
export const MAX_NETWORK_NODES = 1_000_000;
/** Most undirected edges after densification: OSM street networks have 1.06 edges per node (Wuhan), grids ≤ 2. */
export const MAX_NETWORK_EDGES = 2_000_000;
