/**
 * Plain-data input and output of site suggestion (issue 14), shaped for the worker boundary: everything but the
 * dataset, the distance provider, the solver and the two callbacks is JSON; progress and cancellation are parameters.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistanceProvider } from '../analysis/catchment';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { CandidatePoint } from './candidates';
import type { CoverageSolver, ExactReport } from './exact-coverage';

/** What to reach (domain.md § Site suggestion). */
export type SuggestObjective =
  /** Add `count` sites maximising the newly covered population (MCLP: lazy greedy, then swap pass). */
  | { kind: 'count'; count: number }
  /** Add sites until coverage ≥ `percent` % of the layer's total population (greedy). */
  | { kind: 'target-coverage'; percent: number }
  /** Add sites until every district has at least one facility of the type (zone coverage). */
  | { kind: 'every-unit' }
  /**
   * Add sites of `floorAreaSquareMeters` until every district has `squareMetersPer100Households` m² of the type per
   * 100 households (facilities counted in the district containing them), each where its catchment holds the most
   * unmet households.
   */
  | { kind: 'floor-area'; squareMetersPer100Households: number; floorAreaSquareMeters: number };

/** A stage of the run, for a progress bar. */
export type SuggestPhase = 'candidates' | 'catchments' | 'search' | 'swap' | 'exact';

/** Progress: `fraction` of the current `phase` done, 0–1. */
export interface SuggestProgress {
  phase: SuggestPhase;
  fraction: number;
}

/** Everything a suggestion needs. Facilities of other types are ignored. */
export interface SuggestRequest {
  dataset: Dataset;
  /** Catchment model; default straight line (the engine's default). A walking network plugs in here. */
  provider?: DistanceProvider;
  /** Facility type id of the new sites, e.g. `community_service_station`. */
  type: string;
  /** Radius of the new sites, metres. */
  radiusMeters: number;
  objective: SuggestObjective;
  /** Facilities already there (any type; those of `type` are kept fixed and their coverage counted). */
  facilities?: readonly Facility[];
  /** Population layer; default the dataset's resident layer. */
  layer?: string;
  /** The planner's candidate points; default the centroids of populated cells. */
  candidates?: readonly CandidatePoint[];
  /** No site inside these polygons (WGS 84). */
  exclusions?: readonly (Polygon | MultiPolygon)[];
  /** New sites at least this far apart, metres (default 0: no constraint). */
  minSpacingMeters?: number;
  /** Persons per household for the floor-area objective; default the dataset's (districts with their own keep it). */
  householdSize?: number;
  /** Cap on sites for the target objectives (default 10,000). */
  maxSites?: number;
  /** For the `count` objective: also solve exactly (or bound) with this solver. */
  exact?: { solver: CoverageSolver; timeLimitSeconds?: number };
  onProgress?: (progress: SuggestProgress) => void;
  /** Polled every few thousand units of work; true cancels the run (`suggest-cancelled`). */
  shouldStop?: () => boolean;
}

/** One suggested site, in rank order. */
export interface SuggestedSite {
  lon: number;
  lat: number;
  /** Population newly covered by this site given the sites ranked before it (persons of the layer). */
  addedPopulation: number;
  /** The grid cell the site is the centroid of, or −1 (a planner's point). */
  cell: number;
  /** Index of the planner's candidate point, or −1. */
  point: number;
  /** Index of the district containing the site, or −1. */
  district: number;
}

/** The answer. Populations are persons of the chosen layer; coverage is the centroid rule at each radius. */
export interface SuggestOutcome {
  objective: SuggestObjective;
  /** The catchment model the coverage figures used (the provider's; never mixed in one answer). */
  distance: 'great-circle' | 'network';
  sites: SuggestedSite[];
  /** `curve[j]` = population covered with the existing facilities and the first j sites (j = 0 … sites.length). */
  curve: number[];
  totalPopulation: number;
  coveredBefore: number;
  coveredAfter: number;
  /** Whether the objective was met (the count was placed, the target or standard reached). */
  reached: boolean;
  /** Why the run ended short, when it did: no candidate adds anything, or the site cap was hit. */
  shortfall?: 'no-gain' | 'no-candidates-left' | 'max-sites';
  /** Districts the objective needed but no candidate lies in (every-unit and floor-area objectives). */
  unreachableDistricts: number[];
  candidateCount: number;
  /** `count` objective: covered population after the greedy, before the swap pass. */
  greedyCovered?: number;
  swaps?: number;
  /**
   * `count` objective on instances small enough for the Lagrangian relaxation: an upper bound on the
   * covered population any `count` sites can reach (existing coverage included).
   */
  upperBound?: number;
  /** `count` objective with `exact`: the optimum or a bound, and the gap of the fast answer. */
  exact?: ExactReport;
}
