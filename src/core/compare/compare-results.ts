/**
 * Compares the results of two scenarios on the same dataset (issue 6 "Compare"): per-district and total deltas for
 * every figure of model/results.ts, and the districts whose pass/fail changes. Pure arithmetic on two Results; the
 * figures themselves are the engine's (domain.md § Definitions).
 */
import type { DistrictResult, IndicatorResult, Results } from '../model/results';
import { ownValue, stringKeyed } from '../model/string-keyed';
import type { RuleSet } from '../rules/rule-set';
import { findRuleSet } from '../rules/rule-sets';
import type {
  Comparison,
  ComparisonWarning,
  CoverageDelta,
  DistrictComparison,
  DistrictPassChange,
  FacilityTypeCount,
  FigureDelta,
  IndicatorDelta,
  IndicatorPassSummary,
  PassChange,
  ScopeComparison,
  ZoneCoverageDelta,
} from './comparison';
import { compareRollUps } from './roll-up-delta';

/** Before, after and after − before. */
function figureDelta(before: number, after: number): FigureDelta {
  return { before, after, delta: after - before };
}

/** Keys of both records, first-seen order (the second's keys first). */
function unionKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(after), ...Object.keys(before)])];
}

function passOf(indicator: IndicatorResult | undefined): boolean | null {
  return indicator && indicator.available !== false ? indicator.pass : null;
}

function passChange(before: boolean | null, after: boolean | null): PassChange {
  if (before === null || after === null) return 'notComparable';
  if (before === after) return before ? 'stillPass' : 'stillFail';
  return after ? 'gained' : 'lost';
}

function indicatorDelta(
  before: IndicatorResult | undefined,
  after: IndicatorResult | undefined,
): IndicatorDelta {
  const either = (after ?? before) as IndicatorResult;
  const passBefore = passOf(before);
  const passAfter = passOf(after);
  const comparable = passBefore !== null && passAfter !== null;
  const delta: IndicatorDelta = {
    id: either.id,
    unit: either.unit,
    comparison: either.comparison ?? 'atLeast',
    thresholdBefore: before?.threshold ?? null,
    thresholdAfter: after?.threshold ?? null,
    value: comparable ? figureDelta(before?.value ?? 0, after?.value ?? 0) : null,
    passBefore,
    passAfter,
    change: passChange(passBefore, passAfter),
  };
  if (either.kind !== undefined) delta.kind = either.kind;
  if (before?.deficitSquareMeters !== undefined || after?.deficitSquareMeters !== undefined) {
    delta.deficitSquareMeters = figureDelta(
      before?.deficitSquareMeters ?? 0,
      after?.deficitSquareMeters ?? 0,
    );
  }
  return delta;
}

function indicatorDeltas(before: IndicatorResult[], after: IndicatorResult[]): IndicatorDelta[] {
  const ids = [...new Set([...after.map((i) => i.id), ...before.map((i) => i.id)])];
  return ids.map((id) =>
    indicatorDelta(
      before.find((i) => i.id === id),
      after.find((i) => i.id === id),
    ),
  );
}

/** The figures a district and the totals share; optional engine fields count as 0 when absent. */
interface ScopeFigures {
  population: number;
  households?: number;
  facilityAreaSquareMeters?: number;
  areaPer100Households?: number;
  deficitSquareMeters?: number;
  facilityCount?: number;
  coverage: DistrictResult['coverage'];
  sfcaPer100Households?: Record<string, number>;
  indicators?: IndicatorResult[];
}

