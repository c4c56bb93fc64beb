import { describe, expect, it } from 'vitest';
import { facilityStatusOf } from '../../model/facility';
import { facilityTypeIdOf } from '../../rules/facility-presets';
import { importFile } from './import-file';

const encode = (text: string) => new TextEncoder().encode(text);

/** The one facility a planner's GeoJSON file with these `type` and `status` words imports as, or the error code. */
async function fromGeoJson(type: string, status: string) {
  const file = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [114.3, 30.6] },
        properties: { name: 'A', type, status, area_m2: 3200, radius_m: 300 },
      },
    ],
  };
  const read = await importFile(
    { name: 'f.geojson', bytes: encode(JSON.stringify(file)) },
    { kind: 'facilities' },
  );
  if (!read.ok) return read.error.code;
  return read.value.kind === 'facilities' ? read.value.facilities[0] : read.value.kind;
}

/** The same through a CSV file. */
async function fromCsv(type: string, status: string) {
  const csv = `lon,lat,name,type,status,area_m2,radius_m\n114.3,30.6,A,${type},${status},3200,300\n`;
  const read = await importFile({ name: 'f.csv', bytes: encode(csv) }, { kind: 'facilities' });
  if (!read.ok) return read.error.code;
  return read.value.kind === 'facilities' ? read.value.facilities[0] : read.value.kind;
}

describe('facility status words, read alike from GeoJSON and CSV', () => {
  it.each([
    ['existing', 'existing'],
    ['Proposed', 'proposed'],
    ['planned', 'proposed'],
    ['PLANNED', 'proposed'],
    ['现状', 'existing'],
    ['已建', 'existing'],
    ['规划', 'proposed'],
    ['拟建', 'proposed'],
  ])('"%s" is %s in both readers', async (word, status) => {
    expect(facilityStatusOf(word)).toBe(status);
    expect(await fromGeoJson('kindergarten', word)).toMatchObject({ status });
    expect(await fromCsv('kindergarten', word)).toMatchObject({ status });
  });

  it('refuses a word that names no status in both readers', async () => {
    expect(facilityStatusOf('constructor')).toBeUndefined();
    expect(await fromGeoJson('kindergarten', 'maybe')).toBe('facilities-status');
    expect(await fromCsv('kindergarten', 'maybe')).toBe('facilities-value-invalid');
  });
});

describe('facility type words, read alike from GeoJSON and CSV', () => {
  it.each([
    ['kindergarten', 'kindergarten'],
    ['幼儿园', 'kindergarten'],
    ['Kindergarten', 'kindergarten'],
    ['my_own_type', 'my_own_type'],
  ])('"%s" is the type %s in both readers', async (word, type) => {
    expect(facilityTypeIdOf(word)).toBe(type);
    expect(await fromGeoJson(word, 'existing')).toMatchObject({ type });
    expect(await fromCsv(word, 'existing')).toMatchObject({ type });
  });
});
