/**
 * The unit level shown in the table, chart, colouring, popups and outlines (issue 12): districts, any level of the
 * dataset (imported ones included) and the generated hexagons, which carry a "generated, not administrative" mark;
 * plus the switch that generates the hexagons for any dataset.
 */
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import { useApp, useT } from './app-context';
import { levelName } from './unit-rows';

export function UnitLevelSwitch() {
  const { store, unitLevels } = useApp();
  const t = useT();
  const summary = store.summary.value;
  if (!summary || !unitLevels) return null;
  const chosen = store.unitLevelId.value;
  const hexagons = store.hexagonUnits.value;
  const generated = summary.levels.find((level) => level.id === chosen)?.generated === true;
  return (
    <div class="unit-level-switch" data-testid="unit-level-switch">
      <label>
        <span class="unit-level-label">{t('unitLevelLabel')}</span>
        <select
          data-testid="unit-level-select"
          value={chosen}
          onChange={(event) => unitLevels.chooseLevel(event.currentTarget.value)}
        >
          <option value={DISTRICT_LEVEL_ID}>{t('unitLevelDistricts')}</option>
          {summary.levels.map((level) => (
            <option key={level.id} value={level.id} data-generated={level.generated ? 'true' : undefined}>
              {levelName(level, t)}
              {level.generated ? ` · ${t('unitLevelGenerated')}` : ''}
            </option>
          ))}
        </select>
      </label>
      {generated ? (
        <span class="unit-level-generated" data-testid="unit-level-generated">
          {t('unitLevelGenerated')}
        </span>
      ) : null}
      <label class="hexagon-toggle">
        <input
          type="checkbox"
          data-testid="hexagon-toggle"
          checked={hexagons.on}
          disabled={hexagons.busy}
          onChange={(event) => void unitLevels.setHexagonUnits(event.currentTarget.checked)}
        />
        {t('hexagonToggle')}
      </label>
      {hexagons.busy ? (
        <span class="hexagon-busy" role="status" aria-busy="true" data-testid="hexagon-busy">
          {t('hexagonBusy')}
        </span>
      ) : null}
    </div>
  );
}
