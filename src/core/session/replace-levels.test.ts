import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../geo/gcj02';
import type { District } from '../model/district';
import type { PopulationGrid } from '../model/grid';
import { ok } from '../model/result';
import { createEngineSession } from './engine-session';
import { replaceDataset } from './replace-dataset';
import { replaceLevels } from './replace-levels';
import { cell5Station, rectangle, smallDataset } from './small-dataset.fixture';

/**
 * Two 街道 over the 4 × 4 test grid (cell c holds 2(c + 1) residents of `total`; row r, column k is cell 4r + k):
 * west = columns 0–1 (cells 0 1 4 5 8 9 12 13: 2 × 60 = 120 persons), east = columns 2–3 of rows 0–1
 * (cells 2 3 6 7: 2 × 22 = 44 persons); cells 10, 11 and 14 (76 persons) lie in neither.
 */
const west: District = { id: 'W', name: '西街道', geometry: rectangle(114, 30, 114.002, 30.004) };
const east: District = { id: 'E', name: '东街道', geometry: rectangle(114.002, 30.002, 114.004, 30.004) };
const jiedao = { id: 'import:街道', name: '街道', units: [west, east] };

async function loadedApi() {
  const api = createEngineSession({
    fetchBytes: async () => new ArrayBuffer(8),
    buildDataset: async () => ok(smallDataset()),
  });
  await api.loadDefaultDataset({ adultsTiff: 'a', elderlyTiff: 'e', districtsGeoJson: 'd' });
  return api;
}

function levelRows(api: Awaited<ReturnType<typeof loadedApi>>) {
  const results = api.results();
  if (!results.ok) throw new Error(results.error.message);
  return results.value.levels ?? [];
}

describe('a unit level added to the loaded dataset', () => {
  it('keeps the districts and grid and computes each unit: west 120 persons, east 44', async () => {
    const api = await loadedApi();
    const replaced = api.loadDataset({ name: 'jiedao.geojson', levels: [jiedao] });
    if (!replaced.ok) throw new Error(replaced.error.message);
    expect(replaced.value.summary.districts.map((district) => district.population)).toEqual([120, 90]);
    const [level] = levelRows(api);
    expect(level?.name).toBe('街道');
    expect(level?.units.map((unit) => [unit.name, unit.population])).toEqual([
      ['西街道', 120],
      ['东街道', 44],
    ]);
  });

  it('a station on cell 5 counts in the west unit only: 100 m², 1 facility; the east unit keeps 0', async () => {
    const api = await loadedApi();
    api.loadDataset({ name: 'jiedao.geojson', levels: [jiedao] });
    const before = levelRows(api)[0]?.units.map((unit) => unit.facilityAreaSquareMeters);
    expect(before).toEqual([0, 0]);
    api.setFacilities([cell5Station]);
    const units = levelRows(api)[0]?.units;
    expect(units?.map((unit) => [unit.facilityAreaSquareMeters, unit.facilityCount])).toEqual([
      [100, 1],
      [0, 0],
    ]);
  });

  it('a level of the same id takes the place of the old one', async () => {
    const api = await loadedApi();
    api.loadDataset({ name: 'jiedao.geojson', levels: [jiedao] });
    api.loadDataset({ name: 'west.geojson', levels: [{ ...jiedao, units: [west] }] });
    const levels = levelRows(api);
    expect(levels.map((level) => level.id)).toEqual(['import:街道']);
    expect(levels[0]?.units.map((unit) => unit.population)).toEqual([120]);
  });

  it('levels stay ordered coarse to fine: a 1-unit level goes before a 2-unit one', () => {
    const current = replaceDataset(smallDataset(), { name: 'a', levels: [jiedao] }, 1);
    if (!current.ok) throw new Error(current.error.message);
    const coarse = {
      id: 'import:区',
      name: '区',
      units: [{ ...west, id: 'all', geometry: rectangle(114, 30, 114.004, 30.004) }],
    };
    const next = replaceDataset(current.value.dataset, { name: 'b', levels: [coarse] }, 2);
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.dataset.levels?.map((level) => level.id)).toEqual(['import:区', 'import:街道']);
    // The whole grid: every cell in unit 0.
    expect([...(next.value.dataset.levels?.[0]?.unitOfCell ?? [])]).toEqual(new Array(15).fill(0));
  });

  it('a new grid assigns the kept levels again and drops generated ones (they describe the old cells)', () => {
    const withLevels = replaceDataset(smallDataset(), { name: 'a', levels: [jiedao] }, 1);
    if (!withLevels.ok) throw new Error(withLevels.error.message);
    const dataset = withLevels.value.dataset;
    const generated = {
      ...jiedao,
      id: 'h3-r8',
      name: 'hexagons',
      generated: true,
      unitOfCell: new Int32Array(15),
    };
    const current = { ...dataset, levels: [...(dataset.levels ?? []), generated] };
    // The same cells moved one column east (0.001°): the west unit now holds columns 0 of the old grid only.
    const grid = { ...dataset.grid, lon: dataset.grid.lon.map((lon) => lon + 0.001) };
    delete (grid as { raster?: unknown }).raster;
    const next = replaceDataset(current, { name: 'moved.tif', grid }, 2);
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.dataset.levels?.map((level) => level.id)).toEqual(['import:街道']);
    // Old columns 0 → west, 1 → east (rows 0–1) or outside, 2 → east (rows 0–1), 3 → outside the grid's east edge.
    expect([...(next.value.dataset.levels?.[0]?.unitOfCell ?? [])]).toEqual([
      0, 1, 1, -1, 0, 1, 1, -1, 0, -1, -1, -1, 0, -1, -1,
    ]);
  });
});

