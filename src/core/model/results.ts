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
  coverage: Record<string, CoverageFigure>;
  sfcaPer100Households: Record<string, number>;
  indicators: IndicatorResult[];
}

export interface ResultsMethod {
  coverage: CoverageMethod;
  householdSize: number;
  distance: 'great-circle';
  layer: string;
}

export interface Results {
  method: ResultsMethod;
  districts: DistrictResult[];
  totals: {
    population: number;
    populationOutsideDistricts: number;
    coverage: Record<string, CoverageFigure>;
  };
}
