import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenarioParameters } from '../model/scenario';
import { salvageScenarioList } from './salvage-scenario-list';

const facility = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name: `站 ${id}`,
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.25,
  lat: 30.6,
  floorAreaSquareMeters: 600,
  radiusMeters: 300,
  ...overrides,
});

const scenario = (id: string, facilities: unknown[], overrides: Record<string, unknown> = {}) => ({
  id,
  name: `方案 ${id}`,
  datasetId: 'wuhan-2020',
  ruleSetId: 'national-2021-2025',
  parameters: defaultScenarioParameters(),
  facilities,
  ...overrides,
});

describe('salvageScenarioList', () => {
  it('keeps every valid scenario and facility and sets aside each bad one with its stored value', () => {
    const tooFar = facility('far', { radiusMeters: 10_001 });
    const polar = facility('polar', { lat: 85.5 });
    const badScenario = scenario('s3', [], { parameters: { walkingSpeedMetersPerMinute: -1 } });
    const salvaged = salvageScenarioList({
      scenarios: [
        scenario('s1', [facility('a'), tooFar]),
        scenario('s2', [polar, facility('b'), facility('b')]),
        badScenario,
        scenario('s1', []),
      ],
      activeScenarioId: 's3',
    });
    expect(salvaged.list?.scenarios.map((s) => [s.id, s.facilities.map((f) => f.id)])).toEqual([
      ['s1', ['a']],
      ['s2', ['b']],
    ]);
    // The active scenario was set aside: the first kept one is shown.
    expect(salvaged.list?.activeScenarioId).toBe('s1');
    expect(salvaged.quarantined.map((item) => [item.kind, item.scenarioName])).toEqual([
      ['facility', '方案 s1'],
      ['facility', '方案 s2'],
      ['facility', '方案 s2'],
      ['scenario', '方案 s3'],
      ['scenario', '方案 s1'],
    ]);
    expect(salvaged.quarantined[0]?.value).toBe(tooFar);
    expect(salvaged.quarantined[3]?.value).toBe(badScenario);
  });

  it('sets a value that is not a list aside whole, and keeps nothing from an empty list', () => {
    expect(salvageScenarioList('garbage').quarantined).toEqual([
      expect.objectContaining({ kind: 'scenario', value: 'garbage' }),
    ]);
    expect(salvageScenarioList({ scenarios: [] })).toEqual({ list: null, quarantined: [] });
    expect(salvageScenarioList(undefined)).toEqual({ list: null, quarantined: [] });
  });

  it('never throws, and keeps or sets aside every stored scenario and facility (property)', () => {
    const anyFacility = fc.oneof(
      fc.constant(facility('x')),
      fc
        .record({
          radiusMeters: fc.double(),
          lat: fc.double(),
          status: fc.constantFrom('existing', 'proposed', '__proto__', 'constructor'),
        })
        .map((overrides) => facility('y', overrides)),
      fc.anything(),
    );
    const anyScenario = fc.oneof(
      fc
        .tuple(fc.constantFrom('s1', 's2', 's3'), fc.array(anyFacility, { maxLength: 5 }))
        .map(([id, list]) => scenario(id, list)),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(anyScenario, { maxLength: 5 }), (scenarios) => {
        const salvaged = salvageScenarioList({ scenarios, activeScenarioId: 's1' });
        const keptScenarios = salvaged.list?.scenarios.length ?? 0;
        const setAsideScenarios = salvaged.quarantined.filter((item) => item.kind === 'scenario').length;
        expect(keptScenarios + setAsideScenarios).toBe(scenarios.length);
        // The stored scenarios that were kept (a set-aside one is quarantined as the very stored value).
        const storedKept = scenarios.filter(
          (stored) => !salvaged.quarantined.some((item) => item.kind === 'scenario' && item.value === stored),
        ) as { facilities: unknown[] }[];
        const storedFacilities = storedKept.reduce((sum, stored) => sum + stored.facilities.length, 0);
        const keptFacilities = (salvaged.list?.scenarios ?? []).reduce(
          (sum, kept) => sum + kept.facilities.length,
          0,
        );
        const setAsideFacilities = salvaged.quarantined.filter((item) => item.kind === 'facility').length;
        expect(keptFacilities + setAsideFacilities).toBe(storedFacilities);
      }),
      { numRuns: 1000 },
    );
  });
});