describe('a refused level changes nothing', () => {
  const refusals: [
    string,
    Parameters<ReturnType<typeof createEngineSession>['loadDataset']>[0]['levels'],
    string,
  ][] = [
    ['no name', [{ ...jiedao, name: '  ' }], 'level-name-missing'],
    ['no units', [{ ...jiedao, units: [] }], 'level-empty'],
    [
      'units far from the grid',
      [{ ...jiedao, units: [{ ...west, geometry: rectangle(10, 10, 11, 11) }] }],
      'level-grid-no-overlap',
    ],
    ['the name of another level', [jiedao, { ...jiedao, id: 'import:other' }], 'level-name-duplicate'],
  ];
  for (const [why, levels, code] of refusals) {
    it(`${why}: ${code}, results and dataset as before`, async () => {
      const api = await loadedApi();
      api.setFacilities([cell5Station]);
      const before = api.results();
      const refused = api.loadDataset({ name: 'bad.geojson', ...(levels ? { levels } : {}) });
      expect(refused.ok ? 'ok' : refused.error.code).toBe(code);
      expect(api.results()).toEqual(before);
    });
  }
});

/**
 * A 30 × 30 grid of 0.001° pixels (~100 m) over Wuchang, 10 persons per cell (9,000), and 街道 tiling it in four
 * quadrants. The GCJ-02 offset there is ~0.6 km south-east (~5 columns, ~3 rows), so the quadrants in GCJ-02 coordinates read
 * as WGS 84 leave a strip of cells outside every unit.
 */
function wuchangGrid(): PopulationGrid {
  const side = 30;
  const pixel = 0.001;
  const [west, north] = [114.3, 30.56];
  const cellCount = side * side;
  const pixelOfCell = Int32Array.from({ length: cellCount }, (_, cell) => cell);
  return {
    cellCount,
    lon: Float64Array.from(pixelOfCell, (p) => west + ((p % side) + 0.5) * pixel),
    lat: Float64Array.from(pixelOfCell, (p) => north - (Math.floor(p / side) + 0.5) * pixel),
    cellAreaSquareMeters: new Float32Array(cellCount).fill(10_000),
    layers: { total: new Float32Array(cellCount).fill(10) },
    raster: {
      width: side,
      height: side,
      originLon: west,
      originLat: north,
      pixelWidthDegrees: pixel,
      pixelHeightDegrees: pixel,
      cellOfPixel: pixelOfCell,
      pixelOfCell,
    },
  };
}

