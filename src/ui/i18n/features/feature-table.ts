/**
 * The shape of one feature area's strings, in a file of its own so that the feature files and the index that merges
 * them do not import each other (no import cycles, not even type-only ones: docs/architecture.md § Fences).
 */

/** zh-CN and en strings of one feature area; `en` must have the same keys as `zhCN`. */
export interface FeatureTable<K extends string> {
  zhCN: Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}
