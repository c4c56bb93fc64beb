import { describe, expect, it } from 'vitest';
import { ok } from '../../model/result';
import { createEngineSession } from '../../session/engine-session';
import { rectangle, smallDataset } from '../../session/small-dataset.fixture';
import { type ImportSourceFile, importBatch, inspectFiles } from './import-batch';

/*
 * Four population points at pixel centres of the small dataset's 0.001° raster and two districts as GeoJSON:
 *   甲 = 114.000–114.002 E, 30.000–30.004 N holds the points of 10 and 20 persons;
 *   乙 = 114.002–114.004 E, 30.001–30.004 N holds 30; the point of 40 at 30.0005 N lies south of 乙: outside.
 */
const GRID_CSV = [
  'lon,lat,population',
  '114.0005,30.0035,10',
  '114.0015,30.0035,20',
  '114.0025,30.0035,30',
  '114.0035,30.0005,40',
].join('\n');

const DISTRICTS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '甲' }, geometry: rectangle(114, 30, 114.002, 30.004) },
    { type: 'Feature', properties: { name: '乙' }, geometry: rectangle(114.002, 30.001, 114.004, 30.004) },
  ],
});

const file = (name: string, text: string): ImportSourceFile => ({ name, blob: new Blob([text]) });

describe('import batch', () => {
  it('inspects each file and names the one that cannot be read', async () => {
    const api = { inspect: inspectFiles, importBatch };
    const [grid, broken] = await api.inspect([
      file('grid.csv', GRID_CSV),
      file('broken.geojson', '{"type":"FeatureCollection","features":[{'),
    ]);
    expect(grid?.ok && grid.value.kinds[0]).toBe('grid');
    expect(grid?.ok && grid.value.suggested.valueField).toBe('population');
    expect(broken?.ok).toBe(false);
    if (broken && !broken.ok) {
      expect(broken.failure.fileName).toBe('broken.geojson');
      expect(broken.failure.error.code).toBe('json-malformed');
    }
  });

  it('imports districts and a grid in one batch, and the engine sums them per district by hand', async () => {
    const api = { inspect: inspectFiles, importBatch };
    const fractions: number[] = [];
    const outcome = await api.importBatch(
      [
        { file: file('districts.geojson', DISTRICTS), options: { kind: 'districts', nameField: 'name' } },
        {
          file: file('grid.csv', GRID_CSV),
          options: { kind: 'grid', layerId: 'total', valueField: 'population' },
        },
      ],
      (fraction) => fractions.push(fraction),
    );
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    const { districts, grid } = outcome.value;
    expect(districts?.districts.map((district) => district.name)).toEqual(['甲', '乙']);
    expect(grid?.totals.total).toBe(100);
    expect(fractions.at(-1)).toBe(1);
    expect(
      fractions.every((fraction, index) => index === 0 || fraction >= (fractions[index - 1] as number)),
    ).toBe(true);

    const engine = createEngineSession({
      fetchBytes: async () => new ArrayBuffer(8),
      buildDataset: async () => ok(smallDataset()),
    });
    await engine.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
    const replaced = engine.loadDataset({
      name: 'districts.geojson + grid.csv',
      districts: districts?.districts ?? [],
      grid: grid?.grid ?? smallDataset().grid,
    });
    if (!replaced.ok) throw new Error(replaced.error.message);
    const summary = replaced.value.summary;
    expect(summary.districts.map((district) => [district.name, district.population])).toEqual([
      ['甲', 30],
      ['乙', 30],
    ]);
    expect(summary.outside.population).toBe(40);
    expect(summary.residentLayer).toBe('total');
    // The household size of the dataset loaded before is kept (small dataset: 2.5 persons).
    expect(summary.districts[0]?.households).toBeCloseTo(30 / 2.5, 12);
  });

  it('refuses two district files, naming both', async () => {
    const api = { inspect: inspectFiles, importBatch };
    const outcome = await api.importBatch([
      { file: file('a.geojson', DISTRICTS), options: { kind: 'districts' } },
      { file: file('b.geojson', DISTRICTS), options: { kind: 'districts' } },
    ]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.fileName).toBe('a.geojson + b.geojson');
      expect(outcome.failure.error.code).toBe('several-district-files');
    }
  });

  it('names the failing file of a batch and returns nothing else from it', async () => {
    const api = { inspect: inspectFiles, importBatch };
    const outcome = await api.importBatch([
      { file: file('districts.geojson', DISTRICTS), options: { kind: 'districts' } },
      { file: file('grid.csv', 'lon,lat,population\n114.0005,30.0035,-5\n'), options: { kind: 'grid' } },
    ]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.fileName).toBe('grid.csv');
  });
});