function compareScope(before: ScopeFigures, after: ScopeFigures): ScopeComparison {
  const coverage = stringKeyed<CoverageDelta>();
  for (const type of unionKeys(before.coverage, after.coverage)) {
    const b = ownValue(before.coverage, type);
    const a = ownValue(after.coverage, type);
    coverage[type] = {
      percent: figureDelta(b?.percent ?? 0, a?.percent ?? 0),
      coveredPopulation: figureDelta(b?.coveredPopulation ?? 0, a?.coveredPopulation ?? 0),
    };
  }
  const sfcaBefore = before.sfcaPer100Households ?? {};
  const sfcaAfter = after.sfcaPer100Households ?? {};
  const sfcaPer100Households = stringKeyed<FigureDelta>();
  for (const type of unionKeys(sfcaBefore, sfcaAfter)) {
    sfcaPer100Households[type] = figureDelta(ownValue(sfcaBefore, type) ?? 0, ownValue(sfcaAfter, type) ?? 0);
  }
  const figure = (key: keyof ScopeFigures & keyof ScopeComparison) =>
    figureDelta((before[key] as number | undefined) ?? 0, (after[key] as number | undefined) ?? 0);
  return {
    population: figure('population'),
    households: figure('households'),
    facilityAreaSquareMeters: figure('facilityAreaSquareMeters'),
    areaPer100Households: figure('areaPer100Households'),
    deficitSquareMeters: figure('deficitSquareMeters'),
    facilityCount: figure('facilityCount'),
    coverage,
    sfcaPer100Households,
    indicators: indicatorDeltas(before.indicators ?? [], after.indicators ?? []),
  };
}

function compareDistrict(before: DistrictResult, after: DistrictResult): DistrictComparison {
  const scope = compareScope(before, after);
  const gained = scope.indicators.filter((i) => i.change === 'gained').map((i) => i.id);
  const lost = scope.indicators.filter((i) => i.change === 'lost').map((i) => i.id);
  let passChangeOfDistrict: DistrictPassChange = 'unchanged';
  if (gained.length > 0) passChangeOfDistrict = lost.length > 0 ? 'mixed' : 'improved';
  else if (lost.length > 0) passChangeOfDistrict = 'worsened';
  const compared: DistrictComparison = {
    ...scope,
    id: after.id,
    name: after.name,
    gained,
    lost,
    passChange: passChangeOfDistrict,
  };
  const rollUp = compareRollUps(before.rollUp, after.rollUp);
  if (rollUp) compared.rollUp = rollUp;
  return compared;
}

function passSummaries(districts: DistrictComparison[]): IndicatorPassSummary[] {
  const ids = [...new Set(districts.flatMap((d) => d.indicators.map((i) => i.id)))];
  return ids.map((id) => {
    const rows = districts.map((d) => ({ district: d, indicator: d.indicators.find((i) => i.id === id) }));
    const first = rows.find((row) => row.indicator)?.indicator as IndicatorDelta;
    const summary: IndicatorPassSummary = {
      id,
      unit: first.unit,
      comparison: first.comparison,
      threshold: first.thresholdAfter ?? first.thresholdBefore ?? 0,
      districtsPassing: figureDelta(
        rows.filter((row) => row.indicator?.passBefore === true).length,
        rows.filter((row) => row.indicator?.passAfter === true).length,
      ),
      districtCount: districts.length,
      gainedDistrictIds: rows
        .filter((row) => row.indicator?.change === 'gained')
        .map((row) => row.district.id),
      lostDistrictIds: rows.filter((row) => row.indicator?.change === 'lost').map((row) => row.district.id),
    };
    if (first.kind !== undefined) summary.kind = first.kind;
    return summary;
  });
}

function facilityTypeCounts(before: Results, after: Results): FacilityTypeCount[] {
  if (!before.facilities || !after.facilities) return [];
  const count = (results: Results, type: string) =>
    (results.facilities ?? []).filter((facility) => facility.type === type).length;
  const types = [...new Set([...before.facilities, ...after.facilities].map((f) => f.type))].sort();
  return types.map((type) => ({ type, count: figureDelta(count(before, type), count(after, type)) }));
}

