import {
  cssColour,
  PASS_COLOURS,
  resolveIndicatorId,
  VALUE_COLOURS,
  valueBreaks,
} from '../core/render/choropleth';
import type { ChoroplethChoice } from '../state/store';
import { useApp, useT } from './app-context';
import { figureContext, indicatorName, indicatorTooltip, unitDigits, unitLabel } from './figure-tooltip';
import { formatDecimal } from './format';
import type { MessageKey } from './i18n/i18n';

const modes: { mode: ChoroplethChoice; label: MessageKey }[] = [
  { mode: 'none', label: 'choroplethNone' },
  { mode: 'pass', label: 'choroplethPass' },
  { mode: 'value', label: 'choroplethValue' },
];

/** How districts are coloured (none / pass-fail / value), by which indicator, and the legend of the colours. */
export function IndicatorLegend() {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  // The units coloured on the map: the chosen level's (issue 12).
  const results = store.levelResults.value;
  const mode = store.choroplethMode.value;
  const districts = results?.districts ?? [];
  const indicatorId = resolveIndicatorId(districts, store.indicatorId.value);
  const indicators = districts[0]?.indicators ?? [];
  const indicator = indicators.find((candidate) => candidate.id === indicatorId);
  const context = results ? figureContext(t, locale, results) : undefined;
  const ruleOf = (id: string) => context?.ruleSet?.indicators.find((rule) => rule.id === id);
  const digits = indicator ? unitDigits(indicator.unit) : 1;
  const number = (value: number) => formatDecimal(value, locale, digits);
  const entries: { colour: readonly number[]; label: string }[] = [];
  if (indicator && mode === 'pass') {
    entries.push(
      { colour: PASS_COLOURS.pass, label: t('legendPass') },
      { colour: PASS_COLOURS.fail, label: t('legendFail') },
    );
  } else if (indicator && mode === 'value') {
    const [half, full, more] = valueBreaks(indicator.threshold);
    const labels =
      indicator.comparison === 'atMost'
        ? [
            `> ${number(more)}`,
            `${number(full)}–${number(more)}`,
            `${number(half)}–${number(full)}`,
            `≤ ${number(half)}`,
          ]
        : [
            `< ${number(half)}`,
            `${number(half)}–${number(full)}`,
            `${number(full)}–${number(more)}`,
            `≥ ${number(more)}`,
          ];
    VALUE_COLOURS.forEach((colour, k) => {
      entries.push({ colour, label: labels[k] ?? '' });
    });
  }
  if (indicator && mode !== 'none')
    entries.push({ colour: PASS_COLOURS.unavailable, label: t('legendUnavailable') });
  return (
    <div
      class="analysis-block"
      data-testid="indicator-legend"
      data-mode={mode}
      data-indicator={indicatorId ?? ''}
    >
      <div class="analysis-row">
        <span class="analysis-label">{t('choroplethLabel')}</span>
        <fieldset class="segmented" aria-label={t('choroplethLabel')}>
          {modes.map((choice) => (
            <button
              key={choice.mode}
              type="button"
              data-testid={`choropleth-${choice.mode}`}
              aria-pressed={mode === choice.mode}
              onClick={() => {
                store.choroplethMode.value = choice.mode;
              }}
            >
              {t(choice.label)}
            </button>
          ))}
        </fieldset>
      </div>
      {indicators.length === 0 ? (
        results ? (
          <div class="legend-note">{t('noIndicators')}</div>
        ) : null
      ) : (
        <label class="analysis-row">
          <span class="analysis-label">{t('indicatorLabel')}</span>
          <select
            data-testid="indicator-select"
            value={indicatorId ?? ''}
            title={indicator && context ? indicatorTooltip(context, indicator) : undefined}
            onChange={(event) => {
              store.indicatorId.value = event.currentTarget.value;
            }}
          >
            {indicators.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {indicatorName(ruleOf(candidate.id), candidate.id, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      {entries.length > 0 && indicator ? (
        <ul class="indicator-legend-list" title={context ? indicatorTooltip(context, indicator) : undefined}>
          {entries.map((entry) => (
            <li key={entry.label}>
              <span
                class="legend-swatch"
                style={{
                  background: cssColour([
                    entry.colour[0] ?? 0,
                    entry.colour[1] ?? 0,
                    entry.colour[2] ?? 0,
                    150,
                  ]),
                }}
              />
              {entry.label}
            </li>
          ))}
          <li class="legend-note" data-testid="indicator-threshold">
            {t('chartThreshold', {
              threshold: `${t(indicator.comparison === 'atMost' ? 'atMost' : 'atLeast')} ${number(indicator.threshold)} ${unitLabel(t, indicator.unit)}`,
            })}
          </li>
        </ul>
      ) : null}
    </div>
  );
}
