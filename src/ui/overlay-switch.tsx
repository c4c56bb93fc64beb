import { COVERAGE_COLOURS, SFCA_COLOURS } from '../core/render/cell-overlay';
import { cssColour } from '../core/render/choropleth';
import { FACILITY_PRESETS } from '../core/rules/facility-presets';
import type { OverlayChoice } from '../state/store';
import { useApp, useT } from './app-context';
import { coverageTooltip, figureContext, sfcaTooltip } from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';
import type { MessageKey } from './i18n/i18n';
import { facilityTypeName, localName } from './local-name';

const choices: { kind: OverlayChoice; label: MessageKey }[] = [
  { kind: 'none', label: 'overlayNone' },
  { kind: 'coverage', label: 'overlayCoverage' },
  { kind: 'sfca', label: 'overlaySfca' },
];

/** Overlay kind (none / coverage / 2SFCA), its facility type, and the overlay's legend with persons per class. */
export function OverlaySwitch() {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const kind = store.overlayKind.value;
  const type = store.overlayType.value ?? store.paletteType.value;
  const results = store.results.value;
  const overlay = store.overlayImage.value;
  const context = results ? figureContext(t, locale, results) : undefined;
  const hint =
    context && kind === 'coverage'
      ? coverageTooltip(context, type)
      : context && kind === 'sfca'
        ? sfcaTooltip(context)
        : undefined;
  return (
    <div class="analysis-block" data-testid="overlay-switch">
      <div class="analysis-row">
        <span class="analysis-label">{t('overlayLabel')}</span>
        <fieldset class="segmented" aria-label={t('overlayLabel')}>
          {choices.map((choice) => (
            <button
              key={choice.kind}
              type="button"
              data-testid={`overlay-${choice.kind}`}
              aria-pressed={kind === choice.kind}
              title={
                choice.kind === 'coverage' && context
                  ? coverageTooltip(context, type)
                  : choice.kind === 'sfca' && context
                    ? sfcaTooltip(context)
                    : undefined
              }
              disabled={!results}
              onClick={() => {
                store.overlayKind.value = choice.kind;
              }}
            >
              {t(choice.label)}
            </button>
          ))}
        </fieldset>
      </div>
      {kind === 'none' ? null : (
        <label class="analysis-row">
          <span class="analysis-label">{t('overlayTypeLabel')}</span>
          <select
            data-testid="overlay-type"
            value={type}
            onChange={(event) => {
              store.overlayType.value = event.currentTarget.value;
            }}
          >
            {FACILITY_PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {localName(preset, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      {overlay && kind !== 'none' ? (
        <div
          class="overlay-legend"
          data-testid="overlay-legend"
          data-kind={overlay.kind}
          data-type={overlay.type}
          data-cells={overlay.cellsPerClass.join(',')}
          data-persons={overlay.populationPerClass.join(',')}
          title={hint}
        >
          <div class="legend-title">
            {t(overlay.kind === 'coverage' ? 'overlayCoverageTitle' : 'overlaySfcaTitle', {
              type: facilityTypeName(overlay.type, locale),
            })}{' '}
            <span class="info">ⓘ</span>
          </div>
          <ul>
            {(overlay.kind === 'coverage' ? [1, 0] : [0, 1, 2, 3, 4]).map((k) => {
              const colour = (overlay.kind === 'coverage' ? COVERAGE_COLOURS : SFCA_COLOURS)[k];
              const persons = t('overlayPersons', {
                persons: formatInteger(overlay.populationPerClass[k] ?? 0, locale),
              });
              const number = (value: number) => formatDecimal(value, locale, value < 10 ? 1 : 0);
              const low = overlay.breaks[k - 1];
              const high = overlay.breaks[k];
              const label =
                overlay.kind === 'coverage'
                  ? t(k === 1 ? 'overlayCovered' : 'overlayNotCovered')
                  : k === 0
                    ? t('overlaySfcaNone')
                    : high === undefined
                      ? `> ${number(low ?? 0)}`
                      : `${number(low ?? 0)}–${number(high)}`;
              return (
                <li key={k}>
                  <span
                    class="legend-swatch"
                    style={{ background: colour ? cssColour(colour) : undefined }}
                  />
                  <span class="legend-label">{label}</span>
                  <span class="legend-count">{persons}</span>
                </li>
              );
            })}
          </ul>
          <div class="legend-note">{t('overlayNote')}</div>
        </div>
      ) : null}
    </div>
  );
}
