/**
 * The site-suggestion curve (issue 14): covered share of the population against the number of sites added, with the
 * counts at which round shares are first reached ("12 stations reach 80%") — the figure a planner shows in a meeting.
 * Geometry from core/render/coverage-curve-model.ts, drawn like the district chart.
 */
import { coverageCurveModel } from '../core/render/coverage-curve-model';
import { useApp, useT } from './app-context';
import { formatDecimal, formatInteger } from './format';

const WIDTH = 520;
const HEIGHT = 200;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

export function CoverageCurve(props: { curve: readonly number[]; totalPopulation: number }) {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const model = coverageCurveModel(props.curve, props.totalPopulation, plotWidth, plotHeight);
  const title = t('suggestCurveTitle');
  const last = model.points.at(-1);
  const path = model.points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${(LEFT + point.x).toFixed(1)},${(TOP + point.y).toFixed(1)}`,
    )
    .join(' ');
  const digits = model.step < 0.1 ? 2 : model.step < 1 ? 1 : 0;
  const percentText = (percent: number) => formatDecimal(percent, locale, digits);
  // One label per site count (the highest share it reaches), at most four: the last ones a meeting asks about.
  const labelled = model.milestones
    .filter((milestone, index, all) => all[index + 1]?.sites !== milestone.sites)
    .slice(-4);
  const sitesTicks = [...new Set([0, Math.round((model.points.length - 1) / 2), model.points.length - 1])];
  return (
    <figure
      class="coverage-curve"
      data-testid="suggest-curve"
      data-points={model.points.length}
      data-last-percent={last ? last.percent.toFixed(2) : ''}
    >
      <figcaption class="legend-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {model.gridlines.map((line) => (
          <g key={line.percent}>
            <line class="curve-grid" x1={LEFT} x2={LEFT + plotWidth} y1={TOP + line.y} y2={TOP + line.y} />
            <text x={LEFT - 4} y={TOP + line.y + 4} text-anchor="end">
              {percentText(line.percent)}%
            </text>
          </g>
        ))}
        {sitesTicks.map((sites) => {
          const point = model.points[sites];
          return point ? (
            <text key={sites} x={LEFT + point.x} y={HEIGHT - BOTTOM + 14} text-anchor="middle">
              {sites}
            </text>
          ) : null;
        })}
        <text x={LEFT + plotWidth / 2} y={HEIGHT - 2} text-anchor="middle" class="curve-axis">
          {t('suggestCurveAxis')}
        </text>
        <path class="curve-line" data-testid="suggest-curve-line" d={path} />
        {model.points.map((point) => (
          <circle
            key={point.sites}
            class="curve-point"
            data-testid="suggest-curve-point"
            data-sites={point.sites}
            data-percent={point.percent.toFixed(4)}
            cx={LEFT + point.x}
            cy={TOP + point.y}
            r={2.5}
          >
            <title>
              {formatInteger(point.sites, locale)}: {formatDecimal(point.percent, locale, 1)}%
            </title>
          </circle>
        ))}
        {labelled.map((milestone) => (
          <text
            key={milestone.percent}
            class="curve-milestone"
            data-testid="suggest-curve-milestone"
            x={LEFT + milestone.x + (milestone.x > plotWidth * 0.6 ? -4 : 4)}
            y={TOP + milestone.y - 4}
            text-anchor={milestone.x > plotWidth * 0.6 ? 'end' : 'start'}
          >
            {t('suggestCurveMilestone', { sites: milestone.sites, percent: percentText(milestone.percent) })}
          </text>
        ))}
      </svg>
    </figure>
  );
}
