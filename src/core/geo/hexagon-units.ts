/**
 * Generated hexagon planning units (issue 12): where no open sub-district polygons exist (the default city), H3
 * hexagons of resolution 8 (about 0.74 km², roughly a 10-minute walk across) stand in for communities. They are
 * labelled generated, never administrative.
 *
 * Which hexagons: those holding the centroid of a cell with at least `minPersons` residents (H3's own point → cell
 * rule). Cells are then assigned to the hexagon polygons by the districts' rule (geo/assign-districts.ts), so a
 * facility located by the same polygons can never disagree with the cells drawn on the map.
 */
import { cellToBoundary, latLngToCell } from 'h3-js';
import type { District } from '../model/district';
import type { PopulationGrid } from '../model/grid';
import type { UnitLevel } from '../model/unit-level';
import { assignCellsToDistricts } from './assign-districts';

/** H3 resolution of the generated units: 0.737 km² average hexagon area. */
export const HEXAGON_RESOLUTION = 8;

/** Id of the generated hexagon level in results and exports. */
export const HEXAGON_LEVEL_ID = 'h3-r8';

/** Options of {@link generateHexagonLevel}. */
export interface HexagonOptions {
  /** Layer whose persons decide which hexagons exist. */
  layer: string;
  /** A hexagon exists where some cell of at least this many persons has its centroid (default: any person). */
  minPersons?: number;
  /** Shown name of the level (default: "H3 hexagons, resolution 8 (generated)"). */
  name?: string;
}

/** The hexagon units over the populated cells of `grid`, with every cell assigned by its centroid. */
export function generateHexagonLevel(grid: PopulationGrid, options: HexagonOptions): UnitLevel {
  const values = grid.layers[options.layer];
  const minPersons = options.minPersons ?? Number.MIN_VALUE;
  const hexagons = new Set<string>();
  if (values) {
    for (let cell = 0; cell < grid.cellCount; cell++) {
      if ((values[cell] as number) >= minPersons) {
        hexagons.add(latLngToCell(grid.lat[cell] as number, grid.lon[cell] as number, HEXAGON_RESOLUTION));
      }
    }
  }
  const units: District[] = [...hexagons].sort().map((h3) => {
    const ring = cellToBoundary(h3, true);
    return { id: h3, name: h3, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return {
    id: HEXAGON_LEVEL_ID,
    name: options.name ?? 'H3 hexagons, resolution 8 (generated)',
    generated: true,
    units,
    unitOfCell: assignCellsToDistricts(grid, units),
  };
}
