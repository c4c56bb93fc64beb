/**
 * Names in the UI language for anything the core names in both (facility presets, rule sets, indicators), so every
 * panel, tooltip, report and picture says the same.
 */

import type { Locale } from '../core/model/locale';
import { findFacilityPreset } from '../core/rules/facility-presets';
import type { RuleSet } from '../core/rules/rule-set';

/** `nameEn` in English, `nameZh` otherwise. */
export function localName(named: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? named.nameEn : named.nameZh;
}

/** A facility type's name in the UI language, or its id when it has no preset. */
export function facilityTypeName(typeId: string, locale: Locale): string {
  const preset = findFacilityPreset(typeId);
  return preset ? localName(preset, locale) : typeId;
}

/** An indicator's name in the rule set, in the UI language, or its id when the rule set has no such indicator. */
export function indicatorNameIn(ruleSet: RuleSet | null | undefined, id: string, locale: Locale): string {
  const rule = ruleSet?.indicators.find((indicator) => indicator.id === id);
  return rule ? localName(rule, locale) : id;
}
