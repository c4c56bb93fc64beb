import { AssumptionsEditor } from './assumptions-editor';
import { RuleSetPicker } from './rule-set-picker';

/** The side panel's "judged by" section: rule set and the assumptions behind every figure. */
export function RuleSettingsSection() {
  return (
    <section class="panel-section rule-settings" data-testid="rule-settings">
      <RuleSetPicker />
      <AssumptionsEditor />
    </section>
  );
}
