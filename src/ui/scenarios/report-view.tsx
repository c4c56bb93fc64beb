/**
 * The printable one-page report of the active scenario (issue 6): the map picture, the table of the chosen unit level
 * (issue 12: districts or a finer level, failing units first when there are many), the city's roll-up of the finest
 * units, the rule set, the method (which level, generated or administrative) and the assumptions. Shown over the
 * planner; the print stylesheet prints only this, and the browser's print dialog saves it as PDF.
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndicatorResult } from '../../core/model/results';
import { DISTRICT_LEVEL_ID } from '../../core/model/unit-level';
import { findRuleSet } from '../../core/rules/rule-sets';
import { composeMapPicture } from '../../map/export-png';
import { mainFacilityType } from '../../state/presentation';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import { facilityTypeName, indicatorNameIn, localName } from '../local-name';
import { RollUpDetails } from '../roll-up-details';
import { levelNameOf } from '../unit-rows';
import { useMeeting } from './meeting-context';
import { pictureLegend } from './picture-legend';
import { REPORT_ROWS_SHOWN, reportRows } from './report-rows';

/** ✓ / ✗, or — when the figure could not be judged (e.g. a minimum size in a unit without the facility). */
function PassCell(props: { indicator: IndicatorResult; pass: string; fail: string }) {
  const { indicator } = props;
  if (indicator.available === false) return <td class="none">—</td>;
  return (
    <td class={indicator.pass ? 'pass' : 'fail'}>{indicator.pass ? `✓ ${props.pass}` : `✗ ${props.fail}`}</td>
  );
}

