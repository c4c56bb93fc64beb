import { describe, expect, it } from 'vitest';
import type { DistrictResult, IndicatorResult } from '../model/results';
import { choroplethColours, indicatorColour, PASS_COLOURS, VALUE_COLOURS, valueClass } from './choropleth';

const indicator = (value: number, pass: boolean, extra: Partial<IndicatorResult> = {}): IndicatorResult => ({
  id: 'community-service-area',
  value,
  threshold: 30,
  unit: 'm²/100 households',
  pass,
  comparison: 'atLeast',
  available: true,
  ...extra,
});

describe('valueClass', () => {
  it('puts 14.9 / 15 / 29.9 / 30 / 44.9 / 45 m² against a threshold of 30 into classes 0 1 1 2 2 3', () => {
    expect([14.9, 15, 29.9, 30, 44.9, 45].map((v) => valueClass(v, 30))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('mirrors for "at most" indicators', () => {
    expect([46, 45, 31, 30, 15, 10].map((v) => valueClass(v, 30, 'atMost'))).toEqual([0, 1, 1, 2, 3, 3]);
  });
});

describe('indicatorColour', () => {
  it('colours pass green, fail red, not computable grey, and nothing in mode none', () => {
    expect(indicatorColour(indicator(31, true), 'pass')).toEqual(PASS_COLOURS.pass);
    expect(indicatorColour(indicator(12, false), 'pass')).toEqual(PASS_COLOURS.fail);
    expect(indicatorColour(indicator(0, false, { available: false }), 'value')).toEqual(
      PASS_COLOURS.unavailable,
    );
    expect(indicatorColour(indicator(31, true), 'none')).toBeNull();
    expect(indicatorColour(indicator(12, false), 'value')).toEqual(VALUE_COLOURS[0]);
  });

  it('maps districts to CSS colours of the chosen indicator only', () => {
    const district = (id: string, indicators: IndicatorResult[]) =>
      ({ id, indicators }) as unknown as DistrictResult;
    const colours = choroplethColours(
      [district('a', [indicator(40, true)]), district('b', [indicator(20, false)]), district('c', [])],
      'community-service-area',
      'value',
    );
    expect([...colours.entries()]).toEqual([
      ['a', 'rgba(145,207,96,1)'],
      ['b', 'rgba(252,141,89,1)'],
    ]);
  });
});
