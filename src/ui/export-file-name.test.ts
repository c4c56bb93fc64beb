import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it('is the scenario name and the local date, with characters file systems refuse replaced', () => {
    const date = new Date(2026, 0, 5, 23, 59);
    expect(exportFileName('方案 1', date, 'geojson')).toBe('方案 1-2026-01-05.geojson');
    expect(exportFileName('a/b:c*?"<>|d', date, 'csv')).toBe('a_b_c_d-2026-01-05.csv');
    expect(exportFileName('  ', date, 'csv')).toBe('lifecircle-2026-01-05.csv');
  });
});
