import { describe, expect, it } from 'vitest';
import { ok } from '../model/result';
import { COVERAGE_COLOURS } from '../render/cell-overlay';
import { createEngineSession } from './engine-session';
import { cell5Station, smallDataset } from './small-dataset.fixture';
import { transferablesOf } from './transferables-of';

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };
const fetchBytes = async (url: string) => new TextEncoder().encode(url).buffer as ArrayBuffer;

describe('engine session overlayImage (in Node)', () => {
  it('paints the coverage of one station: its cell covered, every other populated cell not covered', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await api.loadDefaultDataset(urls);
    // 100 m² station on the centre of cell 5 with a 50 m radius reaches only cell 5 (small-dataset.fixture.ts).
    api.setFacilities([cell5Station]);
    const overlay = api.overlayImage({
      type: 'community_service_station',
      kind: 'coverage',
      layer: 'total',
      referencePer100Households: 30,
      withBase: true,
    });
    if (!overlay.ok) throw new Error(overlay.error.message);
    const { image, base, cellsPerClass, populationPerClass } = overlay.value;
    if (!image || !base) throw new Error('no image');
    expect([base.width, base.height]).toEqual([4, 4]);
    // The covered part is cropped to cell 5 alone: row 1, column 1 of the 0.001° grid.
    expect([image.width, image.height]).toEqual([1, 1]);
    expect(Array.from(image.rgba)).toEqual([...(COVERAGE_COLOURS[1] ?? [])]);
    expect(image.coordinates[0][0]).toBeCloseTo(114.001, 9);
    expect(image.coordinates[2][0]).toBeCloseTo(114.002, 9);
    // 15 populated cells: 14 not covered, cell 5 covered with total = 2 × 6 = 12 persons; all 240 persons in all.
    expect(cellsPerClass).toEqual([14, 1]);
    expect(populationPerClass).toEqual([228, 12]);
    // The base paints every populated cell "not covered"; the nodata pixel 15 stays transparent.
    const pixel = (p: number) => Array.from(base.rgba.slice(p * 4, p * 4 + 4));
    expect(pixel(5)).toEqual([...(COVERAGE_COLOURS[0] ?? [])]);
    expect(pixel(4)).toEqual([...(COVERAGE_COLOURS[0] ?? [])]);
    expect(pixel(15)).toEqual([0, 0, 0, 0]);
    expect(transferablesOf(overlay.value)).toHaveLength(2);
    // 2SFCA: cell 5 reaches 2083 m² per 100 households, far above 2 × 30: the darkest class.
    const sfca = api.overlayImage({
      type: 'community_service_station',
      kind: 'sfca',
      layer: 'total',
      referencePer100Households: 30,
    });
    if (!sfca.ok) throw new Error(sfca.error.message);
    expect(sfca.value.base).toBeNull();
    expect(sfca.value.breaks).toEqual([0, 15, 30, 60]);
    expect(sfca.value.cellsPerClass).toEqual([14, 0, 0, 0, 1]);
    expect(
      api.overlayImage({ type: 'x', kind: 'coverage', layer: 'none', referencePer100Households: 30 }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-layer' } });
  });
});
