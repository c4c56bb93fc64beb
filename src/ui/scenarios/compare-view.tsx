/**
 * The compare panel (issue 6): choose two scenarios, read the plain-language summary in the UI language, the
 * per-district deltas, and the delta map's legend (the map itself paints `store.deltaImage`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  commonRadiusByType,
  summarizeComparison,
  type UnitNoun,
} from '../../core/compare/summarize-comparison';
import { HEXAGON_LEVEL_ID } from '../../core/geo/hexagon-units';
import { errorText } from '../../core/messages/error-text';
import type { Results } from '../../core/model/results';
import { DISTRICT_LEVEL_ID } from '../../core/model/unit-level';
import { findScenario } from '../../core/scenarios/scenario-list';
import { comparedTypes } from '../../state/compare-controller';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import { facilityTypeName } from '../local-name';
import { UnitFilterInput } from '../unit-filter';
import { filterUnitRows, levelNameOf } from '../unit-rows';
import { COMPARE_ROWS_SHOWN } from './compare-rows';
import { CompareTable } from './compare-table';
import { useMeeting } from './meeting-context';

/** How a side's figures were measured, in the UI language. */
function distanceLabel(t: ReturnType<typeof useT>, results: Results): string {
  return t(results.method.distance === 'network' ? 'distanceNetwork' : 'distanceStraight');
}

