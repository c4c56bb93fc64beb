import { describe, expect, it } from 'vitest';
import { FACILITY_PRESETS, PRESET_FACILITY_TYPE_IDS } from './facility-presets';
import { DEFAULT_RULE_SET_ID, findRuleSet, RULE_SET_PRESETS } from './rule-sets';
import { validateRuleSet } from './validate-rule-set';

describe('presets and rule sets', () => {
  it('has the 12 facility presets of domain.md with their radii, and a hospital type', () => {
    expect(PRESET_FACILITY_TYPE_IDS).toHaveLength(13);
    expect(PRESET_FACILITY_TYPE_IDS).toContain('hospital');
    const radius = Object.fromEntries(FACILITY_PRESETS.map((preset) => [preset.id, preset.radiusMeters]));
    expect(radius).toMatchObject({
      street_service_centre: 1000,
      community_service_station: 300,
      culture_station: 500,
    });
    expect(FACILITY_PRESETS.find((preset) => preset.id === 'fitness_ground')?.landAreaSquareMeters).toEqual({
      min: 150,
      max: 750,
    });
  });

  it('marks the radii GB 50180 does not give, files the culture station under 10 minutes, starts with capacities', () => {
    const assumed = FACILITY_PRESETS.filter((preset) => preset.radiusAssumed).map((preset) => preset.id);
    expect(assumed).toEqual(['nursing_home', 'community_canteen', 'hospital']);
    const culture = FACILITY_PRESETS.find((preset) => preset.id === 'culture_station');
    expect([culture?.circle, culture?.radiusMeters]).toEqual(['10-min', 500]);
    // A new nursing home is not a silent 0: GB 50180's lower end, 200 beds in 7000 m²; a fitness ground 150 m² land.
    const typical = (id: string) => FACILITY_PRESETS.find((preset) => preset.id === id)?.typical;
    expect(typical('nursing_home')).toMatchObject({ beds: 200, floorAreaSquareMeters: 7000 });
    expect(typical('fitness_ground')).toMatchObject({ landAreaSquareMeters: 150 });
    expect(typical('kindergarten')).toMatchObject({ places: 180 });
    // The GB 50180 rule set judges the life-circle types only: no hospital radius.
    const gb = findRuleSet('gb50180-2018');
    expect(gb?.indicators).toHaveLength(12);
  });

  it('has all seven rule sets, each valid, with the default one national 2021–2025 at 30 m² per 100 households', () => {
    expect(RULE_SET_PRESETS).toHaveLength(7);
    for (const ruleSet of RULE_SET_PRESETS) expect(validateRuleSet(ruleSet).ok).toBe(true);
    expect(findRuleSet(DEFAULT_RULE_SET_ID)?.indicators[0]).toMatchObject({
      kind: 'areaPer100Households',
      threshold: 30,
    });
    // Every counted type is a preset type.
    for (const ruleSet of RULE_SET_PRESETS) {
      for (const rule of ruleSet.indicators) {
        for (const type of rule.facilityTypes) expect(PRESET_FACILITY_TYPE_IDS).toContain(type);
      }
    }
  });

  it('rejects an edited rule set with an unknown kind or a repeated id, and copies a good one', () => {
    const preset = findRuleSet('xinji-2022-2025');
    if (!preset) throw new Error('missing preset');
    const broken = { ...preset, indicators: [{ ...preset.indicators[0], kind: 'nope' }] } as never;
    expect(validateRuleSet(broken)).toMatchObject({ ok: false, error: { code: 'invalid-rule-set' } });
    const repeated = { ...preset, indicators: [preset.indicators[0], preset.indicators[0]] } as never;
    expect(validateRuleSet(repeated).ok).toBe(false);
    const copied = validateRuleSet(preset);
    expect(copied.ok && copied.value).toEqual(preset);
    expect(copied.ok && copied.value).not.toBe(preset);
  });
});
