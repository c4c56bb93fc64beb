/**
 * How the finest units within a coarser unit (or the city) fare (domain.md § Planning units): per indicator the share
 * of units meeting it by count and by population, and per facility type the units holding at least one. Shown in an
 * expandable table row and in the popup.
 */
import type { RollUp } from '../core/model/results';
import { useApp, useT } from './app-context';
import { figureContext } from './figure-tooltip';
import { formatDecimal, formatInteger } from './format';
import { facilityTypeName, indicatorNameIn } from './local-name';
import { levelNameOf } from './unit-rows';

export function RollUpDetails({ rollUp, testId }: { rollUp: RollUp; testId: string }) {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const results = store.results.value;
  const ruleSet = results ? figureContext(t, locale, results).ruleSet : undefined;
  const integer = (value: number) => formatInteger(value, locale);
  const percent = (value: number) => formatDecimal(value, locale, 1);
  const level = levelNameOf(store.summary.value, rollUp.levelId, t);
  return (
    <div class="roll-up" data-testid={testId} data-unit-count={rollUp.unitCount}>
      <div class="roll-up-title">{t('rollUpTitle', { count: integer(rollUp.unitCount), level })}</div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rollUpIndicator')}</th>
            <th scope="col">{t('rollUpByCount')}</th>
            <th scope="col">{t('rollUpByPopulation')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(rollUp.indicators).map(([id, figure]) => (
            <tr key={id} data-testid={`${testId}-indicator-${id}`} data-units-meeting={figure.unitsMeeting}>
              <th scope="row">{indicatorNameIn(ruleSet, id, locale)}</th>
              <td>
                {t('rollUpCount', {
                  meeting: integer(figure.unitsMeeting),
                  judged: integer(figure.unitsJudged),
                  percent: percent(figure.percentOfUnits),
                })}
              </td>
              <td>{percent(figure.percentOfPopulation)}%</td>
            </tr>
          ))}
        </tbody>
        <thead>
          <tr>
            <th scope="col">{t('rollUpFacilityType')}</th>
            <th scope="col" colSpan={2}>
              {t('rollUpUnitsWithFacility')}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(rollUp.unitsWithFacility).map(([type, units]) => (
            <tr key={type} data-testid={`${testId}-type-${type}`} data-units={units}>
              <th scope="row">{facilityTypeName(type, locale)}</th>
              <td colSpan={2}>
                {integer(units)} / {integer(rollUp.unitCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
