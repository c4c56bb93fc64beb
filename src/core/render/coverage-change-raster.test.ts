import { describe, expect, it } from 'vitest';
import { smallDataset } from '../session/small-dataset.fixture';
import { COVERAGE_CHANGE_COLOURS, coverageChangeClass, renderCoverageChange } from './coverage-change-raster';

describe('coverage change raster', () => {
  it('classes a cell from its two mask values', () => {
    expect(coverageChangeClass(0, 1)).toBe('gained');
    expect(coverageChangeClass(1, 0)).toBe('lost');
    expect(coverageChangeClass(1, 1)).toBe('kept');
    expect(coverageChangeClass(0, 0)).toBeNull();
  });

  it('paints gained, lost and kept cells at their pixels and leaves the rest transparent', () => {
    const layout = smallDataset().grid.raster;
    if (!layout) throw new Error('fixture has a raster');
    // 15 cells; cell = pixel. Before covers cells 0, 1; after covers 1, 2. Pixel 15 is nodata.
    const before = new Uint8Array(15);
    const after = new Uint8Array(15);
    before[0] = 1;
    before[1] = 1;
    after[1] = 1;
    after[2] = 1;
    const image = renderCoverageChange(before, after, layout);
    expect([image.width, image.height]).toEqual([4, 4]);
    const pixel = (p: number) => [...image.rgba.subarray(p * 4, p * 4 + 4)];
    // A 4 km span of latitude barely differs from Mercator, so row r of the image is source row r.
    expect(pixel(0)).toEqual([...COVERAGE_CHANGE_COLOURS.lost]);
    expect(pixel(1)).toEqual([...COVERAGE_CHANGE_COLOURS.kept]);
    expect(pixel(2)).toEqual([...COVERAGE_CHANGE_COLOURS.gained]);
    for (const p of [3, 4, 10, 14, 15]) expect(pixel(p)).toEqual([0, 0, 0, 0]);
    expect(image.coordinates[0]).toEqual([114, 30.004]);
    expect(image.coordinates[2][0]).toBeCloseTo(114.004, 12);
    expect(image.coordinates[2][1]).toBeCloseTo(30, 12);
  });
});
