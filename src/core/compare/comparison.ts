/**
 * The shape of a comparison of two scenarios' results (issue 6 "Compare"): every figure of model/results.ts as
 * before, after and delta, per district and in total, with the districts whose pass/fail changes. Built by
 * compare-results.ts, put into words by summarize-comparison.ts. Figures keep the units of model/results.ts; a
 * delta of a percentage is in percentage points (domain.md § Definitions).
 */
import type { RuleSet } from '../rules/rule-set';

/** A figure in the first scenario (`before`) and the second (`after`); `delta` = after − before, same unit. */
export interface FigureDelta {
  before: number;
  after: number;
  delta: number;
}

/** Population coverage of one facility type (domain.md § Definitions, "Coverage"). */
export interface CoverageDelta {
  /** Share of residents covered, 0–100 %; its `delta` is in percentage points. */
  percent: FigureDelta;
  /** Residents covered, persons. */
  coveredPopulation: FigureDelta;
}

/**
 * How an indicator's pass/fail moved: `gained` fail → pass, `lost` pass → fail, `stillPass`, `stillFail`, or
 * `notComparable` when one side lacks the indicator or could not compute it (`available: false`).
 */
export type PassChange = 'gained' | 'lost' | 'stillPass' | 'stillFail' | 'notComparable';

/** One rule-set indicator in one scope (a district or the totals). */
export interface IndicatorDelta {
  id: string;
  /** Indicator kind (rules/rule-set.ts `IndicatorKind`), when the engine gave it. */
  kind?: string;
  unit: string;
  comparison: 'atLeast' | 'atMost';
  /** Threshold each side was judged against (they differ when the scenarios override it differently). */
  thresholdBefore: number | null;
  thresholdAfter: number | null;
  /** The value on both sides, or null when either side lacks it or could not compute it. */
  value: FigureDelta | null;
  passBefore: boolean | null;
  passAfter: boolean | null;
  change: PassChange;
  /** `areaPer100Households` only: the deficit, m². */
  deficitSquareMeters?: FigureDelta;
}

/** The figures shared by a district and the totals. */
export interface ScopeComparison {
  population: FigureDelta;
  households: FigureDelta;
  /** Floor area of the counted types, m². */
  facilityAreaSquareMeters: FigureDelta;
  /** 100 × floor area / households, m² per 100 households. */
  areaPer100Households: FigureDelta;
  /** Deficit of the rule set's area indicator, m² (0 when met or without one). */
  deficitSquareMeters: FigureDelta;
  /** Facilities of every type inside the scope. */
  facilityCount: FigureDelta;
  /** By facility type id: every type listed on either side (a type absent on one side counts as 0 there). */
  coverage: Record<string, CoverageDelta>;
  /** 2SFCA m² per 100 households reachable, by facility type id. */
  sfcaPer100Households: Record<string, FigureDelta>;
  /** Indicators in the second scenario's order, then those only the first one had. */
  indicators: IndicatorDelta[];
}

/**
 * How a district's pass/fail moved, for highlighting on the map: `improved` (gains only), `worsened` (losses only),
 * `mixed` (both), `unchanged`.
 */
export type DistrictPassChange = 'improved' | 'worsened' | 'mixed' | 'unchanged';

/** One district present in both results. */
export interface DistrictComparison extends ScopeComparison {
  id: string;
  /** The name in the second results. */
  name: string;
  /** Ids of the indicators the district newly passes. */
  gained: string[];
  /** Ids of the indicators the district newly fails. */
  lost: string[];
  passChange: DistrictPassChange;
  /** A unit coarser than the finest level: how its finest units fare on each side (domain.md § Planning units). */
  rollUp?: RollUpDelta;
}

/** One indicator over the finest units of a coarser unit or of the city, before and after. */
export interface IndicatorRollUpDelta {
  id: string;
  /** Finest units judged (a minimum-size rule does not judge a unit without a facility). */
  unitsJudged: FigureDelta;
  unitsMeeting: FigureDelta;
  /** 0–100 % of the judged units; its `delta` is in percentage points. */
  percentOfUnits: FigureDelta;
  /** 0–100 % of the judged units' residents; its `delta` is in percentage points. */
  percentOfPopulation: FigureDelta;
}

/** The roll-up (model/results.ts `RollUp`) of one scope on both sides. */
export interface RollUpDelta {
  /** Id of the finest level whose units are counted (the second side's). */
  levelId: string;
  unitCount: FigureDelta;
  /** Indicators in the second side's order, then those only the first had. */
  indicators: IndicatorRollUpDelta[];
  /** Per facility type on either side: finest units holding at least one facility of it. */
  unitsWithFacility: Record<string, FigureDelta>;
}

/** Zone coverage of one type (domain.md § Definitions, "Zone coverage"). */
export interface ZoneCoverageDelta {
  zonesWithFacility: FigureDelta;
  /** 0–100 %; its `delta` is in percentage points. */
  percent: FigureDelta;
}

/** The city-wide figures (totals include cells and facilities outside every district, as in model/results.ts). */
export interface TotalsComparison extends ScopeComparison {
  populationOutsideDistricts: FigureDelta;
  /**
   * Σ over compared districts of each district's deficit, m². Unlike `deficitSquareMeters` of the totals, a surplus
   * in one district does not offset a shortfall in another: this is the floor area still to be built.
   */
  deficitSumOfDistrictsSquareMeters: FigureDelta;
  zoneCoverage: Record<string, ZoneCoverageDelta>;
  /** The city's finest units on both sides, when both results carry the city's roll-up. */
  rollUp?: RollUpDelta;
}

/** Pass counts of one indicator over the compared districts. */
export interface IndicatorPassSummary {
  id: string;
  kind?: string;
  unit: string;
  comparison: 'atLeast' | 'atMost';
  /** The second scenario's threshold (else the first's). */
  threshold: number;
  /** Districts passing on each side, among the compared districts. */
  districtsPassing: FigureDelta;
  /** Compared districts (present in both results). */
  districtCount: number;
  gainedDistrictIds: string[];
  lostDistrictIds: string[];
}

/** Facilities of one type on both sides (from `Results.facilities`). */
export interface FacilityTypeCount {
  type: string;
  count: FigureDelta;
}

/**
 * Why the two sides may not be comparable figure for figure: a different coverage method, household size,
 * resident layer, rule set, threshold of an indicator, or population (another dataset or grid).
 */
export type ComparisonWarning =
  | 'coverage-method-differs'
  | 'household-size-differs'
  | 'layer-differs'
  | 'rule-set-differs'
  | 'thresholds-differ'
  | 'population-differs';

/** The comparison of two results: everything the compare panel, the delta map and the summary need. */
export interface Comparison {
  /** Describes the indicators (names, kinds) for the summary; null when unknown. */
  ruleSet: RuleSet | null;
  /** Districts present in both results, in the second results' order. */
  districts: DistrictComparison[];
  /** Districts present in one results only (a different district layer); not compared. */
  unmatchedDistrictIds: { before: string[]; after: string[] };
  totals: TotalsComparison;
  /** One entry per indicator of the compared districts, in order of first appearance. */
  indicators: IndicatorPassSummary[];
  /** Facility counts by type, types sorted by id; empty when either results lacks `facilities`. */
  facilityTypes: FacilityTypeCount[];
  warnings: ComparisonWarning[];
}
