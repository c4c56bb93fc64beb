/**
 * Per-district deltas of a comparison (issue 6): coverage of the chosen type and every indicator of the rule set,
 * before → after with the change; rows whose pass/fail changes are highlighted. At a finer unit level (issue 12) the
 * rows are its units, those whose pass/fail changes first, at most `maxRows`; a coarser row and the city also show
 * how many of their finest units meet each indicator, before → after. Fed by props only.
 */
import type {
  Comparison,
  FigureDelta,
  IndicatorDelta,
  RollUpDelta,
  ScopeComparison,
} from '../../core/compare/comparison';
import type { Locale } from '../../core/model/locale';
import { useT } from '../app-context';
import { formatDecimal } from '../format';
import { facilityTypeName, indicatorNameIn } from '../local-name';
import { shownCompareRows } from './compare-rows';

/** A change with its sign: "+1.2", "−0.4", "0.0". */
function formatSigned(value: number, locale: Locale, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  const text = formatDecimal(Math.abs(rounded), locale, digits);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `−${text}`;
  return text;
}

function DeltaCell(props: { figure: FigureDelta | null; locale: Locale; digits: number; testId: string }) {
  const { figure, locale, digits } = props;
  if (!figure) return <td data-testid={props.testId}>—</td>;
  const sign = figure.delta > 0 ? 'up' : figure.delta < 0 ? 'down' : 'same';
  return (
    <td
      data-testid={props.testId}
      data-value={figure.delta}
      data-before={figure.before}
      data-after={figure.after}
    >
      <span class="compare-values">
        {formatDecimal(figure.before, locale, digits)} → {formatDecimal(figure.after, locale, digits)}
      </span>
      <span class={`compare-delta compare-delta-${sign}`}>{formatSigned(figure.delta, locale, digits)}</span>
    </td>
  );
}

function passMark(indicator: IndicatorDelta | undefined): string {
  if (!indicator || indicator.passBefore === null || indicator.passAfter === null) return '';
  const mark = (pass: boolean) => (pass ? '✓' : '✗');
  return `${mark(indicator.passBefore)}→${mark(indicator.passAfter)}`;
}

interface Row {
  id: string;
  name: string;
  scope: ScopeComparison;
  passChange: string;
  rollUp?: RollUpDelta;
}

/** Units of the first side meeting an indicator → of the second, of the units judged: "达标单元 3 → 5 / 12". */
function RollUpLine(props: { rollUp: RollUpDelta | undefined; indicatorId: string; locale: Locale }) {
  const t = useT();
  const figure = props.rollUp?.indicators.find((indicator) => indicator.id === props.indicatorId);
  if (!figure) return null;
  return (
    <span
      class="compare-roll-up"
      data-before={figure.unitsMeeting.before}
      data-after={figure.unitsMeeting.after}
    >
      {t('compareRollUpCell', {
        before: formatDecimal(figure.unitsMeeting.before, props.locale, 0),
        after: formatDecimal(figure.unitsMeeting.after, props.locale, 0),
        count: formatDecimal(figure.unitsJudged.after, props.locale, 0),
      })}
    </span>
  );
}

export function CompareTable(props: {
  comparison: Comparison;
  deltaType: string;
  locale: Locale;
  /** Head of the first column: the districts' word, or the chosen level's name. */
  unitLabel: string;
  /** Rows shown at most (a level of thousands of units). */
  maxRows: number;
}) {
  const t = useT();
  const { comparison, deltaType, locale } = props;
  const units = shownCompareRows(comparison.districts, props.maxRows);
  const rows: Row[] = [
    ...units.map((d) => ({
      id: d.id,
      name: d.name,
      scope: d,
      passChange: d.passChange,
      ...(d.rollUp ? { rollUp: d.rollUp } : {}),
    })),
    {
      id: 'totals',
      name: t('compareTotals'),
      scope: comparison.totals,
      passChange: 'totals',
      ...(comparison.totals.rollUp ? { rollUp: comparison.totals.rollUp } : {}),
    },
  ];
  const indicators = comparison.indicators;
  return (
    <>
      {units.length < comparison.districts.length && (
        <p class="compare-note" data-testid="compare-units-shown">
          {t('compareUnitsShown', {
            shown: formatDecimal(units.length, locale, 0),
            total: formatDecimal(comparison.districts.length, locale, 0),
          })}
        </p>
      )}
      <table class="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th>{props.unitLabel}</th>
            <th>{t('compareCoverageColumn', { type: facilityTypeName(deltaType, locale) })} (%)</th>
            <th>{t('compareAreaColumn')}</th>
            {indicators.map((indicator) => (
              <th key={indicator.id}>
                {indicatorNameIn(comparison.ruleSet, indicator.id, locale)} (
                {indicator.comparison === 'atMost' ? '≤' : '≥'}{' '}
                {formatDecimal(indicator.threshold, locale, 0)})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              class={`compare-row-${row.passChange}`}
              data-testid={`compare-row-${row.id}`}
              data-pass-change={row.passChange}
            >
              <th scope="row">{row.name}</th>
              <DeltaCell
                figure={row.scope.coverage[deltaType]?.percent ?? null}
                locale={locale}
                digits={1}
                testId={`compare-coverage-${row.id}`}
              />
              <DeltaCell
                figure={row.scope.areaPer100Households}
                locale={locale}
                digits={1}
                testId={`compare-area-${row.id}`}
              />
              {indicators.map((summary) => {
                const indicator = row.scope.indicators.find((i) => i.id === summary.id);
                const change = indicator?.change ?? 'notComparable';
                return (
                  <td
                    key={summary.id}
                    class={`compare-pass compare-pass-${change}`}
                    data-testid={`compare-indicator-${row.id}-${summary.id}`}
                    data-change={change}
                    data-value={indicator?.value?.delta}
                    title={
                      change === 'gained'
                        ? t('comparePassGained')
                        : change === 'lost'
                          ? t('comparePassLost')
                          : ''
                    }
                  >
                    {indicator?.value ? (
                      <span class="compare-values">
                        {formatDecimal(indicator.value.before, locale, 1)} →{' '}
                        {formatDecimal(indicator.value.after, locale, 1)}
                      </span>
                    ) : (
                      '—'
                    )}{' '}
                    <span class="compare-pass-mark">{passMark(indicator)}</span>
                    <RollUpLine rollUp={row.rollUp} indicatorId={summary.id} locale={locale} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
