/**
 * The questions of a file imported as a unit level (issue 12): the level's name, the unit name, code and parent
 * fields, and an explicit yes when a level of that name exists (an import never silently replaces one).
 */
import type { ImportOptions } from '../../core/io/import/import-types';
import type { PendingFile } from '../../state/import-controller';
import { replacesLevel } from '../../state/level-import';
import { asChoices, Choice, type T, withOption } from './import-fields';

export function LevelFields(props: {
  pending: PendingFile;
  levelIds: readonly string[];
  t: T;
  set: (options: ImportOptions) => void;
}) {
  const { pending, levelIds, t, set } = props;
  const { inspection, options } = pending;
  const textFields = inspection.fields.filter((field) => !field.numeric).map((field) => field.name);
  const allFields = inspection.fields.map((field) => field.name);
  return (
    <>
      <label class="import-field">
        <span>
          {t('importLevelName')}
          <em class="import-required"> *</em>
        </span>
        <input
          type="text"
          data-testid="import-level-name"
          value={options.levelName ?? ''}
          onInput={(event) => {
            const next = withOption(options, 'levelName', event.currentTarget.value);
            delete next.replaceExistingLevel;
            set(next);
          }}
        />
      </label>
      {replacesLevel(options, levelIds) ? (
        <label class="import-field" data-testid="import-level-exists">
          <span>{t('importLevelExists', { name: options.levelName?.trim() ?? '' })}</span>
          <input
            type="checkbox"
            data-testid="import-level-replace"
            checked={options.replaceExistingLevel === true}
            onChange={(event) =>
              set(withOption(options, 'replaceExistingLevel', event.currentTarget.checked || undefined))
            }
          />
          {t('importLevelReplace')}
        </label>
      ) : null}
      <Choice
        label={t('importNameField')}
        testId="import-name-field"
        value={options.nameField}
        choices={asChoices(textFields)}
        empty={t('importChoose')}
        required
        onChange={(value) => set(withOption(options, 'nameField', value))}
      />
      <Choice
        label={t('importCodeField')}
        testId="import-code-field"
        value={options.codeField}
        choices={asChoices(allFields)}
        empty={t('importNone')}
        onChange={(value) => set(withOption(options, 'codeField', value))}
      />
      <Choice
        label={t('importParentField')}
        testId="import-parent-field"
        value={options.parentField}
        choices={asChoices(allFields)}
        empty={t('importNone')}
        onChange={(value) => set(withOption(options, 'parentField', value))}
      />
    </>
  );
}
