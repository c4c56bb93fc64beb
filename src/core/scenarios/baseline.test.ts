import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply-command';
import type { Facility } from '../model/facility';
import { defaultScenarioParameters, type Scenario } from '../model/scenario';
import {
  baselineFacilities,
  copyScenario,
  isBaselineScenario,
  proposedFacilities,
  rebaseOnBaselineCommand,
} from './baseline';

function facility(id: string, status: Facility['status']): Facility {
  return {
    id,
    name: id,
    type: 'kindergarten',
    status,
    lon: 1,
    lat: 2,
    floorAreaSquareMeters: 3,
    radiusMeters: 300,
  };
}

const proposal: Scenario = {
  id: 'p',
  name: 'Proposal',
  datasetId: 'wuhan',
  ruleSetId: 'xiaoshan',
  parameters: { ...defaultScenarioParameters(), thresholdOverrides: { 'elderly-beds': 25 } },
  facilities: [facility('e1', 'existing'), facility('n1', 'proposed'), facility('e2', 'existing')],
};

describe('baseline and proposals', () => {
  it('splits facilities by status, in order', () => {
    expect(baselineFacilities(proposal.facilities).map((f) => f.id)).toEqual(['e1', 'e2']);
    expect(proposedFacilities(proposal.facilities).map((f) => f.id)).toEqual(['n1']);
    expect(isBaselineScenario(proposal)).toBe(false);
    expect(isBaselineScenario(copyScenario(proposal, 't', 'Today', { baselineOnly: true }))).toBe(true);
  });

  it('copies without sharing parameters', () => {
    const copy = copyScenario(proposal, 'c', 'Copy');
    copy.parameters.thresholdOverrides['elderly-beds'] = 1;
    expect(proposal.parameters.thresholdOverrides['elderly-beds']).toBe(25);
  });

  it('rebases a proposal on re-imported existing facilities in one undoable command', () => {
    const today = [facility('e3', 'proposed'), facility('e1', 'existing')];
    const applied = applyCommand(proposal, rebaseOnBaselineCommand(proposal, today));
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.scenario.facilities.map((f) => [f.id, f.status])).toEqual([
      ['e3', 'existing'],
      ['e1', 'existing'],
      ['n1', 'proposed'],
    ]);
    const undone = applyCommand(applied.value.scenario, applied.value.inverse);
    expect(undone.ok && undone.value.scenario).toEqual(proposal);
  });
});
