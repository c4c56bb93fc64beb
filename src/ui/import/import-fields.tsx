/** The controls of one file's card in the import dialog: labelled selects and the grid and facility questions. */
import type { FileInspection, ImportOptions, ImportQuestion } from '../../core/io/import/import-types';
import { FACILITY_PRESETS } from '../../core/rules/facility-presets';
import type { PendingFile } from '../../state/import-controller';
import { useApp, type useT } from '../app-context';
import type { MessageKey } from '../i18n/i18n';
import { localName } from '../local-name';

const LAYER_CHOICES: [string, MessageKey][] = [
  ['total', 'importLayerTotal'],
  ['adults20plus', 'importLayerAdults'],
  ['elderly60plus', 'importLayerElderly'],
];

export type T = ReturnType<typeof useT>;

export function questionOf<K extends ImportQuestion['topic']>(
  inspection: FileInspection,
  topic: K,
): Extract<ImportQuestion, { topic: K }> | undefined {
  return inspection.questions.find((question) => question.topic === topic) as
    | Extract<ImportQuestion, { topic: K }>
    | undefined;
}

/** A labelled select; `''` is the "choose" / "none" entry and maps to undefined. */
export function Choice(props: {
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

export const asChoices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Removes undefined answers so optional option fields stay absent (exactOptionalPropertyTypes). */
export function withOption<K extends keyof ImportOptions>(
  options: ImportOptions,
  key: K,
  value: ImportOptions[K] | undefined,
): ImportOptions {
  const next = { ...options };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function GridFields(props: { pending: PendingFile; t: T; set: (options: ImportOptions) => void }) {
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
      <HouseholdFields options={options} t={t} set={set} />
    </>
  );
}

type HouseholdsWay = 'residentsPerHousehold' | 'familyHouseholds';

/**
 * Households of the imported grid (domain.md § Households): keep the current size, state residents per household,
 * or give the census's family households (the divisor is then the grid's residents ÷ that total).
 */
function HouseholdFields(props: { options: ImportOptions; t: T; set: (options: ImportOptions) => void }) {
  const { options, t, set } = props;
  const households = options.households;
  const way: HouseholdsWay | undefined = households
    ? 'residentsPerHousehold' in households
      ? 'residentsPerHousehold'
      : 'familyHouseholds'
    : undefined;
  const value = households
    ? 'residentsPerHousehold' in households
      ? households.residentsPerHousehold
      : households.familyHouseholds
    : undefined;
  const make = (nextWay: HouseholdsWay, amount: number): ImportOptions['households'] =>
    nextWay === 'residentsPerHousehold' ? { residentsPerHousehold: amount } : { familyHouseholds: amount };
  return (
    <>
      <Choice
        label={t('importHouseholds')}
        testId="import-households-way"
        value={way}
        choices={[
          { value: 'residentsPerHousehold', label: t('importHouseholdsSize') },
          { value: 'familyHouseholds', label: t('importHouseholdsCensus') },
        ]}
        empty={t('importHouseholdsKeep')}
        onChange={(next) =>
          set(
            withOption(
              options,
              'households',
              next ? make(next as HouseholdsWay, value ?? Number.NaN) : undefined,
            ),
          )
        }
      />
      {way ? (
        <label class="import-field">
          <span>
            {t(way === 'residentsPerHousehold' ? 'importHouseholdsSize' : 'importHouseholdsCensus')}
          </span>
          <input
            type="text"
            inputMode="decimal"
            data-testid="import-households-value"
            value={value !== undefined && Number.isFinite(value) ? String(value) : ''}
            onChange={(event) =>
              set(
                withOption(
                  options,
                  'households',
                  make(way, Number(event.currentTarget.value.replace(/,/g, ''))),
                ),
              )
            }
          />
        </label>
      ) : null}
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

export function FacilityFields(props: { pending: PendingFile; t: T; set: (options: ImportOptions) => void }) {
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
            label: localName(preset, locale),
          }))}
          empty={t('importChoose')}
          onChange={(value) => set(withOption(options, 'defaultFacilityType', value))}
        />
      ) : null}
      {questionOf(inspection, 'axisOrder') ? <AxisOrder options={options} t={t} set={set} /> : null}
    </>
  );
}
