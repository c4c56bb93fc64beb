import { describe, expect, it } from 'vitest';
import { applyCommand } from '../core/commands/apply-command';
import { defaultScenarioParameters, type Scenario } from '../core/model/scenario';
import { deleteScenarioCommand } from '../core/scenarios/scenario-commands';
import { applyScenarioListCommand, createScenarioList } from '../core/scenarios/scenario-list';
import { refusalText } from './refusal-text';

const scenario: Scenario = {
  id: 's1',
  name: '方案 A',
  datasetId: 'wuhan',
  ruleSetId: 'national-2021-2025',
  parameters: defaultScenarioParameters(),
  facilities: [],
};

describe('the notice of a refused edit', () => {
  it('is Chinese in the Chinese interface and English in the English one', () => {
    const refused = applyCommand(scenario, { kind: 'deleteFacility', id: 'f9' });
    if (refused.ok) throw new Error('deleting a facility that does not exist must be refused');
    expect(refusalText(refused.error, 'zh-CN')).toBe('未执行：没有编号为“f9”的设施。');
    expect(refusalText(refused.error, 'en')).toBe('Not done: No facility with id f9.');
  });

  it('says the last scenario cannot be deleted, in the interface language', () => {
    const refused = applyScenarioListCommand(createScenarioList(scenario), deleteScenarioCommand('s1'));
    if (refused.ok) throw new Error('deleting the only scenario must be refused');
    expect(refusalText(refused.error, 'zh-CN')).toBe('至少要保留一个方案：最后一个方案不能删除。');
    expect(refusalText(refused.error, 'en')).toBe(
      'At least one scenario must remain: the last one cannot be deleted.',
    );
  });
});
