import type {
  FileInspection,
  ImportKind,
  ImportOptions,
  ImportQuestion,
} from '../../core/io/import/import-types';
import type { ImportController, PendingFile } from '../../state/import-controller';
import { unansweredQuestions } from '../../state/import-controller';
import { currentLevelIds, levelBlock } from '../../state/level-import';
import { useApp, useT } from '../app-context';
import { formatInteger } from '../format';
import type { MessageKey } from '../i18n/i18n';
import { asChoices, Choice, FacilityFields, GridFields, questionOf, withOption } from './import-fields';
import { LevelFields } from './level-fields';
import { NetworkFacts } from './network-facts';

const KIND_KEYS: Record<ImportKind, MessageKey> = {
  districts: 'importKindDistricts',
  level: 'importKindLevel',
  grid: 'importKindGrid',
  facilities: 'importKindFacilities',
  scenario: 'importKindScenario',
  network: 'importKindNetwork',
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

function FileCard(props: {
  pending: PendingFile;
  index: number;
  importer: ImportController;
  levelIds: readonly string[];
}) {
  const { pending, index, importer, levelIds } = props;
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
      {options.kind === 'level' ? (
        <LevelFields pending={pending} levelIds={levelIds} t={t} set={set} />
      ) : null}
      {options.kind === 'grid' ? <GridFields pending={pending} t={t} set={set} /> : null}
      {options.kind === 'facilities' ? <FacilityFields pending={pending} t={t} set={set} /> : null}
      {options.kind === 'network' ? <NetworkFacts inspection={inspection} /> : null}
    </fieldset>
  );
}

/** The confirmation step of an import: one card per file with the questions the inspection raised. */
export function ImportDialog() {
  const { importer, store } = useApp();
  const t = useT();
  if (!importer) return null;
  const state = importer.state.value;
  if (state.phase !== 'confirm') return null;
  const levelIds = currentLevelIds(store.results.value);
  const blocked = state.files.some(
    (pending) =>
      unansweredQuestions(pending).length > 0 || levelBlock(pending.options, levelIds) !== undefined,
  );
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
            <FileCard
              key={pending.inspection.fileName}
              pending={pending}
              index={index}
              importer={importer}
              levelIds={levelIds}
            />
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
