import { describe, expect, it } from 'vitest';
import type { FileInspection, ImportQuestion } from './import-types';
import { inspectFile, PROJECTED_CRS_CHOICES } from './inspect-file';

const encode = (text: string) => new TextEncoder().encode(text);

async function inspect(name: string, text: string): Promise<FileInspection> {
  const result = await inspectFile({ name, bytes: encode(text) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const question = (inspection: FileInspection, topic: ImportQuestion['topic']) =>
  inspection.questions.find((candidate) => candidate.topic === topic);

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

const districts = (properties: Record<string, unknown>[], west: number, south: number, size: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: properties.map((props, index) => ({
      type: 'Feature',
      properties: props,
      geometry: square(west + index * size, south, size),
    })),
  });

describe('inspectFile questions', () => {
  it('projected district coordinates without a CRS: the CRS is asked, required, with the Chinese zones first', async () => {
    // 540,000 / 3,390,000 m are not degrees: a projected file (Gauss–Krüger CM 114°E would fit Wuhan).
    const inspection = await inspect(
      'projected.geojson',
      districts([{ name: '甲' }], 540_000, 3_390_000, 1000),
    );
    expect(question(inspection, 'crs')).toEqual({
      topic: 'crs',
      required: true,
      reason: 'projected-without-crs',
      choices: PROJECTED_CRS_CHOICES,
    });
    expect(PROJECTED_CRS_CHOICES[0]).toBe('EPSG:4547');
  });

  it('lon/lat in China: GCJ-02 is offered but not required; the name field is suggested', async () => {
    const inspection = await inspect(
      'wuhan.geojson',
      districts([{ 名称: '江汉区' }, { 名称: '江岸区' }], 114.2, 30.55, 0.05),
    );
    expect(inspection.kinds[0]).toBe('districts');
    expect(question(inspection, 'crs')).toEqual({
      topic: 'crs',
      required: false,
      reason: 'maybe-gcj02',
      choices: ['EPSG:4326', 'gcj02'],
    });
    expect(inspection.suggested.nameField).toBe('名称');
    expect(question(inspection, 'nameField')?.required).toBe(false);
  });

  it('districts without a name-like property: the name field is required, offered among the text fields', async () => {
    const inspection = await inspect(
      'nameless.geojson',
      districts([{ code: 'A1', area: 3 }], 2.3, 48.8, 0.01),
    );
    expect(question(inspection, 'crs')).toBeUndefined();
    expect(question(inspection, 'nameField')).toEqual({
      topic: 'nameField',
      required: true,
      choices: ['code'],
    });
  });

  it('CSV with x/y columns in degrees: axis order is asked; with lon/lat names it is not', async () => {
    const xy = await inspect('grid.csv', 'x,y,population\n2.35,48.85,10\n2.36,48.85,12\n');
    expect(question(xy, 'axisOrder')).toEqual({
      topic: 'axisOrder',
      required: false,
      choices: ['lonlat', 'latlon'],
    });
    expect(xy.suggested.valueField).toBe('population');
    const named = await inspect('grid.csv', 'lon,lat,population\n2.35,48.85,10\n2.36,48.85,12\n');
    expect(question(named, 'axisOrder')).toBeUndefined();
  });

  it('CSV without coordinate columns: the columns are required', async () => {
    const inspection = await inspect('table.csv', 'a,b,population\n1,2,3\n');
    expect(question(inspection, 'coordinateColumns')).toEqual({
      topic: 'coordinateColumns',
      required: true,
      choices: ['a', 'b', 'population'],
    });
  });
});
