import { describe, expect, it } from 'vitest';
import { type FacilityStatus, facilityStatusOf } from '../model/facility';
import { parseFacilitiesGeoJson } from './facilities-geojson';
import { facilitiesFromRecords } from './import/facility-records';

/** The status each reader gives a facility whose file says `word`, or the error code it refuses it with. */
function fromGeoJson(word: string): FacilityStatus | string {
  const parsed = parseFacilitiesGeoJson({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [114.3, 30.6] },
        properties: { name: 'A', type: 'kindergarten', area_m2: 3200, radius_m: 300, status: word },
      },
    ],
  });
  return parsed.ok ? (parsed.value[0]?.status ?? 'none') : parsed.error.code;
}

function fromCsvRecord(word: string): FacilityStatus | string {
  const read = facilitiesFromRecords(
    [
      {
        item: 1,
        lon: 114.3,
        lat: 30.6,
        values: { name: 'A', type: 'kindergarten', area: '3200', status: word },
      },
    ],
    { name: 'name', type: 'type', area: 'area', status: 'status' },
    {},
  );
  return read.ok ? (read.value[0]?.status ?? 'none') : read.error.code;
}

describe('facility status words, read alike from GeoJSON and from CSV records', () => {
  const cases: [string, FacilityStatus][] = [
    ['existing', 'existing'],
    ['Proposed', 'proposed'],
    ['planned', 'proposed'],
    [' PLANNED ', 'proposed'],
    ['现状', 'existing'],
    ['已建', 'existing'],
    ['规划', 'proposed'],
    ['拟建', 'proposed'],
  ];
  it.each(cases)('"%s" is %s in both readers', (word, status) => {
    expect(facilityStatusOf(word)).toBe(status);
    expect(fromGeoJson(word)).toBe(status);
    expect(fromCsvRecord(word)).toBe(status);
  });

  it('refuses a word that names no status in both readers (with each reader’s code)', () => {
    expect(fromGeoJson('maybe')).toBe('facilities-status');
    expect(fromCsvRecord('maybe')).toBe('facilities-value-invalid');
    expect(fromGeoJson('constructor')).toBe('facilities-status');
    expect(fromCsvRecord('toString')).toBe('facilities-value-invalid');
  });
});
