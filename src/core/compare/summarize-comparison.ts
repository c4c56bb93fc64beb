/**
 * A plain-language summary of a comparison (issue 6), in the UI language: facilities added or removed, the largest
 * coverage changes, districts that newly reach or miss each standard, and the floor-area shortfall. Percent changes
 * are stated in percentage points ("个百分点"), never as "%", because 45% → 57% is +12 points, not +12%.
 */

import type { Facility } from '../model/facility';
import type { Locale } from '../model/locale';
import { stringKeyed } from '../model/string-keyed';
import type { Comparison, ComparisonWarning, IndicatorPassSummary } from './comparison';
import {
  facilityTypeName,
  indicatorGoal,
  listNames,
  type SummaryNumbers,
  summaryNumbers,
} from './summary-words';

/** Options of {@link summarizeComparison}. */
export interface SummaryOptions {
  /**
   * The radius to name for a type's coverage ("within 300 m"), metres, for types whose facilities all share one
   * radius on both sides (see {@link commonRadiusByType}). Without it the sentence says "within the service radius",
   * since coverage is measured at each facility's own radius.
   */
  radiusMetersByType?: Record<string, number>;
  /** At most this many coverage sentences, largest change first; default 3. */
  maxCoverageSentences?: number;
  /** Name the districts when at most this many gain or lose a standard; default 3. */
  maxNamedDistricts?: number;
  /** What the compared rows are called (issue 12: the units of a finer level); default districts (区). */
  unitNoun?: UnitNoun;
  /**
   * What the finest level's units are called, when they are finer than the compared rows: then one sentence per
   * indicator whose city roll-up changes ("hexagons meeting … city-wide: 120 → 135 of 2,890") and per facility type
   * whose count of units holding one changes ("hexagons holding a kindergarten: 40 → 41 of 2,890"), the plans'
   * "share of communities" figures (domain.md § Planning units). Without it, no roll-up sentence.
   */
  rollUpNoun?: UnitNoun;
}

/** The compared rows' noun: Chinese (no plural), English singular and plural. */
export interface UnitNoun {
  zh: string;
  enOne: string;
  enMany: string;
}

const DISTRICT_NOUN: UnitNoun = { zh: '区', enOne: 'district', enMany: 'districts' };

/** The summary as sentences (for a list) and as one text. */
export interface ComparisonSummary {
  sentences: string[];
  /** Sentences joined with "; " and closed with "." (Chinese: "；" and "。"). */
  text: string;
}

/** Coverage changes smaller than this, percentage points, round to 0.0 and are not mentioned. */
const MIN_POINTS = 0.05;
/** Shortfall changes smaller than this, m², round to 0 and are not mentioned. */
const MIN_SQUARE_METERS = 0.5;

/**
 * The radius shared by every facility of a type across the given facility lists, metres, for the types where there
 * is exactly one; types with mixed radii are left out.
 */
export function commonRadiusByType(
  ...facilityLists: readonly (readonly Facility[])[]
): Record<string, number> {
  const radii = new Map<string, Set<number>>();
  for (const facility of facilityLists.flat()) {
    const set = radii.get(facility.type) ?? new Set<number>();
    set.add(facility.radiusMeters);
    radii.set(facility.type, set);
  }
  const out = stringKeyed<number>();
  for (const [type, set] of radii) if (set.size === 1) out[type] = [...set][0] as number;
  return out;
}

function facilitySentence(comparison: Comparison, locale: Locale, numbers: SummaryNumbers): string[] {
  const changed = comparison.facilityTypes.filter((entry) => entry.count.delta !== 0);
  if (changed.length === 0) return [];
  const before = comparison.facilityTypes.reduce((sum, entry) => sum + entry.count.before, 0);
  const after = comparison.facilityTypes.reduce((sum, entry) => sum + entry.count.after, 0);
  const separator = locale === 'zh-CN' ? '' : ' ';
  const parts = changed.map(
    (entry) =>
      `${facilityTypeName(entry.type, locale)}${separator}${numbers.signedInteger(entry.count.delta)}`,
  );
  if (locale === 'zh-CN') {
    const items = parts.join('、');
    if (after > before)
      return [`设施由${numbers.integer(before)}处增至${numbers.integer(after)}处（${items}）`];
    if (after < before)
      return [`设施由${numbers.integer(before)}处减至${numbers.integer(after)}处（${items}）`];
    return [`设施总数仍为${numbers.integer(after)}处（${items}）`];
  }
  const total =
    after === before ? numbers.integer(after) : `${numbers.integer(before)} → ${numbers.integer(after)}`;
  return [`Facilities: ${total} (${parts.join(', ')})`];
}

