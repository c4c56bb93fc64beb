/**
 * Words and number formats of the comparison summary, in the two UI languages. Facility type names come from the
 * presets (rules/facility-presets.ts), indicator names from the rule set; numbers go through Intl.NumberFormat of
 * the locale, so grouping and decimal marks follow it.
 */
import type { Locale } from '../model/locale';
import { findFacilityPreset } from '../rules/facility-presets';
import type { RuleSet } from '../rules/rule-set';
import type { IndicatorPassSummary } from './comparison';

/** Number formatters of one locale. */
export interface SummaryNumbers {
  /** A share given as 0–100, one decimal: "45.1%". */
  percent(value: number): string;
  /** A difference of two percentages, one decimal, signed: "+12.4". */
  signedPoints(value: number): string;
  /** A size of a difference of two percentages, one decimal, unsigned: "12.4". */
  points(value: number): string;
  /** A whole number with grouping: "1,234". */
  integer(value: number): string;
  /** A signed whole number: "+2", "-1". */
  signedInteger(value: number): string;
  /** A threshold as written in a standard: up to two decimals, "30", "2.61". */
  threshold(value: number): string;
}

/** Formatters for `locale`. */
export function summaryNumbers(locale: Locale): SummaryNumbers {
  // The 'percent' unit formats the 0–100 figure itself, with no division that could move a rounding boundary.
  const percent = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const points = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const unsignedPoints = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signedInteger = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const threshold = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    percent: (value) => percent.format(value),
    signedPoints: (value) => points.format(value),
    points: (value) => unsignedPoints.format(value),
    integer: (value) => integer.format(value),
    signedInteger: (value) => signedInteger.format(value),
    threshold: (value) => threshold.format(value),
  };
}

/**
 * A facility type as named inside a sentence. Chinese: the preset's name ("社区服务站"). English: lower-case, with
 * an article when `withArticle` ("a community service station", "an elderly day-care centre"). A type without a
 * preset is quoted: "“my_type”类设施" / "a facility of type “my_type”".
 */
export function facilityTypeName(type: string, locale: Locale, withArticle = false): string {
  const preset = findFacilityPreset(type);
  if (locale === 'zh-CN') return preset ? preset.nameZh : `“${type}”类设施`;
  if (!preset) return withArticle ? `a facility of type “${type}”` : `type “${type}”`;
  const name = preset.nameEn.charAt(0).toLowerCase() + preset.nameEn.slice(1);
  if (!withArticle) return name;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** Chinese units by indicator kind; English uses the rule set's own unit text. */
const UNITS_ZH: Record<string, string> = {
  areaPer100Households: '平方米/百户',
  coveragePercent: '%',
  zoneCoveragePercent: '%',
  bedsPer1000Elderly: '张/千名老人',
  doctorsPer1000: '名/千人',
  gpsPer10000: '名/万人',
  sportsAreaPerPerson: '平方米/人',
  minimumSize: '平方米',
};

/**
 * What a district reaches when it passes an indicator, as a phrase: "30 m² per 100 households" / "每百户30平方米"
 * for the area figure (the standards' wording), else the indicator's name with its threshold in quotes:
 * "“Population covered by community-service facilities ≥ 93%”".
 */
export function indicatorGoal(
  summary: IndicatorPassSummary,
  ruleSet: RuleSet | null,
  locale: Locale,
): string {
  const threshold = summaryNumbers(locale).threshold(summary.threshold);
  if (summary.kind === 'areaPer100Households' && summary.comparison === 'atLeast') {
    return locale === 'zh-CN' ? `每百户${threshold}平方米` : `${threshold} m² per 100 households`;
  }
  const rule = ruleSet?.indicators.find((indicator) => indicator.id === summary.id);
  const sign = summary.comparison === 'atMost' ? '≤' : '≥';
  if (locale === 'zh-CN') {
    const unit = (summary.kind && UNITS_ZH[summary.kind]) ?? summary.unit;
    return `“${rule?.nameZh ?? summary.id}${sign}${threshold}${unit}”`;
  }
  const unit = summary.unit === '%' ? '%' : ` ${summary.unit}`;
  return `“${rule?.nameEn ?? summary.id} ${sign} ${threshold}${unit}”`;
}

/** Names joined as the locale lists them: "A, B, and C" / "A、B和C". */
export function listNames(names: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
