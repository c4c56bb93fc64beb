/**
 * The planner's switch for generated hexagon planning units (issue 12, domain.md § Planning units): the session adds
 * the H3 level over whichever dataset it holds, as its finest level, and takes it away again. Plain functions over
 * the Dataset, tested in Node; engine-session.ts keeps the switch between calls.
 */
import { generateHexagonLevel, HEXAGON_LEVEL_ID } from '../geo/hexagon-units';
import type { Dataset } from '../model/dataset';
import type { PopulationGrid } from '../model/grid';
import type { UnitLevel } from '../model/unit-level';

/**
 * A hexagon exists where a cell of at least this many residents has its centroid: on Wuhan's 100 m grid this gives
 * 2,890 hexagons (the "~3,000") instead of 11,150 with any person, most of those over fields and water,
 * which would cost 4× the generation and results time for units nobody plans.
 */
export const HEXAGON_MIN_PERSONS = 20;

/** The dataset without the generated hexagon level (the same object when it has none). */
export function withoutHexagonLevel(dataset: Dataset): Dataset {
  const levels = dataset.levels ?? [];
  if (!levels.some((level) => level.id === HEXAGON_LEVEL_ID)) return dataset;
  return { ...dataset, levels: levels.filter((level) => level.id !== HEXAGON_LEVEL_ID) };
}

/**
 * Generates the hexagon level of a grid once per grid and resident layer: switching the level off and on again, or
 * replacing only the districts, reuses it (≈ 0.25–0.4 s on Wuhan's 494,676 cells).
 */
export function createHexagonLevelCache(): (grid: PopulationGrid, layer: string) => UnitLevel {
  const levels = new WeakMap<PopulationGrid, Map<string, UnitLevel>>();
  return (grid, layer) => {
    const byLayer = levels.get(grid) ?? new Map<string, UnitLevel>();
    levels.set(grid, byLayer);
    const cached = byLayer.get(layer);
    if (cached) return cached;
    const level = generateHexagonLevel(grid, { layer, minPersons: HEXAGON_MIN_PERSONS });
    byLayer.set(layer, level);
    return level;
  };
}

/**
 * The dataset with the hexagon level as its finest level when `on`, without it otherwise; the hexagons cover the
 * cells of the resident layer with at least {@link HEXAGON_MIN_PERSONS} persons. Other levels keep their order.
 */
export function withHexagonLevel(
  dataset: Dataset,
  on: boolean,
  hexagonLevelOf: (grid: PopulationGrid, layer: string) => UnitLevel,
): Dataset {
  const without = withoutHexagonLevel(dataset);
  if (!on) return without;
  const level = hexagonLevelOf(dataset.grid, dataset.residentLayer);
  return { ...without, levels: [...(without.levels ?? []), level] };
}
