import type {
  FileInspection,
  ImportKind,
  ImportOptions,
  ImportQuestion,
} from '../../core/io/import/import-types';
import { FACILITY_PRESETS } from '../../core/rules/facility-presets';
import type { ImportController, PendingFile } from '../../state/import-controller';
import { unansweredQuestions } from '../../state/import-controller';
import { useApp, useT } from '../app-context';
import { formatInteger } from '../format';
import type { MessageKey } from '../i18n/i18n';

const KIND_KEYS: Record<ImportKind, MessageKey> = {
  districts: 'importKindDistricts',
  grid: 'importKindGrid',
  facilities: 'importKindFacilities',
  scenario: 'importKindScenario',
};

const CRS_REASON_KEYS: Record<Extract<ImportQuestion, { topic: 'crs' }>['reason'], MessageKey> = {
  'projected-without-crs': 'importCrsRequired',
  'maybe-gcj02': 'importCrsMaybeGcj02',
  'prj-unrecognised': 'importCrsUnrecognised',
};

const COUNT_KEYS: Partial<Record<FileInspection['format'], MessageKey>> = {
  geotiff: 'importPixels',
  csv: 'importRows',
};

const LAYER_CHOICES: [string, MessageKey][] = [
  ['total', 'importLayerTotal'],
  ['adults20plus', 'importLayerAdults'],
  ['elderly60plus', 'importLayerElderly'],
];

type T = ReturnType<typeof useT>;

function questionOf<K extends ImportQuestion['topic']>(
  inspection: FileInspection,
  topic: K,
): Extract<ImportQuestion, { topic: K }> | undefined {
  return inspection.questions.find((question) => question.topic === topic) as
    | Extract<ImportQuestion, { topic: K }>
    | undefined;
}

/** A labelled select; `''` is the "choose" / "none" entry and maps to undefined. */
function Choice(props: {
  label: string;
  testId: string;
  value: string | undefined;
  choices: { value: string; label: string }[];
  empty?: string;
  required?: boolean;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label class="import-field">
      <span>
        {props.label}
        {props.required ? <em class="import-required"> *</em> : null}
      </span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(event) => {
          const value = (event.target as HTMLSelectElement).value;
          props.onChange(value === '' ? undefined : value);
        }}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const asChoices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Removes undefined answers so optional option fields stay absent (exactOptionalPropertyTypes). */
function withOption<K extends keyof ImportOptions>(
  options: ImportOptions,
  key: K,
  value: ImportOptions[K] | undefined,
): ImportOptions {
  const next = { ...options };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function GridFields(props: { pending: PendingFile; t: T; set: (options: ImportOptions) => void }) {
  const { pending, t, set } = props;
  const { inspection, options } = pending;
  const numeric = inspection.fields.filter((field) => field.numeric).map((field) => field.name);
  const layerChoices = LAYER_CHOICES.map(([value, key]) => ({ value, label: t(key) }));
  if (options.layerId && !LAYER_CHOICES.some(([value]) => value === options.layerId))
    layerChoices.push({ value: options.layerId, label: options.layerId });
  const columns = questionOf(inspection, 'coordinateColumns');
  const axis = questionOf(inspection, 'axisOrder');
  return (
    <>
      <Choice
        label={t('importLayerId')}
        testId="import-layer-id"
        value={options.layerId ?? 'total'}
        choices={layerChoices}
        onChange={(value) => set(withOption(options, 'layerId', value))}
      />
      {inspection.format !== 'geotiff' ? (
        <Choice
          label={t('importValueField')}
          testId="import-value-field"
          value={options.valueField}
          choices={asChoices(numeric)}
          empty={t('importChoose')}
          required={questionOf(inspection, 'valueField')?.required ?? false}
          onChange={(value) => set(withOption(options, 'valueField', value))}
        />
      ) : null}
      {columns ? (
        <>
          <Choice
            label={t('importXColumn')}
            testId="import-x-column"
            value={options.xColumn}
            choices={asChoices(columns.choices)}
            empty={t('importChoose')}
            required
            onChange={(value) => set(withOption(options, 'xColumn', value))}
          />
          <Choice
            label={t('importYColumn')}
            testId="import-y-column"
            value={options.yColumn}
            choices={asChoices(columns.choices)}
            empty={t('importChoose')}
            required
            onChange={(value) => set(withOption(options, 'yColumn', value))}
          />
        </>
      ) : null}
      {axis ? <AxisOrder options={options} t={t} set={set} /> : null}
    </>
  );
}

function AxisOrder(props: { options: ImportOptions; t: T; set: (options: ImportOptions) => void }) {
  const { options, t, set } = props;
  return (
    <Choice
      label={t('importAxisOrder')}
      testId="import-axis-order"
      value={options.axisOrder ?? 'lonlat'}
      choices={[
        { value: 'lonlat', label: t('importAxisLonLat') },
        { value: 'latlon', label: t('importAxisLatLon') },
      ]}
      onChange={(value) => set(withOption(options, 'axisOrder', value as ImportOptions['axisOrder']))}
    />
  );
}

function FacilityFields(props: { pending: PendingFile; t: T; set: (options: ImportOptions) => void }) {
  const { pending, t, set } = props;
  const { inspection, options } = pending;
  const names = inspection.fields.map((field) => field.name);
  const mapping = options.facilityFields ?? {};
  const question = questionOf(inspection, 'facilityFields');
  const setField = (key: 'name' | 'type' | 'area' | 'radius', value: string | undefined) => {
    const next = { ...mapping };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ ...options, facilityFields: next });
  };
  const locale = useApp().store.locale.value;
  const fields: ['name' | 'type' | 'area' | 'radius', MessageKey][] = [
    ['name', 'importFieldName'],
    ['type', 'importFieldType'],
    ['area', 'importFieldArea'],
    ['radius', 'importFieldRadius'],
  ];
  return (
    <>
      {question
        ? fields.map(([key, label]) => (
            <Choice
              key={key}
              label={t(label)}
              testId={`import-facility-${key}`}
              value={mapping[key]}
              choices={asChoices(names)}
              empty={t('importNone')}
              required={question.missing.includes(key) && !(key === 'type' && options.defaultFacilityType)}
              onChange={(value) => setField(key, value)}
            />
          ))
        : null}
      {question && !mapping.type ? (
        <Choice
          label={t('importDefaultType')}
          testId="import-default-type"
          value={options.defaultFacilityType}
          choices={FACILITY_PRESETS.map((preset) => ({
            value: preset.id,
            label: locale === 'en' ? preset.nameEn : preset.nameZh,
          }))}
          empty={t('importChoose')}
          onChange={(value) => set(withOption(options, 'defaultFacilityType', value))}
        />
      ) : null}
      {questionOf(inspection, 'axisOrder') ? <AxisOrder options={options} t={t} set={set} /> : null}
    </>
  );
}

