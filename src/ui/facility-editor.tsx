import { useEffect, useRef, useState } from 'preact/hooks';
import type { FacilityCapacity } from '../core/model/facility';
import { FACILITY_PRESETS, findFacilityPreset } from '../core/rules/facility-presets';
import { useApp, useT } from './app-context';
import {
  capacityFieldsOf,
  type EditorField,
  type FieldProblem,
  minutesOfRadius,
  patchForField,
  patchForType,
} from './facility-editor-fields';
import { formatInteger } from './format';
import type { MessageKey } from './i18n/i18n';
import { localName } from './local-name';

type Translate = ReturnType<typeof useT>;

function problemText(t: Translate, problem: FieldProblem): string {
  switch (problem.code) {
    case 'empty-name':
      return t('fieldEmptyName');
    case 'not-a-number':
      return t('fieldNotANumber');
    case 'negative':
      return t('fieldNegative');
    case 'not-whole':
      return t('fieldNotWhole');
    case 'too-large':
      return t('fieldTooLarge', { max: problem.max });
    case 'radius-range':
      return t('fieldRadiusRange', { max: problem.maxMeters });
  }
}

const CAPACITY_LABELS: Record<keyof FacilityCapacity, MessageKey> = {
  beds: 'capacityBeds',
  places: 'capacityPlaces',
  inclusivePlaces: 'capacityInclusivePlaces',
  doctors: 'capacityDoctors',
  generalPractitioners: 'capacityGeneralPractitioners',
};

/** Minutes shown with at most two decimals (5, 7.5, 16.67). */
function minutesText(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}

/**
 * One text field: the planner types freely; on change (blur or Enter) the text becomes one command, or stays with a
 * message in the field when refused (nothing changes). A new committed value (undo, another facility) replaces the
 * text.
 */
function EditorInput(props: {
  field: EditorField;
  label: string;
  value: string;
  numeric?: boolean;
  onCommit: (text: string) => FieldProblem | null;
}) {
  const t = useT();
  const [text, setText] = useState(props.value);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  // Only a changed committed value replaces the text. Not on mount: effects run after the next paint, which under a
  // slow renderer can come after the first keystrokes, and would wipe them.
  const shown = useRef(props.value);
  useEffect(() => {
    if (shown.current === props.value) return;
    shown.current = props.value;
    setText(props.value);
    setProblem(null);
  }, [props.value]);
  const id = `editor-${props.field}`;
  return (
    <div class={problem ? 'editor-field has-problem' : 'editor-field'}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.numeric ? 'decimal' : undefined}
        data-testid={id}
        value={text}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const refused = props.onCommit(event.currentTarget.value);
          setProblem(refused);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Esc in a field forgets the typing instead of deselecting the facility.
          event.stopPropagation();
          setText(props.value);
          setProblem(null);
        }}
      />
      {problem ? (
        <span class="field-problem" role="alert" id={`${id}-problem`} data-testid={`${id}-problem`}>
          {problemText(t, problem)}
        </span>
      ) : null}
    </div>
  );
}

