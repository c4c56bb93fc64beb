/**
 * Tooltips that answer "where does this number come from": each figure's definition (docs/domain.md
 * § Definitions) followed by the assumptions it was computed with. Pure over a translator, so tests can read them.
 */

import type { Locale } from '../core/model/locale';
import type { IndicatorResult, Results } from '../core/model/results';
import type { IndicatorRule, RuleSet } from '../core/rules/rule-set';
import { findRuleSet } from '../core/rules/rule-sets';
import { formatDecimal } from './format';
import type { MessageKey } from './i18n/i18n';
import { layerNameKeys } from './layer-names';
import { facilityTypeName, localName } from './local-name';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What every tooltip needs to know about how the results were computed. */
export interface FigureContext {
  t: Translate;
  locale: Locale;
  /** Rule set of the results, or undefined for none. */
  ruleSet: RuleSet | undefined;
  /** Population layer name as shown, e.g. "Total (est.)". */
  layerName: string;
  householdSize: number;
  /** How the figures' distances were measured (results' `method.distance`): straight-line or walking network. */
  distance: Results['method']['distance'];
}

/** The context of a Results value. */
export function figureContext(t: Translate, locale: Locale, results: Results): FigureContext {
  const keys = layerNameKeys[results.method.layer];
  return {
    t,
    locale,
    ruleSet: results.method.ruleSetId ? findRuleSet(results.method.ruleSetId) : undefined,
    layerName: keys ? t(keys.name) : results.method.layer,
    householdSize: results.method.householdSize,
    distance: results.method.distance,
  };
}

export function ruleSetName(ruleSet: RuleSet | undefined, locale: Locale): string {
  return ruleSet ? localName(ruleSet, locale) : '—';
}

export function indicatorName(rule: IndicatorRule | undefined, id: string, locale: Locale): string {
  return rule ? localName(rule, locale) : id;
}

const unitKeys: Record<string, MessageKey> = {
  'm²/100 households': 'unitAreaPer100',
  '%': 'unitPercent',
  'beds/1,000 elderly': 'unitBeds',
  'doctors/1,000 residents': 'unitDoctors',
  'GPs/10,000 residents': 'unitGps',
  'm²/person': 'unitSportsArea',
  'm²': 'unitSquareMeters',
};

/** An indicator unit in the UI language (units are stored in English in the rule sets). */
export function unitLabel(t: Translate, unit: string): string {
  const key = unitKeys[unit];
  return key ? t(key) : unit;
}

/** Decimals to show a value of this unit with. */
export function unitDigits(unit: string): number {
  return unit === 'm²/100 households' || unit === '%' ? 1 : unit === 'm²' ? 0 : 2;
}

/**
 * "Assumptions: population layer …; household size 2.47 persons; distances (straight-line or along the walking
 * network, as the results say) …; centroid rule; rule set …".
 */
export function assumptionsLine(context: FigureContext): string {
  return context.t('assumptionsLine', {
    layer: context.layerName,
    size: formatDecimal(context.householdSize, context.locale, 2),
    distance: context.t(context.distance === 'network' ? 'distancePhraseNetwork' : 'distancePhraseStraight'),
    ruleSet: ruleSetName(context.ruleSet, context.locale),
  });
}

function definitionOf(context: FigureContext, rule: IndicatorRule | undefined, threshold: string): string {
  const { t, locale } = context;
  const types = (rule?.facilityTypes ?? [])
    .map((id) => facilityTypeName(id, locale))
    .join(locale === 'en' ? ', ' : '、');
  switch (rule?.kind) {
    case 'areaPer100Households':
      return t('defArea', { types });
    case 'coveragePercent':
      return t('defCoverageIndicator', {
        layer: t(rule.populationLayer === 'elderly' ? 'layerElderlyShort' : 'layerResident'),
        radius:
          rule.radiusMeters === undefined ? t('radiusOwn') : t('radiusFixed', { meters: rule.radiusMeters }),
      });
    case 'zoneCoveragePercent':
      return t('defZoneCoverage');
    case 'bedsPer1000Elderly':
      return t('defBeds');
    case 'doctorsPer1000':
      return t('defDoctors');
    case 'gpsPer10000':
      return t('defGps');
    case 'sportsAreaPerPerson':
      return t('defSports');
    case 'minimumSize':
      return t('defMinimumSize', { threshold });
    default:
      return '';
  }
}

/** Definition, threshold and assumptions of one rule-set indicator. */
export function indicatorTooltip(context: FigureContext, indicator: IndicatorResult): string {
  const rule = context.ruleSet?.indicators.find((candidate) => candidate.id === indicator.id);
  const threshold = formatDecimal(indicator.threshold, context.locale, unitDigits(indicator.unit));
  return [
    `${indicatorName(rule, indicator.id, context.locale)}: ${definitionOf(context, rule, threshold)}`,
    context.t('defThreshold', {
      comparison: context.t(indicator.comparison === 'atMost' ? 'atMost' : 'atLeast'),
      threshold,
      unit: unitLabel(context.t, indicator.unit),
      ruleSet: ruleSetName(context.ruleSet, context.locale),
    }),
    assumptionsLine(context),
  ].join('\n');
}

/** Coverage % of one facility type (centroid rule) with the assumptions. */
export function coverageTooltip(context: FigureContext, typeId: string): string {
  return `${context.t('defCoverage', { type: facilityTypeName(typeId, context.locale) })}\n${assumptionsLine(context)}`;
}

/** 2SFCA surface with the assumptions. */
export function sfcaTooltip(context: FigureContext): string {
  return `${context.t('defSfca')}\n${assumptionsLine(context)}`;
}

/** Deficit m² of the area indicator with the assumptions. */
export function deficitTooltip(context: FigureContext, threshold: number): string {
  return `${context.t('defDeficit', { threshold: formatDecimal(threshold, context.locale, 0) })}\n${assumptionsLine(context)}`;
}