function quadrants(shift: (lon: number, lat: number) => [number, number]): District[] {
  const corners = [
    [114.3, 30.545, 114.315, 30.56],
    [114.315, 30.545, 114.33, 30.56],
    [114.3, 30.53, 114.315, 30.545],
    [114.315, 30.53, 114.33, 30.545],
  ];
  return corners.map(([w, s, e, n], index) => {
    const ring = (rectangle(w as number, s as number, e as number, n as number).coordinates[0] ?? []).map(
      ([lon, lat]) => shift(lon as number, lat as number),
    );
    return { id: `Q${index}`, name: `Q${index}`, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
}

describe('a unit level read in WGS 84 whose coordinates are GCJ-02', () => {
  const grid = wuchangGrid();
  const asIs = (lon: number, lat: number): [number, number] => [lon, lat];
  const level = (units: District[], crsId?: string) => ({
    id: 'import:街道',
    name: '街道',
    units,
    ...(crsId ? { crsId } : {}),
  });

  it('warns that it sits ~600 m south-east of the grid, as districts are warned', () => {
    const replaced = replaceLevels([], [level(quadrants(wgs84ToGcj02))], grid, false, 'total');
    if (!replaced.ok) throw new Error(replaced.error.message);
    const [warning, ...others] = replaced.value.warnings;
    expect(others).toEqual([]);
    expect(warning?.code).toBe('level-gcj02-offset');
    expect(warning?.details).toMatchObject({ name: '街道', direction: 'south-east' });
    expect(Number(warning?.details?.meters)).toBeGreaterThan(400);
    expect(Number(warning?.details?.meters)).toBeLessThan(800);
    // The level is still imported: the hint does not refuse it.
    expect(replaced.value.levels.map((added) => added.id)).toEqual(['import:街道']);
  });

  it('says nothing when the units were read as GCJ-02, or when they are in WGS 84 already', () => {
    for (const [units, crsId] of [
      [quadrants(wgs84ToGcj02), 'gcj02'],
      [quadrants(asIs), undefined],
    ] as const) {
      const replaced = replaceLevels([], [level([...units], crsId)], grid, false, 'total');
      if (!replaced.ok) throw new Error(replaced.error.message);
      expect(replaced.value.warnings).toEqual([]);
    }
  });
});

describe('replaceLevels, property', () => {
  /** A level of vertical bands over the 4 columns: `cuts` are the first columns of bands 2, 3, … (1–3, ascending). */
  const bandsLevel = (id: string, cuts: number[]) => {
    const starts = [0, ...cuts];
    const units = starts.map((start, band) => ({
      id: `${id}-${band}`,
      name: `${id}-${band}`,
      geometry: rectangle(114 + start * 0.001, 30, 114 + (starts[band + 1] ?? 4) * 0.001, 30.004),
    }));
    return { id, name: `level ${id}`, units };
  };
  /** Band of each cell, written out from the cuts: cell c lies in column c mod 4 (4 × 4 fixture, cell = pixel). */
  const referenceBands = (cuts: number[]) =>
    Array.from({ length: 15 }, (_, cell) => cuts.filter((cut) => cut <= cell % 4).length);

  it('any sequence of imports: one level per id (the last one), coarse to fine, cells in their bands', () => {
    const grid = smallDataset().grid;
    const imports = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c'),
        cuts: fc.subarray([1, 2, 3]),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(imports, (sequence) => {
        let levels: Parameters<typeof replaceLevels>[0] = [];
        for (const { id, cuts } of sequence) {
          const next = replaceLevels(levels, [bandsLevel(id, cuts)], grid, false, 'total');
          if (!next.ok) throw new Error(next.error.message);
          levels = next.value.levels;
        }
        const lastCuts = new Map<string, number[]>(sequence.map(({ id, cuts }) => [id, cuts]));
        expect(levels.map((level) => level.id).sort()).toEqual([...lastCuts.keys()].sort());
        const counts = levels.map((level) => level.units.length);
        expect(counts).toEqual([...counts].sort((x, y) => x - y));
        for (const level of levels) {
          const cuts = lastCuts.get(level.id) ?? [];
          expect(level.units).toHaveLength(cuts.length + 1);
          expect([...level.unitOfCell]).toEqual(referenceBands(cuts));
        }
      }),
      { numRuns: 200 },
    );
  });
});