/** The selected facility's properties; each change is one undoable command (issue 4 "select to edit"). */
export function FacilityEditor() {
  const { store, planner } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const scenario = store.activeScenario.value;
  const selectedId = store.selectedFacilityId.value;
  const facility = scenario.facilities.find((f) => f.id === selectedId);
  if (!facility) return null;
  const speed = scenario.parameters.walkingSpeedMetersPerMinute;
  const minutes = minutesOfRadius(facility.radiusMeters, speed);

  const commit = (field: EditorField) => (text: string) => {
    const outcome = patchForField(facility, field, text, speed);
    if (!outcome.ok) return outcome.problem;
    if (outcome.patch) void planner.updateFacility(facility.id, outcome.patch);
    return null;
  };

  const capacityFields = [
    ...new Set([
      ...capacityFieldsOf(facility.type),
      ...(Object.keys(facility.capacity ?? {}) as (keyof FacilityCapacity)[]),
    ]),
  ];
  const knownType = FACILITY_PRESETS.some((preset) => preset.id === facility.type);

  return (
    <section
      class="panel-section facility-editor"
      data-testid="facility-editor"
      aria-labelledby="editor-title"
    >
      <div class="editor-head">
        <h2 id="editor-title">{t('editorTitle')}</h2>
        <div class="editor-actions">
          <button
            type="button"
            class="history-button"
            data-testid="editor-duplicate"
            onClick={() => void planner.duplicate(facility.id)}
          >
            {t('editorDuplicate')}
          </button>
          <button
            type="button"
            class="history-button"
            data-testid="editor-delete"
            onClick={() => void planner.deleteSelected()}
          >
            {t('editorDelete')}
          </button>
        </div>
      </div>
      <div class="editor-grid">
        <EditorInput field="name" label={t('editorName')} value={facility.name} onCommit={commit('name')} />
        <div class="editor-field">
          <label for="editor-type">{t('editorType')}</label>
          <select
            id="editor-type"
            data-testid="editor-type"
            value={facility.type}
            onChange={(event) => {
              const patch = patchForType(facility, event.currentTarget.value);
              if (patch) void planner.updateFacility(facility.id, patch);
            }}
          >
            {knownType ? null : <option value={facility.type}>{facility.type}</option>}
            {FACILITY_PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {localName(preset, locale)}
              </option>
            ))}
          </select>
        </div>
        <div class="editor-field">
          <label for="editor-status">{t('editorStatus')}</label>
          <select
            id="editor-status"
            data-testid="editor-status"
            value={facility.status}
            onChange={(event) => {
              const status = event.currentTarget.value === 'existing' ? 'existing' : 'proposed';
              if (status !== facility.status) void planner.updateFacility(facility.id, { status });
            }}
          >
            <option value="existing">{t('statusExisting')}</option>
            <option value="proposed">{t('statusProposed')}</option>
          </select>
        </div>
        <EditorInput
          field="floorArea"
          numeric
          label={t('editorFloorArea')}
          value={String(facility.floorAreaSquareMeters)}
          onCommit={commit('floorArea')}
        />
        <div class="editor-radius">
          <EditorInput
            field="radiusMeters"
            numeric
            label={`${t('editorRadius')} (${t('editorRadiusMeters')})`}
            value={String(facility.radiusMeters)}
            onCommit={commit('radiusMeters')}
          />
          <EditorInput
            field="radiusMinutes"
            numeric
            label={t('editorRadiusMinutes')}
            value={minutesText(minutes)}
            onCommit={commit('radiusMinutes')}
          />
        </div>
        <p class="editor-note" data-testid="editor-radius-note">
          {t('editorRadiusNote', {
            speed: String(speed),
            minutes: minutesText(minutes),
            meters: String(facility.radiusMeters),
          })}
          {findFacilityPreset(facility.type)?.radiusAssumed ? ` ${t('editorRadiusAssumed')}` : ''}
        </p>
        {facility.status === 'proposed' && knownType ? (
          <p class="editor-note" data-testid="editor-typical-note">
            {t('editorTypicalNote')}
          </p>
        ) : null}
        {capacityFields.map((field) => (
          <EditorInput
            key={field}
            field={field}
            numeric
            label={t(CAPACITY_LABELS[field])}
            value={facility.capacity?.[field] === undefined ? '' : String(facility.capacity[field])}
            onCommit={commit(field)}
          />
        ))}
      </div>
      {facility.addedPopulation !== undefined ? (
        <p class="editor-note" data-testid="editor-added-population">
          {t('addedPopulationLabel')}:{' '}
          {t('addedPopulationValue', {
            persons: formatInteger(facility.addedPopulation, store.locale.value),
          })}
        </p>
      ) : null}
      <p class="editor-note">{t('editorMoveHint')}</p>
    </section>
  );
}
