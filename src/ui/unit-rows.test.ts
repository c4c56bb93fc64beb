import { describe, expect, it } from 'vitest';
import type { DistrictResult, Results } from '../core/model/results';
import { summarizeDataset } from '../core/session/dataset-summary';
import { smallDataset } from '../core/session/small-dataset.fixture';
import { filterUnitRows, levelNameOf, totalsOfRows, unitRowsOf } from './unit-rows';

const unit = (id: string, name: string, population: number, elderly?: number): DistrictResult => ({
  id,
  name,
  population,
  households: population / 2.5,
  ...(elderly !== undefined ? { elderlyPopulation: elderly } : {}),
  facilityAreaSquareMeters: 0,
  areaPer100Households: 0,
  coverage: {},
  sfcaPer100Households: {},
  indicators: [],
});

const levelResults = {
  method: {} as Results['method'],
  districts: [
    unit('8840a4c581fffff', '8840a4c581fffff', 100, 20),
    unit('8840a4c583fffff', '8840a4c583fffff', 40, 5),
  ],
  totals: { population: 240, populationOutsideDistricts: 100, coverage: {} },
} satisfies Results;

describe('unit rows', () => {
  const summary = summarizeDataset(smallDataset());

  it('are the districts of the summary at the districts, and the level results rows at a finer level', () => {
    expect(unitRowsOf(summary, 'districts', null).map((row) => row.population)).toEqual([120, 90]);
    const rows = unitRowsOf(summary, 'h3-r8', levelResults);
    expect(rows.map((row) => [row.id, row.population, row.households, row.elderlyPopulation])).toEqual([
      ['8840a4c581fffff', 100, 40, 20],
      ['8840a4c583fffff', 40, 16, 5],
    ]);
    expect(unitRowsOf(summary, 'h3-r8', null)).toEqual([]);
  });

  it('sum persons, households and the elderly (100 + 40 = 140; 40 + 16 = 56; 20 + 5 = 25)', () => {
    const totals = totalsOfRows(unitRowsOf(summary, 'h3-r8', levelResults));
    expect(totals).toEqual({ population: 140, households: 56, elderlyPopulation: 25 });
    // One row without an elderly count: no elderly sum rather than a short one.
    expect(
      totalsOfRows([...unitRowsOf(summary, 'h3-r8', levelResults), unit('x', 'x', 1)]).elderlyPopulation,
    ).toBe(undefined);
  });

  it('filter by name or id, ignoring case and spaces; an empty filter keeps every row', () => {
    const rows = unitRowsOf(summary, 'h3-r8', levelResults);
    expect(filterUnitRows(rows, ' 583F ').map((row) => row.id)).toEqual(['8840a4c583fffff']);
    expect(filterUnitRows(rows, '').length).toBe(2);
    expect(filterUnitRows(summary.districts, 'jia').map((row) => row.id)).toEqual(['A']);
    expect(filterUnitRows(summary.districts, '乙').map((row) => row.id)).toEqual(['B']);
  });

  it('name the generated hexagons by their label, never by the engine name', () => {
    const withLevel = summarizeDataset({
      ...smallDataset(),
      levels: [
        { id: 'h3-r8', name: 'engine name', generated: true, units: [], unitOfCell: new Int32Array(15) },
      ],
    });
    const t = (key: string) => `«${key}»`;
    expect(levelNameOf(withLevel, 'h3-r8', t)).toBe('«unitLevelHexagons»');
    expect(levelNameOf(withLevel, 'districts', t)).toBe('«unitLevelDistricts»');
    expect(levelNameOf(withLevel, 'streets', t)).toBe('streets');
  });
});
