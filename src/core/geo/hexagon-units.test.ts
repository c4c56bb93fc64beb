import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { fiveByFiveDataset } from '../analysis/five-by-five.fixture';
import { randomDataset } from '../analysis/random-dataset.fixture';
import { generateHexagonLevel, HEXAGON_RESOLUTION } from './hexagon-units';

describe('generated hexagon units', () => {
  it('are labelled generated, one per H3 cell holding a populated centroid, and cells fall in their own hexagon', () => {
    // 12 × 10 cells of 0.001° near Wuhan: a few resolution-8 hexagons (edge ≈ 460 m).
    const values = Array.from({ length: 120 }, (_, k) => (k % 7 === 0 ? 0 : 1 + k));
    const { grid } = randomDataset(values);
    const level = generateHexagonLevel(grid, { layer: 'total' });
    expect(level.generated).toBe(true);
    const expected = new Set<string>();
    for (let cell = 0; cell < grid.cellCount; cell++) {
      if ((grid.layers.total?.[cell] as number) > 0)
        expected.add(latLngToCell(grid.lat[cell] as number, grid.lon[cell] as number, HEXAGON_RESOLUTION));
    }
    expect(level.units.map((unit) => unit.id).sort()).toEqual([...expected].sort());
    // The polygon rule (assign-districts) agrees with H3's own point → cell rule for every populated cell.
    let checked = 0;
    for (let cell = 0; cell < grid.cellCount; cell++) {
      if (!((grid.layers.total?.[cell] as number) > 0)) continue;
      const h3 = latLngToCell(grid.lat[cell] as number, grid.lon[cell] as number, HEXAGON_RESOLUTION);
      expect(level.units[level.unitOfCell[cell] as number]?.id).toBe(h3);
      checked++;
    }
    expect(checked).toBeGreaterThan(90);
  });

  it('leaves out hexagons whose cells all hold fewer than minPersons', () => {
    const { grid } = fiveByFiveDataset();
    const all = generateHexagonLevel(grid, { layer: 'total' });
    const none = generateHexagonLevel(grid, { layer: 'total', minPersons: 1000 });
    expect(all.units.length).toBeGreaterThan(0);
    expect(none.units).toEqual([]);
    expect([...none.unitOfCell].every((unit) => unit === -1)).toBe(true);
  });
});
