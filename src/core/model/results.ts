/**
 * The one results shape used by the worker, `window.lifecircle.results()`, the CLI and exports (issue #3).
 * All populations are persons of the dataset's resident layer unless the indicator says otherwise.
 */
export type CoverageMethod = 'centroid' | 'area-weighted';

export interface CoverageFigure {
  coveredPopulation: number;
  /** 0–100. */
  percent: number;
}

export interface IndicatorResult {
  id: string;
  value: number;
  threshold: number;
  unit: string;
  pass: boolean;
  /** Indicator kind of the rule set (rules/rule-set.ts `IndicatorKind`). Filled by the engine. */
  kind?: string;
  /** `atLeast`: pass when value ≥ threshold; `atMost`: pass when value ≤ threshold. Filled by the engine. */
  comparison?: 'atLeast' | 'atMost';
  /**
   * False when the figure cannot be computed (no elderly layer, zero population, no facility to check); `value` is
   * then 0. Filled by the engine.
   */
  available?: boolean;
  /** `areaPer100Households` only: max(0, threshold × households / 100 − floor area), m² (domain.md § Definitions). */
  deficitSquareMeters?: number;
  /** `minimumSize` only: ids of the counted facilities in the district smaller than the threshold. */
  facilityIds?: string[];
  /**
   * Why there is no judgement (`available` false, `pass` false): `none` — a minimum-size rule in a unit with no
   * counted facility (it neither passes nor fails, domain.md § Planning units); `notEvaluable` — the plan's figure
   * needs inputs the dataset lacks (e.g. 普惠 places and a child layer). Absent otherwise.
   */
  outcome?: 'none' | 'notEvaluable';
  /** True when the figure counts only part of what the plan counts (e.g. doctors while no hospital is entered). */
  partial?: boolean;
}

/** Share of districts with at least one facility of a type inside (domain.md § Definitions, "Zone coverage"). */
export interface ZoneCoverageFigure {
  zonesWithFacility: number;
  zoneCount: number;
  /** 0–100. */
  percent: number;
}

/** `noDemandInRange`: no household within the radius, so 2SFCA gets nothing from it (domain.md § Definitions). */
export type FacilityFlag = 'noDemandInRange' | 'belowMinimumSize';

/** Per-facility figures and flags. */
export interface FacilityResult {
  id: string;
  type: string;
  /** Id of the district containing the facility's point, or null outside every district. */
  districtId: string | null;
  /** Σ h_i within the radius, households (the 2SFCA denominator). */
  demandHouseholds: number;
  /** 100 × R_j: m² of the facility per 100 households in its catchment; 0 without demand. */
  supplyPer100Households: number;
  flags: FacilityFlag[];
  /** Walking-network mode only: true when no node lies within 300 m, so the facility covers nothing. */
  offNetwork?: boolean;
}

export interface DistrictResult {
  id: string;
  name: string;
  population: number;
  households: number;
  /** Population of the elderly layer, when the dataset has one. */
  elderlyPopulation?: number;
  /** Persons per population layer id (e.g. `adults20plus`, `elderly60plus`, `total`), so source counts stay visible. */
  populationByLayer?: Record<string, number>;
  facilityAreaSquareMeters: number;
  areaPer100Households: number;
  /** Deficit of the rule set's area indicator, m² (0 when met or without a rule set). Filled by the engine. */
  deficitSquareMeters?: number;
  /** Facilities of every type located in the district. Filled by the engine. */
  facilityCount?: number;
  coverage: Record<string, CoverageFigure>;
  sfcaPer100Households: Record<string, number>;
  indicators: IndicatorResult[];
  /** Walking-network mode only: persons in cells within 300 m of a node (the others are never covered). */
  populationOnNetwork?: number;
  /** Walking-network mode only: populationOnNetwork as a share of the district's population, 0–100. */
  populationOnNetworkPercent?: number;
  /** Units coarser than the finest level (and the city): how its finest units fare (domain.md § Planning units). */
  rollUp?: RollUp;
}

/** One indicator over the finest units of a coarser unit (or of the city). */
export interface IndicatorRollUp {
  /** Finest units with a judgement (a minimum-size rule does not judge a unit without a facility). */
  unitsJudged: number;
  unitsMeeting: number;
  /** 100 × unitsMeeting / unitsJudged (0 when none is judged). */
  percentOfUnits: number;
  /** Residents of the judged units, and of those meeting. */
  populationJudged: number;
  populationMeeting: number;
  /** 100 × populationMeeting / populationJudged. */
  percentOfPopulation: number;
}

/**
 * Per-community standards reported upward (domain.md § Planning units): the finest units counted are those whose
 * cells lie mostly in this unit (for the city: every finest unit).
 */
export interface RollUp {
  /** Id of the finest level the units belong to (`districts` when the dataset has no finer level). */
  levelId: string;
  /** Finest units counted. */
  unitCount: number;
  /** Per indicator id of the rule set: share of units meeting it, by count and by population. */
  indicators: Record<string, IndicatorRollUp>;
  /** Per facility type: finest units holding at least one facility of the type. */
  unitsWithFacility: Record<string, number>;
}

/** Every figure per unit of one finer level, rows shaped as `districts`. */
export interface LevelResult {
  id: string;
  name: string;
  /** True for generated units (hexagons): not administrative boundaries. */
  generated?: boolean;
  units: DistrictResult[];
}

export interface ResultsMethod {
  coverage: CoverageMethod;
  householdSize: number;
  /** Straight-line (`great-circle`) or along a walking network (`network`); never mixed in one Results. */
  distance: 'great-circle' | 'network';
  layer: string;
  /** Rule set judged against, or null for none. Filled by the engine. */
  ruleSetId?: string | null;
  /** Area-weighted mode only: samples per cell side (s × s samples per cell). */
  samplesPerSide?: number;
  /**
   * Facility types counted by the "m² per 100 households" column: those the rule set's area indicator names; empty
   * when the rule set has no such indicator (the column is then not shown). Filled by the engine.
   */
  areaTypes?: string[];
}

export interface Results {
  method: ResultsMethod;
  districts: DistrictResult[];
  /** The dataset's finer unit levels, coarse to fine, each with every figure per unit. Filled by the engine. */
  levels?: LevelResult[];
  totals: {
    population: number;
    populationOutsideDistricts: number;
    coverage: Record<string, CoverageFigure>;
    /** The fields below are filled by the engine; totals include the cells and facilities outside districts. */
    households?: number;
    facilityAreaSquareMeters?: number;
    areaPer100Households?: number;
    deficitSquareMeters?: number;
    facilityCount?: number;
    sfcaPer100Households?: Record<string, number>;
    zoneCoverage?: Record<string, ZoneCoverageFigure>;
    indicators?: IndicatorResult[];
    /** The city's finest units, rolled up (domain.md § Planning units). Filled by the engine. */
    rollUp?: RollUp;
    /** Walking-network mode only: persons within 300 m of the network, whole grid and outside districts. */
    populationOnNetwork?: number;
    populationOnNetworkPercent?: number;
    populationOutsideDistrictsOnNetwork?: number;
  };
  /** Per facility, in the engine's facility order. Filled by the engine. */
  facilities?: FacilityResult[];
}