function FileCard(props: { pending: PendingFile; index: number; importer: ImportController }) {
  const { pending, index, importer } = props;
  const { inspection, options } = pending;
  const t = useT();
  const locale = useApp().store.locale.value;
  const set = (next: ImportOptions) => importer.setOptions(index, next);
  const crs = questionOf(inspection, 'crs');
  const layer = questionOf(inspection, 'layer');
  const textFields = inspection.fields.filter((field) => !field.numeric).map((field) => field.name);
  const count = formatInteger(inspection.itemCount, locale);
  return (
    <fieldset class="import-file" data-testid="import-file" data-file-name={inspection.fileName}>
      <legend>{inspection.fileName}</legend>
      <p class="import-file-facts">
        {inspection.format} · {t(COUNT_KEYS[inspection.format] ?? 'importItems', { count })}
        {inspection.declaredCrs ? ` · ${t('importDeclaredCrs', { crs: inspection.declaredCrs })}` : ''}
      </p>
      <Choice
        label={t('importKind')}
        testId="import-kind"
        value={options.kind}
        choices={inspection.kinds.map((kind) => ({ value: kind, label: t(KIND_KEYS[kind]) }))}
        onChange={(value) => {
          const next = withOption(options, 'kind', value as ImportKind | undefined);
          if (value === 'grid' && next.layerId === undefined) next.layerId = 'total';
          set(next);
        }}
      />
      {layer ? (
        <Choice
          label={t('importSourceLayer')}
          testId="import-source-layer"
          value={options.layer}
          choices={asChoices(layer.choices)}
          onChange={(value) => set(withOption(options, 'layer', value))}
        />
      ) : null}
      {crs ? (
        <div class="import-crs">
          <p class="import-hint">{t(CRS_REASON_KEYS[crs.reason])}</p>
          <Choice
            label={t('importCrs')}
            testId="import-crs"
            value={options.crs}
            choices={asChoices(crs.choices)}
            empty={
              crs.required
                ? t('importChoose')
                : t('importCrsAsFile', { crs: inspection.declaredCrs ?? 'EPSG:4326' })
            }
            required={crs.required}
            onChange={(value) => set(withOption(options, 'crs', value))}
          />
        </div>
      ) : null}
      {options.kind === 'districts' ? (
        <Choice
          label={t('importNameField')}
          testId="import-name-field"
          value={options.nameField}
          choices={asChoices(textFields)}
          empty={t('importChoose')}
          required
          onChange={(value) => set(withOption(options, 'nameField', value))}
        />
      ) : null}
      {options.kind === 'grid' ? <GridFields pending={pending} t={t} set={set} /> : null}
      {options.kind === 'facilities' ? <FacilityFields pending={pending} t={t} set={set} /> : null}
    </fieldset>
  );
}

/** The confirmation step of an import: one card per file with the questions the inspection raised. */
export function ImportDialog() {
  const { importer } = useApp();
  const t = useT();
  if (!importer) return null;
  const state = importer.state.value;
  if (state.phase !== 'confirm') return null;
  const blocked = state.files.some((pending) => unansweredQuestions(pending).length > 0);
  return (
    <div class="import-backdrop">
      <div class="import-dialog" role="dialog" aria-labelledby="import-title" data-testid="import-dialog">
        <h2 id="import-title">{t('importDialogTitle')}</h2>
        <p class="import-hint">{t('importDialogIntro')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void importer.confirm();
          }}
        >
          {state.files.map((pending, index) => (
            <FileCard key={pending.inspection.fileName} pending={pending} index={index} importer={importer} />
          ))}
          <div class="import-actions">
            <button type="submit" class="button-primary" data-testid="import-confirm" disabled={blocked}>
              {t('importConfirm')}
            </button>
            <button
              type="button"
              class="button-quiet"
              data-testid="import-dialog-cancel"
              onClick={() => importer.cancel()}
            >
              {t('importCancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
