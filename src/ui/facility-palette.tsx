import { useEffect } from 'preact/hooks';
import { FACILITY_PRESETS, type FacilityPreset } from '../core/rules/facility-presets';
import { useApp, useT } from './app-context';
import { localName } from './local-name';

/** Whether a key event is the undo, redo or delete shortcut; typing in a field keeps its own keys. */
export function shortcutOf(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): 'undo' | 'redo' | 'delete' | 'deselect' | null {
  const modifier = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (modifier && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (event.ctrlKey && key === 'y') return 'redo';
  if (!modifier && (event.key === 'Delete' || event.key === 'Backspace')) return 'delete';
  if (event.key === 'Escape') return 'deselect';
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The presets to place, undo/redo, the selection and the empty-state hint; owns the editing shortcuts. */
export function FacilityPalette() {
  const { store, planner } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const history = store.scenarios.value;
  const scenario = store.activeScenario.value;
  const active = store.paletteType.value;
  const selectedId = store.selectedFacilityId.value;
  const selected = scenario.facilities.find((f) => f.id === selectedId);
  const speed = scenario.parameters.walkingSpeedMetersPerMinute;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'undo') void planner.undo();
      else if (shortcut === 'redo') void planner.redo();
      else if (shortcut === 'delete') void planner.deleteSelected();
      else planner.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planner]);

  return (
    <section class="panel-section palette" aria-labelledby="palette-title">
      <div class="palette-head">
        <h2 id="palette-title">{t('paletteTitle')}</h2>
        <div class="history-buttons">
          <button
            type="button"
            class="history-button"
            data-testid="undo"
            title={t('undoHint')}
            disabled={history.undoStack.length === 0}
            onClick={() => void planner.undo()}
          >
            ↶ {t('undo')}
          </button>
          <button
            type="button"
            class="history-button"
            data-testid="redo"
            title={t('redoHint')}
            disabled={history.redoStack.length === 0}
            onClick={() => void planner.redo()}
          >
            ↷ {t('redo')}
          </button>
        </div>
      </div>
      <div class="palette-types">
        {FACILITY_PRESETS.map((preset) => (
          <button
            type="button"
            aria-pressed={preset.id === active}
            key={preset.id}
            data-testid={`palette-${preset.id}`}
            class={preset.id === active ? 'palette-type is-active' : 'palette-type'}
            title={paletteTitle(preset, speed, t)}
            onClick={() => {
              store.paletteType.value = preset.id;
            }}
          >
            <span class="palette-swatch" style={{ background: preset.color }} aria-hidden="true" />
            {localName(preset, locale)}
          </button>
        ))}
      </div>
      {scenario.facilities.length === 0 ? (
        <p class="empty-hint" data-testid="empty-hint">
          {t('emptyStateHint')}
        </p>
      ) : null}
      {selected ? (
        <p class="selected-hint" data-testid="selected-facility">
          {t('selectedFacility', { name: selected.name })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * "1000 m · 16.7 min at 60 m/min (radius assumed: not in GB 50180)": the minutes follow the scenario's walking speed,
 * and a radius the standard does not give is marked as this app's assumption.
 */
function paletteTitle(preset: FacilityPreset, speed: number, t: ReturnType<typeof useT>): string {
  const minutes = Math.round((preset.radiusMeters / speed) * 10) / 10;
  const text = t('paletteRadius', { meters: preset.radiusMeters, minutes, speed });
  return preset.radiusAssumed ? `${text} ${t('paletteRadiusAssumed')}` : text;
}
