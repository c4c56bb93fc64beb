/**
 * One tab per scenario (issue 6), the active one highlighted, with create, duplicate, rename and delete through the
 * scenario controller (each an undo step of the one history); the meeting-room actions sit at the right.
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';
import { MeetingToolbar } from './meeting-toolbar';

function RenameInput(props: { name: string; onDone: (name: string | null) => void }) {
  const t = useT();
  return (
    <input
      class="scenario-rename"
      data-testid="scenario-rename-input"
      aria-label={t('scenarioRenamePrompt')}
      value={props.name}
      ref={(element) => element?.focus()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') props.onDone(event.currentTarget.value);
        if (event.key === 'Escape') props.onDone(null);
      }}
      onBlur={(event) => props.onDone(event.currentTarget.value)}
    />
  );
}

export function ScenarioTabs() {
  const { store, scenarios } = useApp();
  const t = useT();
  const [renaming, setRenaming] = useState<string | null>(null);
  const list = store.scenarios.value.list;
  const activeId = list.activeScenarioId;
  return (
    <nav class="scenario-bar" aria-label={t('scenarioTabsLabel')} data-testid="scenario-tabs">
      <div class="scenario-tabs" role="tablist">
        {list.scenarios.map((scenario) => {
          const active = scenario.id === activeId;
          return (
            <div key={scenario.id} class={`scenario-tab${active ? ' active' : ''}`}>
              {renaming === scenario.id ? (
                <RenameInput
                  name={scenario.name}
                  onDone={(name) => {
                    setRenaming(null);
                    if (name?.trim() && name.trim() !== scenario.name) {
                      scenarios.rename(scenario.id, name);
                    }
                  }}
                />
              ) : (
                <button
                  type="button"
                  role="tab"
                  aria-selected={active}
                  data-testid={`scenario-tab-${scenario.id}`}
                  title={t('scenarioFacilityCount', { count: scenario.facilities.length })}
                  onClick={() => void scenarios.activate(scenario.id)}
                  onDblClick={() => setRenaming(scenario.id)}
                >
                  {scenario.name}
                </button>
              )}
              {active && renaming !== scenario.id && (
                <span class="scenario-tab-actions">
                  <button
                    type="button"
                    class="icon-button"
                    data-testid="scenario-rename"
                    title={t('scenarioRename')}
                    aria-label={t('scenarioRename')}
                    onClick={() => setRenaming(scenario.id)}
                  >
                    ✎
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    data-testid="scenario-duplicate"
                    title={t('scenarioDuplicate')}
                    aria-label={t('scenarioDuplicate')}
                    onClick={() => void scenarios.duplicate(scenario.id)}
                  >
                    ⊕
                  </button>
                  {list.scenarios.length > 1 && (
                    <button
                      type="button"
                      class="icon-button"
                      data-testid="scenario-delete"
                      title={t('scenarioDeleteHint')}
                      aria-label={t('scenarioDelete')}
                      onClick={() => void scenarios.remove(scenario.id)}
                    >
                      ✕
                    </button>
                  )}
                </span>
              )}
            </div>
          );
        })}
        <button
          type="button"
          class="scenario-new"
          data-testid="scenario-new"
          title={t('scenarioNewHint')}
          onClick={() => void scenarios.create()}
        >
          {t('scenarioNew')}
        </button>
      </div>
      <MeetingToolbar />
    </nav>
  );
}
