import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveCrs } from '../geo/crs';
import { type CsvGridImport, type CsvGridOptions, parseCsvGrid } from './csv-grid';

function parsed(text: string, options?: CsvGridOptions): CsvGridImport {
  const result = parseCsvGrid(text, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorCode(text: string, options?: CsvGridOptions): string {
  const result = parseCsvGrid(text, options);
  return result.ok ? 'ok' : result.error.code;
}

function sum(values: Float32Array | undefined): number {
  return (values ?? new Float32Array()).reduce((total, value) => total + value, 0);
}

// A 3 × 2 lon/lat raster of 0.001°, one cell with an empty value.
const SMALL = [
  'Lon,LAT,Population,schools',
  '114.000,30.000,10,1',
  '114.001,30.000,20,0',
  '114.002,30.000,,0',
  '114.000,30.001,40,0',
  '114.001,30.001,50,2',
  '114.002,30.001,60.5,0',
].join('\n');

describe('parseCsvGrid', () => {
  it('reads lon/lat/population case-insensitively, skipping and counting empty values', () => {
    const result = parsed(SMALL);
    expect(result.columns).toEqual({ x: 'Lon', y: 'LAT', value: 'Population' });
    expect(result.crsId).toBe('EPSG:4326');
    expect(result.skippedEmptyValues).toBe(1);
    expect(result.grid.cellCount).toBe(5);
    expect(Array.from(result.grid.layers.total ?? [])).toEqual([10, 20, 40, 50, 60.5]);
    expect(Array.from(result.grid.lon)).toEqual([114, 114.001, 114, 114.001, 114.002]);
    expect(result.grid.raster).toBeUndefined();
  });

  it('gives rectangular lon/lat cells the area east–west × north–south spacing', () => {
    // 0.001° on the R = 6,371,008.8 m sphere: 111.195 m north–south, 111.195 × cos(30.0005°) = 96.297 m east–west.
    const result = parsed(SMALL);
    expect(result.cellAreaSource).toBe('rectangular-spacing');
    expect(result.cellAreaSquareMeters).toBeCloseTo(10707.8, 0);
    expect(result.grid.cellAreaSquareMeters[0]).toBeCloseTo(10707.8, 0);
  });

  it('uses a given cell area and a given layer id', () => {
    const result = parsed(SMALL, { cellAreaSquareMeters: 10000, layerId: 'elderly60plus' });
    expect(result.cellAreaSource).toBe('given');
    expect(result.grid.cellAreaSquareMeters[4]).toBe(10000);
    expect(sum(result.grid.layers.elderly60plus)).toBeCloseTo(180.5, 5);
    expect(errorCode(SMALL, { cellAreaSquareMeters: -1 })).toBe('csv-invalid-cell-area');
  });

  it('reads Chinese headers and a UTF-8 BOM', () => {
    const text = '\uFEFF经度,纬度,人口\n114.1,30.5,3\n114.2,30.5,4\n';
    const result = parsed(text);
    expect(result.columns).toEqual({ x: '经度', y: '纬度', value: '人口' });
    expect(sum(result.grid.layers.total)).toBe(7);
  });

  it('converts projected x/y with a CRS to WGS 84', () => {
    const utm = resolveCrs('EPSG:32650');
    if (!utm.ok) throw new Error('no UTM');
    const text = 'X,Y,value\n241633.917,3387568.672,5\n241733.917,3387568.672,6\n';
    const result = parsed(text, { crs: utm.value });
    expect(result.crsId).toBe('EPSG:32650');
    expect(result.grid.lon[0]).toBeCloseTo(114.3055, 7);
    expect(result.grid.lat[0]).toBeCloseTo(30.5928, 7);
  });

  it('refuses projected x/y without a CRS, but reads x/y in degrees as WGS 84 with a note', () => {
    expect(errorCode('x,y,population\n241633.9,3387568.7,5\n')).toBe('csv-crs-required');
    const degrees = parsed('x,y,population\n114.1,30.5,3\n114.2,30.5,4\n');
    expect(degrees.notes).toContain('x/y columns read as WGS 84 longitude/latitude');
  });

  it('refuses bad values and coordinates with a code', () => {
    expect(errorCode('lon,lat,population\n114,30,abc\n')).toBe('csv-invalid-value');
    expect(errorCode('lon,lat,population\n114,30,NaN\n')).toBe('csv-invalid-value');
    expect(errorCode('lon,lat,population\n114,30,-5\n')).toBe('csv-negative-value');
    expect(errorCode('lon,lat,population\n,30,5\n')).toBe('csv-invalid-coordinate');
    expect(errorCode('lon,lat,population\n30.5,114.1,5\n30.6,114.2,5\n')).toBe('csv-swapped-coordinates');
    expect(errorCode('lon,lat,population\n514.1,30.5,5\n')).toBe('csv-coordinate-out-of-range');
    expect(errorCode('lon,lat,population\n114,30.5,5\n', { crs: gcj02(), cellAreaSquareMeters: 1 })).toBe(
      'ok',
    );
    expect(errorCode('lon,lat,population\n-46.6,-23.5,5\n', { crs: gcj02() })).toBe(
      'csv-coordinate-out-of-range',
    );
  });

  it('refuses malformed, truncated, empty and header-only files', () => {
    expect(errorCode('lon,lat,population\n114,30,5\n114,30')).toBe('csv-malformed');
    expect(errorCode('lon,lat,population\n"114,30,5\n')).toBe('csv-malformed');
    expect(errorCode('lon,lat,population\n')).toBe('csv-empty');
    expect(errorCode('')).toBe('csv-empty');
    expect(errorCode('lon,lat,population\n114,30,\n')).toBe('csv-empty');
    expect(errorCode('a,b,c\n1,2,3\n')).toBe('csv-no-coordinate-columns');
    expect(errorCode('lon,lat,jobs\n114,30,3\n')).toBe('csv-no-value-column');
    expect(errorCode('lon,lat,population\n114,30,5\n')).toBe('csv-cell-area-unknown');
    expect(errorCode(SMALL, { maxCells: 4 })).toBe('csv-too-many-cells');
  });

  it('reads the São Paulo H3 hexagon grid: total 517,570, hexagonal cells of ≈ 106,400 m²', () => {
    const text = readFileSync(new URL('../../../test/fixtures/cli/spo_hexgrid.csv', import.meta.url), 'utf8');
    const result = parsed(text);
    expect(result.grid.cellCount).toBe(323);
    expect(sum(result.grid.layers.total)).toBe(517570);
    expect(result.skippedEmptyValues).toBe(0);
    expect(result.cellAreaSource).toBe('hexagonal-spacing');
    // Shoelace area of the 323 H3 polygons (spo_hexgrid_h3.geojson) on the same sphere: mean 106,393 m².
    expect(Math.abs(result.cellAreaSquareMeters / 106393 - 1)).toBeLessThan(0.01);
  });

  it('keeps every non-empty value and counts every empty one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }), {
          minLength: 2,
          maxLength: 60,
        }),
        (values) => {
          const rows = values.map(
            (value, i) => `${114 + (i % 7) * 0.001},${30 + Math.floor(i / 7) * 0.001},${value ?? ''}`,
          );
          const result = parseCsvGrid(['lon,lat,population', ...rows].join('\n'), {
            cellAreaSquareMeters: 1,
          });
          const present = values.filter((value) => value !== undefined) as number[];
          if (present.length === 0) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(result.error.message);
          expect(result.value.skippedEmptyValues).toBe(values.length - present.length);
          expect(sum(result.value.grid.layers.total)).toBe(present.reduce((a, b) => a + b, 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function gcj02() {
  const result = resolveCrs('gcj02');
  if (!result.ok) throw new Error('no GCJ-02');
  return result.value;
}
