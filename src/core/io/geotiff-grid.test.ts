import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { type TiffSpec, writeTiff } from '../../../test/fixtures/grid/write-tiff';
import { lonLatCellAreaSquareMeters } from '../geo/raster-layout';
import type { Result } from '../model/result';
import { type GeoTiffGridImport, readGeoTiffGrid, readGeoTiffLayers } from './geotiff-grid';

const NaN32 = Number.NaN;

/** 3 × 2 pixels of 0.5° × 0.25° with the north-west corner at 114° E, 31° N. */
function lonLat3x2(values: number[], extra: Partial<TiffSpec> = {}): ArrayBuffer {
  return writeTiff({
    width: 3,
    height: 2,
    values,
    sampleType: 'float32',
    origin: [114, 31],
    pixelSize: [0.5, 0.25],
    geographicEpsg: 4326,
    ...extra,
  });
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function expectCode(result: Result<unknown>, code: string): string {
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  return result.ok ? '' : result.error.message;
}

describe('readGeoTiffGrid on lon/lat rasters', () => {
  it('reads a striped Float32 raster, drops nodata (GDAL_NODATA, NaN, < −1e30) and keeps a raster layout', async () => {
    const buffer = lonLat3x2([1.5, -3.4e38, 2, NaN32, 0, -1e38], {
      noData: '-3.4e+38',
      layout: { kind: 'strips', rowsPerStrip: 1 },
    });
    const { grid, crsId, crsAssumed, notes } = expectOk(await readGeoTiffGrid(buffer, { layerId: 'total' }));
    expect(grid.cellCount).toBe(3);
    expect(Array.from(grid.layers.total ?? [])).toEqual([1.5, 2, 0]);
    expect(Array.from(grid.lon)).toEqual([114.25, 115.25, 114.75]);
    expect(Array.from(grid.lat)).toEqual([30.875, 30.875, 30.625]);
    expect(Array.from(grid.raster?.cellOfPixel ?? [])).toEqual([0, -1, 1, -1, 2, -1]);
    expect(grid.cellAreaSquareMeters[0]).toBe(Math.fround(lonLatCellAreaSquareMeters(30.75, 31, 0.5)));
    expect([crsId, crsAssumed, notes]).toEqual(['EPSG:4326', false, []]);
  });

  it('matches a Float32 nodata that only equals GDAL_NODATA after rounding (−9999.9 is stored as −9999.900390625)', async () => {
    const buffer = lonLat3x2([1, -9999.9, 2, 3, 4, 5], { noData: '-9999.9' });
    const { grid } = expectOk(await readGeoTiffGrid(buffer, { layerId: 'total' }));
    expect(Array.from(grid.layers.total ?? [])).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a tiled, DEFLATE-compressed UInt16 raster with a predictor and partial edge tiles', async () => {
    // 20 × 18 pixels valued 0..359; every 7th pixel is the nodata 65535. Valid: 360 − 52 = 308 cells,
    // sum = Σ0..359 − 7·Σ0..51 = 64,620 − 9,282 = 55,338.
    const values = Array.from({ length: 360 }, (_, p) => (p % 7 === 0 ? 65535 : p));
    const buffer = writeTiff({
      width: 20,
      height: 18,
      values,
      sampleType: 'uint16',
      layout: { kind: 'tiles', tileSize: 16 },
      compression: 'deflate',
      predictor: true,
      origin: [114, 31],
      pixelSize: [0.01, 0.01],
      geographicEpsg: 4326,
      noData: '65535',
    });
    const { grid } = expectOk(await readGeoTiffGrid(buffer, { layerId: 'total' }));
    expect(grid.cellCount).toBe(308);
    expect(Array.from(grid.layers.total ?? []).reduce((sum, v) => sum + v, 0)).toBe(55_338);
    expect(grid.raster?.pixelOfCell[307]).toBe(359);
  });

  it('reads a big-endian file (geotiff.js general path) to the same cells as the little-endian one (block path)', async () => {
    // Same 20 × 18 tiled DEFLATE UInt16 raster as above, without the predictor (geotiff.js undoes it in host byte
    // order): 308 valid cells summing to 55,338 either way.
    const values = Array.from({ length: 360 }, (_, p) => (p % 7 === 0 ? 65535 : p));
    const read = async (bigEndian: boolean) =>
      expectOk(
        await readGeoTiffGrid(
          writeTiff({
            width: 20,
            height: 18,
            values,
            sampleType: 'uint16',
            layout: { kind: 'tiles', tileSize: 16 },
            compression: 'deflate',
            origin: [114, 31],
            pixelSize: [0.01, 0.01],
            geographicEpsg: 4326,
            noData: '65535',
            bigEndian,
          }),
          { layerId: 'total' },
        ),
      ).grid;
    const [little, big] = [await read(false), await read(true)];
    expect(big.cellCount).toBe(308);
    expect(Array.from(big.layers.total ?? []).reduce((sum, v) => sum + v, 0)).toBe(55_338);
    expect(Array.from(big.layers.total ?? [])).toEqual(Array.from(little.layers.total ?? []));
    expect(Array.from(big.raster?.pixelOfCell ?? [])).toEqual(Array.from(little.raster?.pixelOfCell ?? []));
  });

  it('reads Int32 and Float64 samples', async () => {
    for (const sampleType of ['int32', 'float64'] as const) {
      const buffer = lonLat3x2([7, -1, 0, 1, 2, 3], { sampleType, noData: '-1' });
      expect(
        Array.from(expectOk(await readGeoTiffGrid(buffer, { layerId: 'p' })).grid.layers.p ?? []),
      ).toEqual([7, 0, 1, 2, 3]);
    }
  });

  it('shifts a PixelIsPoint tiepoint by half a pixel, as GDAL does', async () => {
    const buffer = lonLat3x2([1, 1, 1, 1, 1, 1], { rasterType: 2 });
    const { grid } = expectOk(await readGeoTiffGrid(buffer, { layerId: 'p' }));
    expect([grid.lon[0], grid.lat[0], grid.raster?.originLon, grid.raster?.originLat]).toEqual([
      114, 31, 113.75, 31.125,
    ]);
  });

  it('turns a south-up raster (positive y step) north-up', async () => {
    const buffer = lonLat3x2([1, 2, 3, 4, 5, 6], {
      origin: undefined,
      pixelSize: undefined,
      transformation: [0.5, 0, 0, 114, 0, 0.25, 0, 30.5, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    const { grid } = expectOk(await readGeoTiffGrid(buffer, { layerId: 'p' }));
    expect(Array.from(grid.layers.p ?? [])).toEqual([4, 5, 6, 1, 2, 3]);
    expect(grid.raster?.originLat).toBe(31);
    expect(grid.lat[0]).toBe(30.875);
  });

  it('assumes WGS 84, and says so, when the file names no CRS but its extent is lon/lat', async () => {
    const buffer = lonLat3x2([1, 2, 3, 4, 5, 6], { geographicEpsg: undefined });
    const result = expectOk(await readGeoTiffGrid(buffer, { layerId: 'p' }));
    expect([result.crsId, result.crsAssumed, result.notes.length]).toEqual(['EPSG:4326', true, 1]);
  });
});

describe('readGeoTiffGrid on projected and GCJ-02 rasters', () => {
  // 2 × 2 pixels of 100 m centred on the central meridian (117° E) of UTM zone 50N, near 30.7° N.
  const utm = (extra: Partial<TiffSpec> = {}) =>
    writeTiff({
      width: 2,
      height: 2,
      values: [10, 20, 30, 40],
      sampleType: 'float32',
      origin: [499_900, 3_400_100],
      pixelSize: [100, 100],
      projectedEpsg: 32650,
      ...extra,
    });

  it('converts UTM centroids to WGS 84 and drops the raster layout', async () => {
    const result = expectOk(await readGeoTiffGrid(utm(), { layerId: 'p' }));
    const { grid } = result;
    expect(grid.raster).toBeUndefined();
    expect(result.crsId).toBe('EPSG:32650');
    const expected = proj4(
      '+proj=utm +zone=50 +datum=WGS84 +units=m +no_defs',
      'WGS84',
      [499_950, 3_400_050],
    );
    expect(grid.lon[0]).toBeCloseTo(expected[0] as number, 9);
    expect(grid.lat[0]).toBeCloseTo(expected[1] as number, 9);
    expect(grid.lon[1]).toBeGreaterThan(117);
    expect(Array.from(grid.layers.p ?? [])).toEqual([10, 20, 30, 40]);
  });

  it('gives a 100 m UTM pixel on the central meridian 100² / 0.9996² = 10,008.0 m² on the ground', async () => {
    const { grid } = expectOk(await readGeoTiffGrid(utm(), { layerId: 'p' }));
    for (const area of grid.cellAreaSquareMeters) expect(area).toBeCloseTo(10_008.0, 0);
  });

  it('lets options.crs override the file, e.g. a lon/lat raster in GCJ-02 moves ~500 m west', async () => {
    const result = expectOk(
      await readGeoTiffGrid(lonLat3x2([1, 2, 3, 4, 5, 6]), { layerId: 'p', crs: 'gcj02' }),
    );
    expect(result.grid.raster).toBeUndefined();
    expect(result.crsId).toBe('gcj02');
    const shiftLon = (result.grid.lon[0] as number) - 114.25;
    expect(shiftLon).toBeLessThan(-0.003);
    expect(shiftLon).toBeGreaterThan(-0.008);
  });

  it('fails with geotiff-crs-missing when metre coordinates come without a CRS', async () => {
    expectCode(
      await readGeoTiffGrid(utm({ projectedEpsg: undefined }), { layerId: 'p' }),
      'geotiff-crs-missing',
    );
  });

  it('fails with geotiff-crs-mismatch when the extent is outside the CRS range (metres declared as lon/lat)', async () => {
    const result = await readGeoTiffGrid(utm(), { layerId: 'p', crs: 'EPSG:4326' });
    expectCode(result, 'geotiff-crs-mismatch');
  });

  it('passes on crs-unsupported for an EPSG code outside the supported list', async () => {
    expectCode(await readGeoTiffGrid(utm({ projectedEpsg: 2154 }), { layerId: 'p' }), 'crs-unsupported');
  });
});

describe('readGeoTiffGrid errors', () => {
  it('rejects negative population with its position, rather than keeping it', async () => {
    const buffer = lonLat3x2([1, 2, 3, 4, -5, 6], { sampleType: 'int16', noData: '-9999' });
    const message = expectCode(await readGeoTiffGrid(buffer, { layerId: 'p' }), 'geotiff-negative-value');
    expect(message).toContain('column 1, row 1');
  });

  it('names the first negative pixel in row order, also when a tiled file is read tile by tile', async () => {
    // 20 × 18 in 16-pixel tiles: tile 0 holds a negative at column 2, row 5; tile 1 one at column 17, row 1.
    // Tile 0 is read first, but row 1 comes first in row order.
    const values = Array.from({ length: 360 }, (_, p) => (p === 5 * 20 + 2 || p === 1 * 20 + 17 ? -4 : 1));
    const buffer = writeTiff({
      width: 20,
      height: 18,
      values,
      sampleType: 'int16',
      layout: { kind: 'tiles', tileSize: 16 },
      origin: [114, 31],
      pixelSize: [0.01, 0.01],
      geographicEpsg: 4326,
      noData: '-9999',
    });
    const message = expectCode(await readGeoTiffGrid(buffer, { layerId: 'p' }), 'geotiff-negative-value');
    expect(message).toContain('2 pixels hold negative values');
    expect(message).toContain('column 17, row 1');
  });

  it('rejects non-TIFF bytes, rotated rasters and rasters without georeferencing', async () => {
    expectCode(
      await readGeoTiffGrid(new Uint8Array([1, 2, 3, 4]).buffer, { layerId: 'p' }),
      'geotiff-unreadable',
    );
    const rotated = lonLat3x2([1, 2, 3, 4, 5, 6], {
      origin: undefined,
      pixelSize: undefined,
      transformation: [0.5, 0.1, 0, 114, 0, -0.25, 0, 31, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expectCode(await readGeoTiffGrid(rotated, { layerId: 'p' }), 'geotiff-rotated');
    const bare = lonLat3x2([1, 2, 3, 4, 5, 6], { origin: undefined, pixelSize: undefined });
    expectCode(await readGeoTiffGrid(bare, { layerId: 'p' }), 'geotiff-no-georeference');
  });

  it('returns geotiff-unreadable, not an exception, for a corrupt compressed block', async () => {
    const buffer = lonLat3x2([1, 2, 3, 4, 5, 6], { compression: 'deflate' });
    // The DEFLATE stream starts at byte 8 (right after the header); overwrite its zlib header and first bytes.
    new Uint8Array(buffer).fill(0xff, 8, 14);
    expectCode(await readGeoTiffGrid(buffer, { layerId: 'p' }), 'geotiff-unreadable');
  });

  it('fails with geotiff-no-valid-cells when every pixel is nodata', async () => {
    const buffer = lonLat3x2([NaN32, NaN32, NaN32, NaN32, NaN32, NaN32]);
    expectCode(await readGeoTiffGrid(buffer, { layerId: 'p' }), 'geotiff-no-valid-cells');
  });
});

describe('readGeoTiffLayers', () => {
  it('merges rasters as layers: a cell is valid in any layer, 0 where a layer is nodata', async () => {
    const adults = lonLat3x2([1, NaN32, 3, NaN32, 5, NaN32]);
    const elderly = lonLat3x2([0.5, 2, NaN32, NaN32, 1, NaN32], {
      layout: { kind: 'strips', rowsPerStrip: 1 },
    });
    const progress: number[] = [];
    const result: GeoTiffGridImport = expectOk(
      await readGeoTiffLayers(
        [
          { buffer: adults, layerId: 'adults' },
          { buffer: elderly, layerId: 'elderly' },
        ],
        { onProgress: (fraction) => progress.push(fraction) },
      ),
    );
    const { grid } = result;
    expect(grid.cellCount).toBe(4);
    expect(Array.from(grid.layers.adults ?? [])).toEqual([1, 0, 3, 5]);
    expect(Array.from(grid.layers.elderly ?? [])).toEqual([0.5, 2, 0, 1]);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses rasters of different size or georeferencing, duplicate ids and an empty list', async () => {
    const base = lonLat3x2([1, 2, 3, 4, 5, 6]);
    const shifted = lonLat3x2([1, 2, 3, 4, 5, 6], { origin: [114.01, 31] });
    const mismatch = await readGeoTiffLayers([
      { buffer: base, layerId: 'a' },
      { buffer: shifted, layerId: 'b' },
    ]);
    expect(expectCode(mismatch, 'geotiff-layers-mismatch')).toContain('"b"');
    const duplicate = await readGeoTiffLayers([
      { buffer: base, layerId: 'a' },
      { buffer: base, layerId: 'a' },
    ]);
    expectCode(duplicate, 'geotiff-duplicate-layer');
    expectCode(await readGeoTiffLayers([]), 'geotiff-no-layers');
  });

  it('names the failing layer in a decode error', async () => {
    const bad = lonLat3x2([1, 2, 3, -4, 5, 6]);
    const result = await readGeoTiffLayers([
      { buffer: lonLat3x2([1, 2, 3, 4, 5, 6]), layerId: 'a' },
      { buffer: bad, layerId: 'elderly' },
    ]);
    expect(expectCode(result, 'geotiff-negative-value')).toMatch(/^Layer "elderly": /);
  });
});
