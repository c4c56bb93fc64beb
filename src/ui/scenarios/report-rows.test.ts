import { describe, expect, it } from 'vitest';
import type { DistrictResult, IndicatorResult } from '../../core/model/results';
import { reportRows } from './report-rows';

function unit(id: string, indicators: Partial<IndicatorResult>[]): DistrictResult {
  return {
    id,
    name: id,
    population: 1,
    households: 1,
    facilityAreaSquareMeters: 0,
    areaPer100Households: 0,
    coverage: {},
    sfcaPer100Households: {},
    indicators: indicators.map((indicator) => ({
      id: 'i',
      value: 0,
      threshold: 1,
      unit: '',
      pass: false,
      ...indicator,
    })),
  };
}

describe('reportRows', () => {
  it('lists units failing a judged indicator first; a unit with no judgement (none) is not failing', () => {
    const rows = [
      unit('passes', [{ pass: true }]),
      unit('fails', [{ pass: true }, { id: 'j', pass: false }]),
      unit('none', [{ pass: false, available: false, outcome: 'none' }]),
      unit('fails too', [{ pass: false }]),
      unit('no rule', []),
    ];
    expect(reportRows(rows, 4).map((row) => row.id)).toEqual(['fails', 'fails too', 'passes', 'none']);
    expect(reportRows(rows, 3).map((row) => row.id)).toEqual(['fails', 'fails too', 'passes']);
    // When every row fits (13 districts), the table keeps their order.
    expect(reportRows(rows, 5).map((row) => row.id)).toEqual([
      'passes',
      'fails',
      'none',
      'fails too',
      'no rule',
    ]);
  });
});
