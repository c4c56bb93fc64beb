import { describe, expect, it } from 'vitest';
import { layerToShow, summarizeDataset } from './dataset-summary';
import { rectangle, smallDataset } from './small-dataset.fixture';

describe('summarizeDataset on the 4 × 4 fixture', () => {
  const summary = summarizeDataset(smallDataset());
  const [a, b] = summary.districts;

  it('sums every layer per district from the cell assignment', () => {
    expect(a?.populationByLayer).toEqual({ adults20plus: 60, elderly60plus: 15, total: 120 });
    expect(b?.populationByLayer).toEqual({ adults20plus: 45, elderly60plus: 11.25, total: 90 });
    expect([a?.cellCount, b?.cellCount]).toEqual([8, 6]);
    expect([a?.population, b?.population]).toEqual([120, 90]);
    expect([a?.elderlyPopulation, b?.elderlyPopulation]).toEqual([15, 11.25]);
  });

  it('divides by the district household size, else the dataset one', () => {
    expect([a?.householdSize, b?.householdSize]).toEqual([2.5, 3]);
    expect([a?.households, b?.households]).toEqual([48, 30]);
  });

  it('reports the cell outside every district instead of dropping it', () => {
    expect(summary.outside).toEqual({
      cellCount: 1,
      population: 30,
      populationByLayer: { adults20plus: 15, elderly60plus: 3.75, total: 30 },
      households: 12,
    });
    expect(summary.inDistricts.populationByLayer.adults20plus).toBe(105);
    expect(summary.inDistricts.households).toBe(78);
    expect(summary.allCells).toEqual({
      cellCount: 15,
      population: 240,
      populationByLayer: { adults20plus: 120, elderly60plus: 30, total: 240 },
      households: 90,
    });
  });

  it('carries bounds, names and geometry for the map', () => {
    expect(a?.bounds).toEqual([114, 30, 114.002, 30.004]);
    expect(summary.bounds).toEqual([114, 30, 114.004, 30.004]);
    expect(summary.districtsGeoJson.features.map((f) => f.properties)).toEqual([
      { id: 'A', name: '甲区', nameEn: 'Jia' },
      { id: 'B', name: '乙区' },
    ]);
    expect(summary.layers).toEqual(['adults20plus', 'elderly60plus', 'total']);
    expect(summary.estimate?.scale).toBe(2);
  });

  it('lists the finer levels coarse to fine with their unit polygons, marking the generated ones', () => {
    const dataset = smallDataset();
    const west = { id: 'W', name: '西', geometry: rectangle(114, 30, 114.001, 30.004) };
    const withLevels = summarizeDataset({
      ...dataset,
      levels: [
        { id: 'streets', name: '街道', units: dataset.districts, unitOfCell: dataset.districtOfCell },
        {
          id: 'h',
          name: 'hexagons',
          generated: true,
          units: [west],
          unitOfCell: new Int32Array(15).fill(-1),
        },
      ],
    });
    expect(
      withLevels.levels.map(({ id, name, generated, unitCount }) => ({ id, name, generated, unitCount })),
    ).toEqual([
      { id: 'streets', name: '街道', generated: false, unitCount: 2 },
      { id: 'h', name: 'hexagons', generated: true, unitCount: 1 },
    ]);
    expect(withLevels.levels[0]?.geoJson.features.map((feature) => feature.properties)).toEqual([
      { id: 'A', name: '甲区', nameEn: 'Jia' },
      { id: 'B', name: '乙区' },
    ]);
    expect(withLevels.levels[1]?.geoJson.features[0]?.geometry).toEqual(west.geometry);
    expect(summary.levels).toEqual([]);
  });

  it('is plain data that survives structured cloning', () => {
    expect(structuredClone(summary)).toEqual(summary);
  });
});

describe('layerToShow', () => {
  it('keeps the chosen layer when the dataset has it, else the resident layer, else the first', () => {
    expect(layerToShow(['total', 'elderly60plus'], 'total', 'elderly60plus')).toBe('elderly60plus');
    expect(layerToShow(['total', 'elderly60plus'], 'total', 'adults20plus')).toBe('total');
    expect(layerToShow(['persons'], 'total', 'adults20plus')).toBe('persons');
    expect(layerToShow([], 'total', 'adults20plus')).toBe('');
  });
});
