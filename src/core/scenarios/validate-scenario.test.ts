import { describe, expect, it } from 'vitest';
import { defaultScenarioParameters } from '../model/scenario';
import { validateScenario, validateScenarioContent, validateScenarioList } from './validate-scenario';

const valid = {
  name: '方案A',
  datasetId: 'wuhan',
  ruleSetId: 'national-2021-2025',
  parameters: { ...defaultScenarioParameters(), householdSize: 2.47 },
  facilities: [
    {
      id: 'f1',
      name: '站',
      type: 'elderly_day_care',
      status: 'proposed',
      lon: 114.3,
      lat: 30.6,
      floorAreaSquareMeters: 500,
      radiusMeters: 300,
      capacity: { beds: 20 },
      landAreaSquareMeters: 0,
    },
  ],
};

function codeOf(value: unknown): string | null {
  const result = validateScenarioContent(value);
  return result.ok ? null : result.error.code;
}

describe('validateScenarioContent', () => {
  it('accepts a well-formed scenario and returns an equal fresh object without unknown fields', () => {
    const result = validateScenarioContent({ ...valid, extra: 1 });
    expect(result.ok && result.value).toEqual(valid);
    expect(result.ok && result.value.facilities[0]).not.toBe(valid.facilities[0]);
  });

  it.each([
    ['not an object', 42],
    ['name not text', { ...valid, name: 3 }],
    ['bad coverage method', { ...valid, parameters: { ...valid.parameters, coverageMethod: 'x' } }],
    [
      'override not finite',
      { ...valid, parameters: { ...valid.parameters, thresholdOverrides: { a: null } } },
    ],
    ['zero household size', { ...valid, parameters: { ...valid.parameters, householdSize: 0 } }],
    ['facilities not a list', { ...valid, facilities: {} }],
    ['latitude beyond 85°', { ...valid, facilities: [{ ...valid.facilities[0], lat: 89 }] }],
    ['negative area', { ...valid, facilities: [{ ...valid.facilities[0], floorAreaSquareMeters: -1 }] }],
    ['bad status', { ...valid, facilities: [{ ...valid.facilities[0], status: '规划' }] }],
    ['capacity as text', { ...valid, facilities: [{ ...valid.facilities[0], capacity: { beds: '20' } }] }],
    ['duplicate ids', { ...valid, facilities: [valid.facilities[0], valid.facilities[0]] }],
  ])('rejects %s with invalid-scenario', (_label, value) => {
    expect(codeOf(value)).toBe('invalid-scenario');
  });

  it('keeps a suggested site’s added population (a number) and drops any other value of it', () => {
    const facility = { ...valid.facilities[0], addedPopulation: 8123 };
    const kept = validateScenarioContent({ ...valid, facilities: [facility] });
    expect(kept.ok && kept.value.facilities[0]?.addedPopulation).toBe(8123);
    const text = validateScenarioContent({
      ...valid,
      facilities: [{ ...facility, addedPopulation: 'many' }],
    });
    expect(text.ok && 'addedPopulation' in (text.value.facilities[0] ?? {})).toBe(false);
  });

  it('keeps a "__proto__" override key as a plain own key', () => {
    const parameters = JSON.parse(
      '{"walkingSpeedMetersPerMinute":60,"coverageMethod":"centroid","thresholdOverrides":{"__proto__":5}}',
    );
    const result = validateScenarioContent({ ...valid, parameters });
    if (!result.ok) throw new Error(result.error.message);
    const overrides = result.value.parameters.thresholdOverrides;
    expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
    expect(Object.keys(overrides)).toEqual(['__proto__']);
  });
});

describe('validateScenario and validateScenarioList', () => {
  it('needs an id, unique in the list, and falls back to the first scenario as active', () => {
    expect(validateScenario(valid).ok).toBe(false);
    const list = validateScenarioList({ scenarios: [{ ...valid, id: 'a' }], activeScenarioId: 'gone' });
    expect(list.ok && list.value.activeScenarioId).toBe('a');
    const twice = validateScenarioList({
      scenarios: [
        { ...valid, id: 'a' },
        { ...valid, id: 'a' },
      ],
    });
    expect(twice.ok).toBe(false);
    expect(validateScenarioList({ scenarios: [] }).ok).toBe(false);
  });
});
