import { RULE_SET_PRESETS } from '../core/rules/rule-sets';
import { useApp, useT } from './app-context';
import { indicatorName, ruleSetName } from './figure-tooltip';

/** Which planning document the scenario is judged by; a change is one undoable command. */
export function RuleSetPicker() {
  const { store, planner } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const ruleSetId = store.activeScenario.value.ruleSetId;
  const ruleSet = RULE_SET_PRESETS.find((candidate) => candidate.id === ruleSetId);
  const names = ruleSet?.indicators.map((rule) => indicatorName(rule, rule.id, locale)) ?? [];
  return (
    <div class="rule-settings">
      <label class="analysis-row">
        <span class="analysis-label">{t('ruleSetLabel')}</span>
        <select
          data-testid="rule-set-picker"
          value={ruleSetId}
          disabled={!store.results.value}
          onChange={(event) => void planner.setRuleSet(event.currentTarget.value)}
        >
          {RULE_SET_PRESETS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {ruleSetName(candidate, locale)}
            </option>
          ))}
        </select>
      </label>
      {ruleSet ? (
        <div class="rule-source" data-testid="rule-set-source">
          {t('ruleSetSource', { source: ruleSet.source })} ·{' '}
          {t('ruleSetIndicators', {
            list: names.length ? names.join(locale === 'en' ? '; ' : '；') : t('ruleSetNone'),
          })}
          {ruleSet.notes.map((note) => (
            <div key={note.en}>{locale === 'en' ? note.en : note.zh}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