function zoneCoverageDeltas(before: Results, after: Results): Record<string, ZoneCoverageDelta> {
  const b = before.totals.zoneCoverage ?? {};
  const a = after.totals.zoneCoverage ?? {};
  const out = stringKeyed<ZoneCoverageDelta>();
  for (const type of unionKeys(b, a)) {
    out[type] = {
      zonesWithFacility: figureDelta(
        ownValue(b, type)?.zonesWithFacility ?? 0,
        ownValue(a, type)?.zonesWithFacility ?? 0,
      ),
      percent: figureDelta(ownValue(b, type)?.percent ?? 0, ownValue(a, type)?.percent ?? 0),
    };
  }
  return out;
}

function warningsOf(
  before: Results,
  after: Results,
  totals: ScopeComparison,
  districts: DistrictComparison[],
): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  if (before.method.coverage !== after.method.coverage) warnings.push('coverage-method-differs');
  if (before.method.householdSize !== after.method.householdSize) warnings.push('household-size-differs');
  if (before.method.layer !== after.method.layer) warnings.push('layer-differs');
  if ((before.method.ruleSetId ?? null) !== (after.method.ruleSetId ?? null))
    warnings.push('rule-set-differs');
  const scopes = [totals, ...districts];
  const thresholdsDiffer = scopes.some((scope) =>
    scope.indicators.some(
      (i) =>
        i.thresholdBefore !== null && i.thresholdAfter !== null && i.thresholdBefore !== i.thresholdAfter,
    ),
  );
  if (thresholdsDiffer) warnings.push('thresholds-differ');
  const populationDiffers =
    before.totals.population !== after.totals.population ||
    districts.some((district) => district.population.delta !== 0);
  if (populationDiffers) warnings.push('population-differs');
  return warnings;
}

/**
 * Compares the results of scenario A (`before`) and scenario B (`after`), figure by figure: every delta is
 * after − before in the figure's unit (percentage points for percentages). Districts are matched by id; those in one
 * results only are listed, not compared. Pass/fail is the engine's on each side (thresholds and overrides
 * included); `warnings` says when the two sides were judged differently. `ruleSet` only describes the indicators
 * (names for the summary); without it the preset named by the results' `method.ruleSetId` is used.
 */
export function compareResults(before: Results, after: Results, ruleSet?: RuleSet): Comparison {
  const beforeById = new Map(before.districts.map((district) => [district.id, district]));
  const afterIds = new Set(after.districts.map((district) => district.id));
  const districts: DistrictComparison[] = [];
  for (const district of after.districts) {
    const match = beforeById.get(district.id);
    if (match) districts.push(compareDistrict(match, district));
  }
  const totals = compareScope(before.totals, after.totals);
  const describedBy =
    ruleSet ??
    findRuleSet(after.method.ruleSetId ?? '') ??
    findRuleSet(before.method.ruleSetId ?? '') ??
    null;
  const cityRollUp = compareRollUps(before.totals.rollUp, after.totals.rollUp);
  return {
    ruleSet: describedBy,
    districts,
    unmatchedDistrictIds: {
      before: before.districts.filter((d) => !afterIds.has(d.id)).map((d) => d.id),
      after: after.districts.filter((d) => !beforeById.has(d.id)).map((d) => d.id),
    },
    totals: {
      ...totals,
      populationOutsideDistricts: figureDelta(
        before.totals.populationOutsideDistricts,
        after.totals.populationOutsideDistricts,
      ),
      deficitSumOfDistrictsSquareMeters: figureDelta(
        districts.reduce((sum, d) => sum + d.deficitSquareMeters.before, 0),
        districts.reduce((sum, d) => sum + d.deficitSquareMeters.after, 0),
      ),
      zoneCoverage: zoneCoverageDeltas(before, after),
      ...(cityRollUp ? { rollUp: cityRollUp } : {}),
    },
    indicators: passSummaries(districts),
    facilityTypes: facilityTypeCounts(before, after),
    warnings: warningsOf(before, after, totals, districts),
  };
}
