import { describe, expect, it } from 'vitest';
import { findRuleSet } from '../core/rules/rule-sets';
import { coverageTypesOf } from './analysis-columns';

describe('coverageTypesOf', () => {
  it('lists the counted types of a rule set, without those having their own coverage indicator', () => {
    expect(coverageTypesOf(findRuleSet('national-2021-2025'))).toEqual([
      'street_service_centre',
      'community_service_station',
    ]);
    // Xiaoshan: area (2 types), beds (nursing home, day care), 10-minute circle (day care alone → own indicator).
    expect(coverageTypesOf(findRuleSet('xiaoshan'))).toEqual([
      'street_service_centre',
      'community_service_station',
      'nursing_home',
    ]);
    expect(coverageTypesOf(findRuleSet('gb50180-2018'))).toEqual([]);
    expect(coverageTypesOf(undefined)).toEqual([]);
  });
});