function coverageSentences(
  comparison: Comparison,
  locale: Locale,
  numbers: SummaryNumbers,
  options: SummaryOptions,
): string[] {
  const entries = Object.entries(comparison.totals.coverage)
    .filter(([, coverage]) => Math.abs(coverage.percent.delta) >= MIN_POINTS)
    .sort(([, a], [, b]) => Math.abs(b.percent.delta) - Math.abs(a.percent.delta))
    .slice(0, options.maxCoverageSentences ?? 3);
  return entries.map(([type, { percent }]) => {
    const radius = options.radiusMetersByType?.[type];
    const arrow = locale === 'zh-CN' ? '→' : ' → ';
    const range = `${numbers.percent(percent.before)}${arrow}${numbers.percent(percent.after)}`;
    const points = numbers.signedPoints(percent.delta);
    if (locale === 'zh-CN') {
      const reach = radius === undefined ? '服务半径' : `${numbers.integer(radius)}米`;
      const verb = percent.delta > 0 ? '提高' : '降低';
      const size = numbers.points(Math.abs(percent.delta));
      return `${facilityTypeName(type, locale)}${reach}覆盖人口比例${verb}${size}个百分点（${range}）`;
    }
    const reach =
      radius === undefined ? 'within the service radius of' : `within ${numbers.integer(radius)} m of`;
    return `Residents ${reach} ${facilityTypeName(type, locale, true)}: ${range} (${points} percentage points)`;
  });
}

function passSentences(
  summary: IndicatorPassSummary,
  comparison: Comparison,
  locale: Locale,
  numbers: SummaryNumbers,
  options: SummaryOptions,
): string[] {
  const goal = indicatorGoal(summary, comparison.ruleSet, locale);
  const nameOf = new Map(comparison.districts.map((district) => [district.id, district.name]));
  const named = (ids: string[]) =>
    ids.length <= (options.maxNamedDistricts ?? 3)
      ? listNames(
          ids.map((id) => nameOf.get(id) ?? id),
          locale,
        )
      : '';
  const noun = options.unitNoun ?? DISTRICT_NOUN;
  const { before, after } = summary.districtsPassing;
  const tally =
    locale === 'zh-CN'
      ? `（达标${noun.zh}由${numbers.integer(before)}个变为${numbers.integer(after)}个，共${numbers.integer(summary.districtCount)}个${noun.zh}）`
      : ` (${numbers.integer(before)} → ${numbers.integer(after)} of ${numbers.integer(summary.districtCount)})`;
  const sentences: string[] = [];
  const gained = summary.gainedDistrictIds;
  const lost = summary.lostDistrictIds;
  if (gained.length > 0) {
    const count = numbers.integer(gained.length);
    const names = named(gained);
    if (locale === 'zh-CN') sentences.push(`另有${count}个${noun.zh}达到${goal}${names ? `：${names}` : ''}`);
    else {
      const subject =
        gained.length === 1 ? `${count} more ${noun.enOne} reaches` : `${count} more ${noun.enMany} reach`;
      sentences.push(`${subject} ${goal}${names ? `: ${names}` : ''}`);
    }
  }
  if (lost.length > 0) {
    const count = numbers.integer(lost.length);
    const names = named(lost);
    if (locale === 'zh-CN')
      sentences.push(`有${count}个${noun.zh}不再达到${goal}${names ? `：${names}` : ''}`);
    else {
      const subject =
        lost.length === 1
          ? `${count} ${noun.enOne} no longer reaches`
          : `${count} ${noun.enMany} no longer reach`;
      sentences.push(`${subject} ${goal}${names ? `: ${names}` : ''}`);
    }
  }
  if (sentences.length > 0) sentences[sentences.length - 1] += tally;
  return sentences;
}