export function CompareSummary(props: { sentences: string[] }) {
  return (
    <ul class="compare-summary" data-testid="compare-summary">
      {props.sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

export function DeltaLegend(props: { gained: number; lost: number }) {
  const t = useT();
  const { store } = useApp();
  const locale = store.locale.value;
  return (
    <ul class="delta-legend" data-testid="delta-legend">
      <li>
        <span class="delta-swatch delta-gained" />
        {t('compareGainedPersons', { persons: formatInteger(props.gained, locale) })}
      </li>
      <li>
        <span class="delta-swatch delta-lost" />
        {t('compareLostPersons', { persons: formatInteger(props.lost, locale) })}
      </li>
      <li>
        <span class="delta-swatch delta-kept" />
        {t('compareKept')}
      </li>
    </ul>
  );
}

/** What the summary calls the compared rows: districts (the default), hexagons, or units of another level. */
function unitNounOf(levelId: string): UnitNoun | undefined {
  if (levelId === DISTRICT_LEVEL_ID) return undefined;
  if (levelId === HEXAGON_LEVEL_ID) return { zh: '六边形单元', enOne: 'hexagon', enMany: 'hexagons' };
  return { zh: '单元', enOne: 'unit', enMany: 'units' };
}

/** Sentences of the comparison in the current locale, or an empty list before it is ready. */
export function useComparisonSentences(): string[] {
  const { store } = useApp();
  const { compare } = useMeeting();
  const state = compare.state.value;
  const list = store.scenarios.value.list;
  if (!state.comparison) return [];
  const before = findScenario(list, state.beforeId);
  const after = findScenario(list, state.afterId);
  const unitNoun = unitNounOf(state.levelId);
  // The city roll-up counts the finest level's units: worth a sentence when they are finer than the compared rows.
  const finestId = state.comparison.totals.rollUp?.levelId;
  const rollUpNoun = finestId && finestId !== state.levelId ? unitNounOf(finestId) : undefined;
  return summarizeComparison(state.comparison, store.locale.value, {
    radiusMetersByType: commonRadiusByType(before?.facilities ?? [], after?.facilities ?? []),
    ...(unitNoun ? { unitNoun } : {}),
    ...(rollUpNoun ? { rollUpNoun } : {}),
  }).sentences;
}

export function CompareView() {
  const { store } = useApp();
  const { compare } = useMeeting();
  const t = useT();
  const list = store.scenarios.value.list;
  const open = store.meetingView.value === 'compare';
  const state = compare.state.value;
  const sentences = useComparisonSentences();
  // Units of a finer level are many (2,890 hexagons): the planner finds one by name or id, as in the district table.
  const [unitFilter, setUnitFilter] = useState('');
  const firstRun = useRef(true);
  // An edit while the panel is open (or a scenario renamed or deleted) is compared again.
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    if (store.meetingView.peek() === 'compare') void compare.open();
  }, [list, compare, store]);
  if (!open) return null;
  const locale = store.locale.value;
  const before = findScenario(list, state.beforeId);
  const after = findScenario(list, state.afterId);
  const types = comparedTypes(before, after, store.paletteType.value);
  const select = (which: 'before' | 'after', id: string) =>
    void compare.choose(which === 'before' ? id : state.beforeId, which === 'after' ? id : state.afterId);
  return (
    <section class="compare-panel" data-testid="compare-panel" data-status={state.status}>
      <div class="compare-head">
        <h2>{t('compareTitle')}</h2>
        <button
          type="button"
          class="button-quiet"
          data-testid="compare-close"
          onClick={() => compare.close()}
        >
          ✕ {t('compareClose')}
        </button>
      </div>
      <div class="compare-choose">
        {(['before', 'after'] as const).map((which) => (
          <label key={which}>
            {t(which === 'before' ? 'compareBefore' : 'compareAfter')}
            <select
              data-testid={`compare-${which}`}
              value={which === 'before' ? state.beforeId : state.afterId}
              onChange={(event) => select(which, event.currentTarget.value)}
            >
              {list.scenarios.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.name}
                </option>
              ))}
            </select>
            {state[which] && (
              <span class="compare-note" data-testid={`compare-${which}-distance`}>
                {distanceLabel(t, state[which])}
              </span>
            )}
          </label>
        ))}
      </div>
      {state.before && state.after && state.before.method.distance !== state.after.method.distance && (
        <p class="compare-note" data-testid="compare-modes-line">
          {t('compareModesLine', {
            type: facilityTypeName(state.deltaType, locale),
            before: distanceLabel(t, state.before),
            beforePercent: formatDecimal(
              state.before.totals.coverage[state.deltaType]?.percent ?? 0,
              locale,
              1,
            ),
            after: distanceLabel(t, state.after),
            afterPercent: formatDecimal(
              state.after.totals.coverage[state.deltaType]?.percent ?? 0,
              locale,
              1,
            ),
          })}
        </p>
      )}
      {state.beforeId === state.afterId && <p class="compare-note">{t('compareSameScenario')}</p>}
      {state.status === 'loading' && <p class="compare-note">{t('compareLoading')}</p>}
      {state.status === 'error' && state.error && (
        <p class="compare-error" role="alert">
          {errorText(state.error, locale)}
        </p>
      )}
      {state.comparison && (
        <>
          <h3>{t('compareSummary')}</h3>
          <CompareSummary sentences={sentences} />
          <h3>{t('compareDeltaMap')}</h3>
          <label class="compare-type">
            {t('compareDeltaType')}
            <select
              data-testid="compare-delta-type"
              value={state.deltaType}
              onChange={(event) => void compare.setDeltaType(event.currentTarget.value)}
            >
              {types.map((type) => (
                <option key={type} value={type}>
                  {facilityTypeName(type, locale)}
                </option>
              ))}
            </select>
          </label>
          <DeltaLegend gained={state.gainedPopulation} lost={state.lostPopulation} />
          {state.levelId === DISTRICT_LEVEL_ID ? null : (
            <div class="unit-filter">
              <UnitFilterInput value={unitFilter} onInput={setUnitFilter} testId="compare-unit-filter" />
            </div>
          )}
          <div class="compare-table-wrap">
            <CompareTable
              comparison={
                state.levelId === DISTRICT_LEVEL_ID
                  ? state.comparison
                  : { ...state.comparison, districts: filterUnitRows(state.comparison.districts, unitFilter) }
              }
              deltaType={state.deltaType}
              locale={locale}
              unitLabel={
                state.levelId === DISTRICT_LEVEL_ID
                  ? t('compareDistrict')
                  : levelNameOf(store.summary.value, state.levelId, t)
              }
              maxRows={COMPARE_ROWS_SHOWN}
            />
          </div>
        </>
      )}
    </section>
  );
}
