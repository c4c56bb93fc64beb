/**
 * The printable one-page report of the active scenario (issue 6): the map picture, the district table, the rule
 * set, the method and the assumptions. Shown over the planner; the print stylesheet prints only this, and the
 * browser's print dialog saves it as PDF.
 */
import { useEffect, useState } from 'preact/hooks';
import { findRuleSet } from '../../core/rules/rule-sets';
import { composeMapPicture } from '../../map/export-png';
import { mainFacilityType } from '../../state/presentation';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import { facilityTypeName, indicatorNameIn, localName } from '../local-name';
import { useMeeting } from './meeting-context';
import { pictureLegend } from './picture-legend';

export function ReportView() {
  const { store } = useApp();
  const { getMap } = useMeeting();
  const t = useT();
  const open = store.meetingView.value === 'report';
  const scenario = store.activeScenario.value;
  const results = store.results.value;
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
        <h2>{t('reportDistricts')}</h2>
        <table class="report-table" data-testid="report-table">
          <thead>
            <tr>
              <th>{t('columnDistrict')}</th>
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
            {results?.districts.map((district) => (
              <tr key={district.id}>
                <th scope="row">{district.name}</th>
                <td>{formatInteger(district.households, locale)}</td>
                <td>{formatDecimal(district.coverage[type]?.percent ?? 0, locale, 1)}</td>
                <td>{formatDecimal(district.areaPer100Households, locale, 1)}</td>
                {district.indicators.map((indicator) => (
                  <td key={indicator.id} class={indicator.pass ? 'pass' : 'fail'}>
                    {indicator.pass ? `✓ ${t('reportPass')}` : `✗ ${t('reportFail')}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
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
          <p class="report-credits">{t('credits')}</p>
        </div>
      </section>
    </article>
  );
}
