import { DEFAULT_DATASET_ID } from '../core/model/dataset';
import { useApp, useT } from './app-context';
import { formatDecimal, formatInteger } from './format';
import { layerNameKeys } from './layer-names';
import { levelName } from './unit-rows';

/** Class limits as the map paints them: "≤ 5", "5–10", …, "> 100". */
export function Legend() {
  const { store } = useApp();
  const t = useT();
  const raster = store.raster.value;
  if (!raster) return null;
  const locale = store.locale.value;
  const number = (value: number) =>
    value < 10 && !Number.isInteger(value) ? formatDecimal(value, locale, 1) : formatInteger(value, locale);
  const { thresholds, colours } = raster.ramp;
  const keys = layerNameKeys[raster.layer];
  return (
    <div class="legend map-card" data-testid="legend" data-layer={raster.layer}>
      <div class="legend-title">
        {t('legendTitle')} · {keys ? t(keys.name) : raster.layer}
      </div>
      <ul>
        {colours.map((colour, k) => {
          const low = thresholds[k - 1];
          const high = thresholds[k];
          const label =
            low === undefined
              ? `≤ ${number(high ?? 0)}`
              : high === undefined
                ? `> ${number(low)}`
                : `${number(low)}–${number(high)}`;
          return (
            <li key={label}>
              <span
                class="legend-swatch"
                style={{ background: `rgba(${colour[0]},${colour[1]},${colour[2]},${colour[3] / 255})` }}
              />
              {label}
            </li>
          );
        })}
      </ul>
      <UnitOutlineLegend />
      {/* The cell size is the default grid's; an imported grid is described by its own file. */}
      {store.summary.value?.id === DEFAULT_DATASET_ID ? (
        <div class="legend-note">{t('legendCell')}</div>
      ) : null}
    </div>
  );
}

/** The chosen level's outlines (issue 12): a generated level says it is not administrative. */
function UnitOutlineLegend() {
  const { store } = useApp();
  const t = useT();
  const levelId = store.unitLevelId.value;
  const level = store.summary.value?.levels.find((candidate) => candidate.id === levelId);
  if (!level) return null;
  const name = levelName(level, t);
  return (
    <div
      class={level.generated ? 'legend-units legend-units-generated' : 'legend-units'}
      data-testid="legend-units"
      data-generated={level.generated ? 'true' : 'false'}
    >
      <span class="legend-line" aria-hidden="true" />
      {level.generated ? t('legendUnitsGenerated', { level: name }) : `${t('legendUnitsTitle')} · ${name}`}
    </div>
  );
}
