import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { defaultScenarioParameters, type Scenario } from '../model/scenario';
import { applyCommand } from './apply-command';
import type { Command } from './command';

const station = (id: string, lon: number, lat: number): Facility => ({
  id,
  name: `站 ${id}`,
  type: 'community_service_station',
  status: 'proposed',
  lon,
  lat,
  floorAreaSquareMeters: 600,
  radiusMeters: 300,
});

const baseScenario = (): Scenario => ({
  id: 's1',
  name: 'Proposal A',
  datasetId: 'wuhan',
  ruleSetId: 'national-2021-2025',
  parameters: defaultScenarioParameters(),
  facilities: [station('a', 114.27, 30.58), station('b', 114.3, 30.6)],
});

function mustApply(scenario: Scenario, command: Command) {
  const applied = applyCommand(scenario, command);
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.value;
}

describe('applyCommand', () => {
  it('moves a facility and its inverse moves it back', () => {
    const s = baseScenario();
    const { scenario, inverse } = mustApply(s, { kind: 'moveFacility', id: 'a', lon: 114.25, lat: 30.55 });
    expect(scenario.facilities[0]).toMatchObject({ id: 'a', lon: 114.25, lat: 30.55 });
    expect(s.facilities[0]?.lon).toBe(114.27);
    expect(inverse).toEqual({ kind: 'moveFacility', id: 'a', lon: 114.27, lat: 30.58 });
  });

  it('deleting restores the facility at its former position in the list', () => {
    const s = baseScenario();
    const { scenario, inverse } = mustApply(s, { kind: 'deleteFacility', id: 'a' });
    expect(scenario.facilities.map((f) => f.id)).toEqual(['b']);
    expect(mustApply(scenario, inverse).scenario).toEqual(s);
  });

  it('setting an absent optional field is undone by removing it', () => {
    const s = baseScenario();
    const { scenario, inverse } = mustApply(s, {
      kind: 'setFacilityProps',
      id: 'b',
      patch: { capacity: { beds: 40 }, floorAreaSquareMeters: 800 },
    });
    expect(scenario.facilities[1]).toMatchObject({ capacity: { beds: 40 }, floorAreaSquareMeters: 800 });
    const restored = mustApply(scenario, inverse).scenario;
    expect(restored).toEqual(s);
    expect('capacity' in (restored.facilities[1] ?? {})).toBe(false);
  });

  it('refuses a duplicate id and an unknown id without changing anything', () => {
    const s = baseScenario();
    const duplicate = applyCommand(s, { kind: 'addFacility', facility: station('a', 0, 0) });
    expect(duplicate.ok ? '' : duplicate.error.code).toBe('duplicate-id');
    const unknown = applyCommand(s, { kind: 'moveFacility', id: 'zz', lon: 0, lat: 0 });
    expect(unknown.ok ? '' : unknown.error.code).toBe('unknown-facility');
    expect(s).toEqual(baseScenario());
  });
});

const commandArbitrary = (ids: string[]): fc.Arbitrary<Command> =>
  fc.oneof(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        lon: fc.double({ min: 113, max: 115, noNaN: true }),
      })
      .map(({ id, lon }) => ({ kind: 'addFacility', facility: station(id, lon, 30.5) }) as Command),
    fc.constantFrom(...ids).map((id) => ({ kind: 'deleteFacility', id }) as Command),
    fc
      .record({ id: fc.constantFrom(...ids), lat: fc.double({ min: 30, max: 31, noNaN: true }) })
      .map(({ id, lat }) => ({ kind: 'moveFacility', id, lon: 114, lat }) as Command),
    fc
      .record({ id: fc.constantFrom(...ids), area: fc.integer({ min: 0, max: 5000 }) })
      .map(
        ({ id, area }) =>
          ({ kind: 'setFacilityProps', id, patch: { floorAreaSquareMeters: area } }) as Command,
      ),
    fc
      .constantFrom('national-2011-2015', 'xiaoshan')
      .map((ruleSetId) => ({ kind: 'setRuleSet', ruleSetId }) as Command),
    fc
      .double({ min: 1, max: 4, noNaN: true })
      .map((h) => ({ kind: 'setParameters', patch: { householdSize: h } }) as Command),
  );

describe('inverse commands', () => {
  it('applying the inverses of any sequence of commands, newest first, restores the start (property)', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary(['a', 'b', 'c']), { maxLength: 25 }), (commands) => {
        const start = baseScenario();
        let scenario = start;
        const inverses: Command[] = [];
        for (const command of commands) {
          const applied = applyCommand(scenario, command);
          if (!applied.ok) continue;
          scenario = applied.value.scenario;
          inverses.push(applied.value.inverse);
        }
        for (const inverse of inverses.reverse()) scenario = mustApply(scenario, inverse).scenario;
        expect(scenario).toEqual(start);
      }),
    );
  });
});
