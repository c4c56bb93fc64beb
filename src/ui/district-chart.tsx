import type { DistrictResult } from '../core/model/results';
import { barChartModel } from '../core/render/bar-chart-model';
import { resolveIndicatorId } from '../core/render/choropleth';
import { useApp, useT } from './app-context';
import { figureContext, indicatorName, indicatorTooltip, unitDigits, unitLabel } from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';

const WIDTH = 520;
const LABEL_PIXELS = 96;
const VALUE_PIXELS = 64;
const ROW_PIXELS = 20;
const TOP_PIXELS = 16;
/** Bars drawn at most: a level of thousands of units shows its lowest values, the ones a planner acts on. */
const CHART_UNITS = 20;

/**
 * The rows to draw: every row in official code order (as the table's default and the yearbooks) when there are few,
 * else the {@link CHART_UNITS} lowest values of the indicator (unavailable ones last).
 */
function chartUnits(rows: readonly DistrictResult[], indicatorId: string): DistrictResult[] {
  const official = [...rows].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  if (rows.length <= CHART_UNITS) return official;
  const figureOf = (row: DistrictResult) => {
    const indicator = row.indicators.find((candidate) => candidate.id === indicatorId);
    return indicator && indicator.available !== false ? indicator.value : Number.MAX_VALUE;
  };
  return official.sort((a, b) => figureOf(a) - figureOf(b)).slice(0, CHART_UNITS);
}

/** One bar per district of the selected indicator, green when it passes, with the threshold as a dashed line. */
export function DistrictChart() {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const results = store.levelResults.value;
  if (!results) return null;
  const id = resolveIndicatorId(results.districts, store.indicatorId.value);
  const first = results.districts[0]?.indicators.find((indicator) => indicator.id === id);
  if (!id || !first) return null;
  const context = figureContext(t, locale, results);
  const rule = context.ruleSet?.indicators.find((candidate) => candidate.id === id);
  const names = new Map(store.summary.value?.districts.map((district) => [district.id, district.nameEn]));
  const hovered = store.hoveredDistrictId.value;
  const plotPixels = WIDTH - LABEL_PIXELS - VALUE_PIXELS;
  const ordered = chartUnits(results.districts, id);
  const inputs = ordered.map((district) => {
    const indicator = district.indicators.find((candidate) => candidate.id === id);
    return {
      id: district.id,
      value: indicator && indicator.available !== false ? indicator.value : 0,
      pass: indicator?.pass ?? false,
    };
  });
  const model = barChartModel(inputs, first.threshold, plotPixels, ROW_PIXELS);
  const digits = unitDigits(first.unit);
  const height = TOP_PIXELS + model.heightPixels + 4;
  const tooltip = indicatorTooltip(context, first);
  const title = t('chartTitle', { indicator: indicatorName(rule, id, locale) });
  return (
    <figure class="district-chart" data-testid="district-chart" data-indicator={id} title={tooltip}>
      <figcaption class="legend-title">
        {title} ({unitLabel(t, first.unit)}) <span class="info">ⓘ</span>
        {ordered.length < results.districts.length ? (
          <span class="name-en" data-testid="chart-units-shown">
            {' '}
            {t('chartUnitsShown', {
              shown: formatInteger(ordered.length, locale),
              total: formatInteger(results.districts.length, locale),
            })}
          </span>
        ) : null}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <text
          x={LABEL_PIXELS + model.thresholdX}
          y={11}
          text-anchor="middle"
          data-testid="chart-threshold-label"
        >
          {t('chartThreshold', { threshold: formatDecimal(first.threshold, locale, digits) })}
        </text>
        {model.bars.map((bar) => {
          const district = results.districts.find((candidate) => candidate.id === bar.id);
          const label = locale === 'en' ? (names.get(bar.id) ?? district?.name) : district?.name;
          const y = TOP_PIXELS + bar.y;
          return (
            <g
              key={bar.id}
              data-testid="chart-bar"
              data-district-id={bar.id}
              data-width={bar.widthPixels.toFixed(2)}
            >
              <text x={LABEL_PIXELS - 6} y={y + ROW_PIXELS / 2 + 4} text-anchor="end">
                {label}
              </text>
              <rect
                x={LABEL_PIXELS}
                y={y + 3}
                width={Math.max(bar.widthPixels, 0.5)}
                height={ROW_PIXELS - 6}
                class={bar.pass ? 'bar-pass' : 'bar-fail'}
                opacity={hovered === null || hovered === bar.id ? 1 : 0.55}
              />
              <text x={LABEL_PIXELS + bar.widthPixels + 4} y={y + ROW_PIXELS / 2 + 4}>
                {formatDecimal(bar.value, locale, digits)}
              </text>
            </g>
          );
        })}
        <line
          class="threshold-line"
          data-testid="chart-threshold"
          data-x={model.thresholdX.toFixed(2)}
          x1={LABEL_PIXELS + model.thresholdX}
          x2={LABEL_PIXELS + model.thresholdX}
          y1={TOP_PIXELS - 2}
          y2={height}
        />
      </svg>
    </figure>
  );
}