export function ReportView() {
  const { store } = useApp();
  const { getMap } = useMeeting();
  const t = useT();
  const open = store.meetingView.value === 'report';
  const scenario = store.activeScenario.value;
  const results = store.levelResults.value;
  const levelId = store.unitLevelId.value;
  const summary = store.summary.value;
  const locale = store.locale.value;
  const [picture, setPicture] = useState<string | null>(null);

  useEffect(() => {
    document.body.classList.toggle('report-open', open);
    if (!open) return;
    const map = getMap();
    if (!map) return;
    let cancelled = false;
    setPicture(null);
    void composeMapPicture({
      map,
      title: t('exportTitle', { scenario: scenario.name }),
      credits: t('credits'),
      legend: pictureLegend(store.raster.peek(), scenario, store.deltaImage.peek(), locale, t),
    }).then((canvas) => {
      if (!cancelled) setPicture(canvas.toDataURL('image/png'));
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('report-open');
    };
  }, [open, scenario, locale]);

  if (!open) return null;
  const ruleSet = findRuleSet(scenario.ruleSetId);
  const type = mainFacilityType(scenario) ?? store.paletteType.value;
  const existing = scenario.facilities.filter((f) => f.status === 'existing').length;
  const indicators = results?.districts[0]?.indicators ?? [];
  const ruleName = (id: string) => indicatorNameIn(ruleSet, id, locale);
  const allRows = results?.districts ?? [];
  const rows = reportRows(allRows, REPORT_ROWS_SHOWN);
  const atDistricts = levelId === DISTRICT_LEVEL_ID;
  const levelName = levelNameOf(summary, levelId, t);
  const generated = summary?.levels.find((level) => level.id === levelId)?.generated === true;
  // With the districts as the finest units, the city roll-up repeats the district table: shown for finer levels.
  const cityRollUp =
    results?.totals.rollUp?.levelId !== DISTRICT_LEVEL_ID ? results?.totals.rollUp : undefined;
  const hasLevels = (summary?.levels.length ?? 0) > 0;
  return (
    <article class="report-view" data-testid="report" data-ready={picture !== null}>
      <div class="report-toolbar">
        <button type="button" data-testid="report-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
        <button
          type="button"
          class="button-quiet"
          data-testid="report-close"
          onClick={() => {
            store.meetingView.value = 'none';
          }}
        >
          ✕ {t('reportClose')}
        </button>
      </div>
      <header class="report-head">
        <h1>{t('reportTitle', { scenario: scenario.name })}</h1>
        <p>
          {t('reportDate', { date: new Date().toLocaleString(locale) })} ·{' '}
          {t('reportFacilities', { proposed: scenario.facilities.length - existing, existing })}
        </p>
      </header>
      <section class="report-map">
        {picture ? (
          <img src={picture} alt={t('reportMap')} data-testid="report-map" />
        ) : (
          <div class="report-map-placeholder" />
        )}
      </section>
      <section>
        <h2>{atDistricts ? t('reportDistricts') : t('reportUnits', { level: levelName })}</h2>
        {rows.length < allRows.length && (
          <p class="report-notes" data-testid="report-units-shown">
            {t('reportUnitsShown', {
              shown: formatInteger(rows.length, locale),
              total: formatInteger(allRows.length, locale),
              level: levelName,
            })}
          </p>
        )}
        <table
          class="report-table"
          data-testid="report-table"
          data-level={levelId}
          data-rows={allRows.length}
        >
          <thead>
            <tr>
              <th>{atDistricts ? t('columnDistrict') : levelName}</th>
              <th>{t('columnHouseholds')}</th>
              <th>{t('compareCoverageColumn', { type: facilityTypeName(type, locale) })} (%)</th>
              <th>{t('columnAreaPer100')}</th>
              {indicators.map((indicator) => (
                <th key={indicator.id}>
                  {ruleName(indicator.id)} ({indicator.comparison === 'atMost' ? '≤' : '≥'}{' '}
                  {formatDecimal(indicator.threshold, locale, 0)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((district) => (
              <tr key={district.id}>
                <th scope="row">{district.name}</th>
                <td>{formatInteger(district.households, locale)}</td>
                <td>{formatDecimal(district.coverage[type]?.percent ?? 0, locale, 1)}</td>
                <td>{formatDecimal(district.areaPer100Households, locale, 1)}</td>
                {district.indicators.map((indicator) => (
                  <PassCell
                    key={indicator.id}
                    indicator={indicator}
                    pass={t('reportPass')}
                    fail={t('reportFail')}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {cityRollUp && Object.keys(cityRollUp.indicators).length > 0 && (
        <section>
          <h2>{t('reportCityRollUp', { level: levelNameOf(summary, cityRollUp.levelId, t) })}</h2>
          <RollUpDetails rollUp={cityRollUp} testId="report-roll-up" />
        </section>
      )}
      <section class="report-columns">
        <div>
          <h2>
            {t('reportRuleSet', {
              name: ruleSet ? localName(ruleSet, locale) : scenario.ruleSetId,
            })}
          </h2>
          {ruleSet && <p class="report-source">{ruleSet.source}</p>}
          <ul>
            {ruleSet?.indicators.map((indicator) => (
              <li key={indicator.id}>
                {localName(indicator, locale)} {indicator.comparison === 'atMost' ? '≤' : '≥'}{' '}
                {scenario.parameters.thresholdOverrides[indicator.id] ?? indicator.threshold} {indicator.unit}
              </li>
            ))}
          </ul>
          {ruleSet && ruleSet.notes.length > 0 && (
            <p class="report-notes">
              {t('reportNotEvaluated')}{' '}
              {ruleSet.notes.map((note) => (locale === 'en' ? note.en : note.zh)).join(' ')}
            </p>
          )}
        </div>
        <div>
          <h2>{t('reportMethod')}</h2>
          <p>
            {t('reportMethodText', {
              householdSize: formatDecimal(results?.method.householdSize ?? 0, locale, 2),
            })}
          </p>
          {hasLevels && (
            <>
              <p data-testid="report-level">
                {t('reportLevel', { level: levelName })}
                {generated
                  ? `${locale === 'en' ? ' ' : ''}${t('reportLevelGenerated', { level: levelName })}`
                  : ''}
              </p>
              <p>{t('methodUnits')}</p>
            </>
          )}
          <p class="report-credits">{t('credits')}</p>
        </div>
      </section>
    </article>
  );
}
