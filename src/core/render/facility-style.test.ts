import { describe, expect, it } from 'vitest';
import { facilityStyle, hexToRgb } from './facility-style';
import { station } from './station.fixture';

describe('facility style', () => {
  it('reads #rrggbb', () => {
    expect(hexToRgb('#6baed6')).toEqual([107, 174, 214]);
  });

  it('draws existing solid and proposed hollow, in the type colour, with the radius in metres', () => {
    const proposed = facilityStyle(station, null);
    const existing = facilityStyle({ ...station, status: 'existing' }, null);
    expect(proposed.position).toEqual([114.2, 30.6]);
    expect(proposed.radiusMeters).toBe(300);
    expect(proposed.pointFill).toEqual([255, 255, 255, 255]);
    expect(proposed.pointLine).toEqual([107, 174, 214, 255]);
    expect(existing.pointFill).toEqual([107, 174, 214, 255]);
    expect(existing.circleFill[3]).toBeGreaterThan(proposed.circleFill[3]);
  });

  it('marks the selected facility', () => {
    expect(facilityStyle(station, 'f1').selected).toBe(true);
    expect(facilityStyle(station, 'f1').pointLine).toEqual([220, 38, 38, 255]);
    expect(facilityStyle(station, 'f2').selected).toBe(false);
  });
});
