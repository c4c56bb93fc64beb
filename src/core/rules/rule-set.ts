/**
 * The shape of a rule set: the indicators one planning document sets, as data the planner can copy and edit
 * (domain.md § Rule sets from the planning documents). Every formula is defined in domain.md § Definitions and
 * evaluated per district by analysis/indicators.ts.
 */

/**
 * What an indicator measures (domain.md § Definitions):
 * - `areaPer100Households`: 100 × Σ floor area of counted facilities located in the district / households, m².
 * - `coveragePercent`: share of the layer's population within reach of a counted facility (centroid rule, or the
 *   area-weighted mode), %.
 * - `zoneCoveragePercent`: share of districts with at least one counted facility inside, % (per district 100 or 0).
 * - `bedsPer1000Elderly`: 1000 × Σ beds / elderly population.
 * - `doctorsPer1000`: 1000 × Σ doctors / residents.
 * - `gpsPer10000`: 10000 × Σ general practitioners / residents.
 * - `sportsAreaPerPerson`: Σ sports area (land area where given, else floor area) / residents, m² per person.
 * - `minimumSize`: the smallest floor area among counted facilities in the district, m²; each facility below the
 *   threshold is flagged individually (domain.md § Definitions, "Minimum size"). A unit with no counted facility is
 *   "none": it neither passes nor fails (domain.md § Planning units).
 * - `inclusiveKindergartenPercent`: 普惠性幼儿园覆盖率, the share of kindergarten-age children (the child layer) for whom
 *   a place in a public or 普惠 kindergarten exists: 100 × min(Σ 普惠 places, children) / children, %. Not evaluable
 *   without a child layer or without places by kind (no counted facility states `capacity.inclusivePlaces`).
 */
export type IndicatorKind =
  | 'areaPer100Households'
  | 'coveragePercent'
  | 'zoneCoveragePercent'
  | 'bedsPer1000Elderly'
  | 'doctorsPer1000'
  | 'gpsPer10000'
  | 'sportsAreaPerPerson'
  | 'minimumSize'
  | 'inclusiveKindergartenPercent';

/** Which population layer of the dataset an indicator uses: the resident, elderly or child (kindergarten-age) layer. */
export type PopulationRole = 'resident' | 'elderly' | 'child';

/** `atLeast`: pass when value ≥ threshold; `atMost`: pass when value ≤ threshold. */
export type Comparison = 'atLeast' | 'atMost';

/** One indicator of a rule set. */
export interface IndicatorRule {
  /** Unique within its rule set; also the key of a threshold override. */
  id: string;
  kind: IndicatorKind;
  nameZh: string;
  nameEn: string;
  /** Facility type ids counted by the indicator (a union: any of them counts). */
  facilityTypes: string[];
  populationLayer: PopulationRole;
  threshold: number;
  /** Unit of `threshold` and of the evaluated value, as shown, e.g. `m²/100 households`, `%`. */
  unit: string;
  comparison: Comparison;
  /**
   * For `coveragePercent` only: judge reach at this radius (the document's life circle) instead of each facility's
   * own `radiusMeters`, metres.
   */
  radiusMeters?: number;
  /**
   * Types the document counts that the planner may not have entered: while no facility of any of them exists, the
   * figure is marked partial (e.g. doctors of all medical institutions without a hospital).
   */
  partialWithout?: string[];
}

/** A clause of the source document that the engine does not evaluate, with the reason, in both languages. */
export interface RuleSetNote {
  zh: string;
  en: string;
}

/** A rule set: the indicators of one planning document. */
export interface RuleSet {
  id: string;
  nameZh: string;
  nameEn: string;
  /** The document the figures come from, as cited to users. */
  source: string;
  indicators: IndicatorRule[];
  /** Clauses not evaluated, and why. */
  notes: RuleSetNote[];
}
