import { useEffect, useState } from 'preact/hooks';
import { findRuleSet } from '../core/rules/rule-sets';
import { useApp, useT } from './app-context';
import { assumptionsLine, figureContext, indicatorName, unitLabel } from './figure-tooltip';

/** A positive finite number from a field, or null. */
function parsePositive(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

interface FieldProps {
  testId: string;
  label: string;
  value: number;
  /** Shown as "default" hint and restored by Reset; omitted when the value is the default. */
  defaultValue?: number;
  onCommit(value: number | undefined): void;
}

/** A number field that commits on change (Enter or leaving it); a bad entry is refused with a message. */
function NumberField(props: FieldProps) {
  const t = useT();
  const [invalid, setInvalid] = useState(false);
  // A new value (an edit, undo or redo) replaces whatever was typed, so an old complaint no longer applies.
  useEffect(() => setInvalid(false), [props.value]);
  return (
    <>
      <label for={props.testId}>{props.label}</label>
      <span class="analysis-row">
        <input
          id={props.testId}
          key={props.value}
          data-testid={props.testId}
          type="text"
          inputMode="decimal"
          defaultValue={String(props.value)}
          aria-invalid={invalid}
          onChange={(event) => {
            const parsed = parsePositive(event.currentTarget.value);
            setInvalid(parsed === null);
            if (parsed !== null && parsed !== props.value) props.onCommit(parsed);
          }}
        />
        {props.defaultValue !== undefined && props.defaultValue !== props.value ? (
          <button
            type="button"
            class="link-button"
            data-testid={`${props.testId}-reset`}
            title={String(props.defaultValue)}
            onClick={() => {
              setInvalid(false);
              props.onCommit(undefined);
            }}
          >
            {t('assumptionReset')}
          </button>
        ) : null}
      </span>
      {invalid ? <span class="assumption-error">{t('assumptionInvalid')}</span> : null}
    </>
  );
}

/** Household size, walking speed and the rule set's thresholds; every change is one undoable command. */
export function AssumptionsEditor() {
  const { store, planner } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const scenario = store.activeScenario.value;
  const results = store.results.value;
  const summary = store.summary.value;
  if (!results || !summary) return null;
  const parameters = scenario.parameters;
  const ruleSet = findRuleSet(scenario.ruleSetId);
  const overrides = parameters.thresholdOverrides;
  return (
    <details class="rule-settings" data-testid="assumptions-editor">
      <summary title={assumptionsLine(figureContext(t, locale, results))}>{t('assumptionsTitle')}</summary>
      <div class="assumptions">
        <NumberField
          testId="assumption-household-size"
          label={t('householdSizeLabel')}
          value={parameters.householdSize ?? summary.householdSize}
          defaultValue={summary.householdSize}
          onCommit={(value) => void planner.setParameters({ householdSize: value })}
        />
        <NumberField
          testId="assumption-walking-speed"
          label={t('walkingSpeedLabel')}
          value={parameters.walkingSpeedMetersPerMinute}
          defaultValue={60}
          onCommit={(value) => void planner.setParameters({ walkingSpeedMetersPerMinute: value ?? 60 })}
        />
        {ruleSet?.indicators.map((rule) => (
          <NumberField
            key={rule.id}
            testId={`assumption-threshold-${rule.id}`}
            label={t('thresholdLabel', {
              indicator: indicatorName(rule, rule.id, locale),
              unit: unitLabel(t, rule.unit),
            })}
            value={overrides[rule.id] ?? rule.threshold}
            defaultValue={rule.threshold}
            onCommit={(value) => {
              const next = { ...overrides };
              if (value === undefined) delete next[rule.id];
              else next[rule.id] = value;
              void planner.setParameters({ thresholdOverrides: next });
            }}
          />
        ))}
      </div>
      <p class="rule-source">{t('assumptionsHint')}</p>
    </details>
  );
}