function rollUpSentences(
  comparison: Comparison,
  locale: Locale,
  numbers: SummaryNumbers,
  noun: UnitNoun | undefined,
): string[] {
  const rollUp = comparison.totals.rollUp;
  if (!noun || !rollUp) return [];
  const zh = locale === 'zh-CN';
  const subject = noun.enMany.charAt(0).toUpperCase() + noun.enMany.slice(1);
  const change = ({ before, after }: { before: number; after: number }) =>
    zh
      ? `由${numbers.integer(before)}个${after > before ? '增至' : '减至'}${numbers.integer(after)}个`
      : `${numbers.integer(before)} → ${numbers.integer(after)}`;
  const meeting = rollUp.indicators.flatMap((indicator) => {
    const summary = comparison.indicators.find((candidate) => candidate.id === indicator.id);
    if (indicator.unitsMeeting.delta === 0 || !summary) return [];
    const goal = indicatorGoal(summary, comparison.ruleSet, locale);
    const judged = numbers.integer(indicator.unitsJudged.after);
    const { before, after } = indicator.percentOfPopulation;
    return zh
      ? [
          `全市达到${goal}的${noun.zh}${change(indicator.unitsMeeting)}（共${judged}个；按人口计${numbers.percent(before)}→${numbers.percent(after)}）`,
        ]
      : [
          `${subject} meeting ${goal} city-wide: ${change(indicator.unitsMeeting)} of ${judged} (by residents ${numbers.percent(before)} → ${numbers.percent(after)})`,
        ];
  });
  const units = numbers.integer(rollUp.unitCount.after);
  const holding = Object.entries(rollUp.unitsWithFacility)
    .filter(([, count]) => count.delta !== 0)
    .map(([type, count]) =>
      zh
        ? `有${facilityTypeName(type, locale)}的${noun.zh}${change(count)}（共${units}个）`
        : `${subject} holding ${facilityTypeName(type, locale, true)}: ${change(count)} of ${units}`,
    );
  return [...meeting, ...holding];
}

function shortfallSentence(
  comparison: Comparison,
  locale: Locale,
  numbers: SummaryNumbers,
  noun: UnitNoun,
): string[] {
  const hasAreaIndicator = comparison.indicators.some((summary) => summary.kind === 'areaPer100Households');
  const { before, after, delta } = comparison.totals.deficitSumOfDistrictsSquareMeters;
  if (!hasAreaIndicator || Math.abs(delta) < MIN_SQUARE_METERS) return [];
  if (locale === 'zh-CN') {
    const verb = delta < 0 ? '减少' : '增加';
    return [
      `各${noun.zh}面积缺口合计${verb}${numbers.integer(Math.abs(delta))}平方米（${numbers.integer(before)}→${numbers.integer(after)}平方米）`,
    ];
  }
  return [
    `Floor-area shortfall summed over ${noun.enMany}: ${numbers.integer(before)} → ${numbers.integer(after)} m² (${numbers.signedInteger(delta)} m²)`,
  ];
}

const WARNINGS: Record<ComparisonWarning, Record<Locale, string>> = {
  'coverage-method-differs': {
    'zh-CN': '注意：两个方案的覆盖计算方法不同',
    en: 'Note: the two scenarios use different coverage methods',
  },
  'household-size-differs': {
    'zh-CN': '注意：两个方案的户均人口不同',
    en: 'Note: the two scenarios use different household sizes',
  },
  'layer-differs': {
    'zh-CN': '注意：两个方案使用的人口图层不同',
    en: 'Note: the two scenarios count different population layers',
  },
  'rule-set-differs': {
    'zh-CN': '注意：两个方案采用的规则集不同',
    en: 'Note: the two scenarios are judged by different rule sets',
  },
  'thresholds-differ': {
    'zh-CN': '注意：两个方案的指标阈值不同，达标变化可能来自阈值而非设施',
    en: 'Note: some thresholds differ between the scenarios, so a pass change may come from the threshold, not the facilities',
  },
  'population-differs': {
    'zh-CN': '注意：两个方案的人口数据不同',
    en: 'Note: the population differs between the scenarios (another dataset or grid)',
  },
};

/**
 * A plain-language summary of `comparison` in `locale`: facility changes by type, up to three coverage changes
 * (percentage points, largest first, city-wide), for each indicator the districts that newly reach or no longer
 * reach it, with `rollUpNoun` the changes of the finest units meeting each indicator or holding each type, the change of the
 * floor-area shortfall summed over districts, then any warnings. With nothing changed:
 * one sentence saying so.
 */
export function summarizeComparison(
  comparison: Comparison,
  locale: Locale,
  options: SummaryOptions = {},
): ComparisonSummary {
  const numbers = summaryNumbers(locale);
  const sentences = [
    ...facilitySentence(comparison, locale, numbers),
    ...coverageSentences(comparison, locale, numbers, options),
    ...comparison.indicators.flatMap((summary) =>
      passSentences(summary, comparison, locale, numbers, options),
    ),
    ...rollUpSentences(comparison, locale, numbers, options.rollUpNoun),
    ...shortfallSentence(comparison, locale, numbers, options.unitNoun ?? DISTRICT_NOUN),
  ];
  if (sentences.length === 0) {
    sentences.push(
      locale === 'zh-CN' ? '两个方案的各项指标没有变化' : 'No figure changes between the two scenarios',
    );
  }
  sentences.push(...comparison.warnings.map((warning) => WARNINGS[warning][locale]));
  const text = locale === 'zh-CN' ? `${sentences.join('；')}。` : `${sentences.join('; ')}.`;
  return { sentences, text };
}
