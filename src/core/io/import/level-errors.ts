/**
 * Error codes of importing a unit level (issue 12: 街道, 社区 or planning units beside the districts), as a closed
 * list so they join the typed code union of `core/model/error-code.ts`. Imports nothing.
 */
export const LEVEL_ERROR_CODES = [
  /** A level was imported without a name (details: none). */
  'level-name-missing',
  /** Another level of the dataset, or another file of the batch, already has this name (details: `name`). */
  'level-name-duplicate',
  /** A level with no unit polygon (details: `name`). */
  'level-empty',
  /** No population of the grid lies inside any unit of the level: almost always a wrong CRS (details: `name`). */
  'level-grid-no-overlap',
  /**
   * A warning: the level sits where GCJ-02 coordinates read as WGS 84 would, about `meters` m `direction` of the grid
   * (details: `name`, `meters`, `direction`).
   */
  'level-gcj02-offset',
] as const;
