import { describe, expect, it } from 'vitest';
import type { Facility } from '../core/model/facility';
import {
  capacityFieldsOf,
  minutesOfRadius,
  parseNumber,
  patchForField,
  patchForType,
} from './facility-editor-fields';

const station: Facility = {
  id: 'f1',
  name: '社区服务站 1',
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.25,
  lat: 30.618,
  floorAreaSquareMeters: 600,
  radiusMeters: 300,
};
const SPEED = 60;

describe('facility editor fields', () => {
  it('reads numbers as typed, with separators and full-width digits, and refuses the rest', () => {
    expect(parseNumber(' 1,250.5 ')).toBe(1250.5);
    expect(parseNumber('８００')).toBe(800);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12 m')).toBeNull();
    expect(parseNumber('Infinity')).toBeNull();
  });

  it('turns a floor area into one patch, nothing for the same value, and refuses bad input', () => {
    expect(patchForField(station, 'floorArea', '800', SPEED)).toEqual({
      ok: true,
      patch: { floorAreaSquareMeters: 800 },
    });
    expect(patchForField(station, 'floorArea', '600', SPEED)).toEqual({ ok: true, patch: null });
    expect(patchForField(station, 'floorArea', '-1', SPEED)).toEqual({
      ok: false,
      problem: { code: 'negative' },
    });
    expect(patchForField(station, 'floorArea', 'abc', SPEED)).toEqual({
      ok: false,
      problem: { code: 'not-a-number' },
    });
    expect(patchForField(station, 'floorArea', '10000001', SPEED)).toEqual({
      ok: false,
      problem: { code: 'too-large', max: 10_000_000 },
    });
  });

  it('converts minutes to metres at the walking speed and keeps the radius in (0, 10 km]', () => {
    expect(minutesOfRadius(300, SPEED)).toBe(5);
    // 10 min at 60 m/min = 600 m; at an elderly 40 m/min, 7.5 min = 300 m (unchanged: no patch).
    expect(patchForField(station, 'radiusMinutes', '10', SPEED)).toEqual({
      ok: true,
      patch: { radiusMeters: 600 },
    });
    expect(patchForField(station, 'radiusMinutes', '7.5', 40)).toEqual({ ok: true, patch: null });
    expect(patchForField(station, 'radiusMeters', '500', SPEED)).toEqual({
      ok: true,
      patch: { radiusMeters: 500 },
    });
    for (const text of ['0', '10001', '-5']) {
      expect(patchForField(station, 'radiusMeters', text, SPEED)).toEqual({
        ok: false,
        problem: { code: 'radius-range', maxMeters: 10_000 },
      });
    }
    expect(patchForField(station, 'radiusMinutes', '200', SPEED).ok).toBe(false);
  });

  it('refuses an empty name and trims a new one', () => {
    expect(patchForField(station, 'name', '   ', SPEED)).toEqual({
      ok: false,
      problem: { code: 'empty-name' },
    });
    expect(patchForField(station, 'name', ' 新站 ', SPEED)).toEqual({ ok: true, patch: { name: '新站' } });
  });

  it('sets and removes capacity figures as whole numbers', () => {
    const home: Facility = { ...station, type: 'nursing_home', capacity: { beds: 120 } };
    expect(patchForField(home, 'beds', '150', SPEED)).toEqual({
      ok: true,
      patch: { capacity: { beds: 150 } },
    });
    expect(patchForField(home, 'beds', '12.5', SPEED)).toEqual({ ok: false, problem: { code: 'not-whole' } });
    expect(patchForField(home, 'beds', '', SPEED)).toEqual({ ok: true, patch: { capacity: undefined } });
    expect(patchForField(station, 'beds', '', SPEED)).toEqual({ ok: true, patch: null });
    const clinic: Facility = { ...station, capacity: { doctors: 3, generalPractitioners: 1 } };
    expect(patchForField(clinic, 'doctors', '', SPEED)).toEqual({
      ok: true,
      patch: { capacity: { generalPractitioners: 1 } },
    });
  });

  it('changes the type, taking the new preset radius only when the radius was the old preset one', () => {
    expect(patchForType(station, 'health_service_centre')).toEqual({
      type: 'health_service_centre',
      radiusMeters: 1000,
    });
    expect(patchForType({ ...station, radiusMeters: 450 }, 'health_service_centre')).toEqual({
      type: 'health_service_centre',
    });
    expect(patchForType(station, station.type)).toBeNull();
    expect(capacityFieldsOf('nursing_home')).toEqual(['beds']);
    expect(capacityFieldsOf('health_service_station')).toEqual(['doctors', 'generalPractitioners']);
    expect(capacityFieldsOf('community_service_station')).toEqual([]);
  });
});
