/**
 * One result row of a unit (shaped as `districts[]`, model/results.ts) from its figures, built so that V8 keeps
 * thousands of them cheap (see {@link UnitRow}).
 */
import type { District } from '../model/district';
import type { CoverageFigure, DistrictResult } from '../model/results';

/** Figures shared by a unit and the totals: the row's own fields, none optional (the engine always fills them). */
export type ScopeFigures = Required<
  Pick<
    DistrictResult,
    | 'households'
    | 'facilityAreaSquareMeters'
    | 'areaPer100Households'
    | 'deficitSquareMeters'
    | 'facilityCount'
    | 'coverage'
    | 'sfcaPer100Households'
    | 'indicators'
  >
>;

/**
 * A row built with `new`, not as an object literal. V8 follows each literal's allocation site and, once most of its
 * objects outlive a scavenge, allocates that site's objects in the old generation ("pretenuring"). All rows of a level
 * are alive while results() builds them, so a scavenge in the middle got the row literal pretenured; each old row then
 * kept its young records alive through every later scavenge until a full collection (~4.5 MB copied per scavenge,
 * 15–20 ms, on Wuhan's 2,890 hexagons: issue 12). Objects made by a constructor have no allocation site. The prototype
 * is Object.prototype, so a row is the same plain record as a literal (plain-equal.ts, a structured clone, tests).
 */
export const UnitRow = function UnitRow(
  this: DistrictResult,
  unit: District,
  population: number,
  figures: ScopeFigures,
  populationByLayer: Record<string, number>,
) {
  // Keys in the order of a row's JSON.
  this.id = unit.id;
  this.name = unit.name;
  this.population = population;
  this.households = figures.households;
  this.facilityAreaSquareMeters = figures.facilityAreaSquareMeters;
  this.areaPer100Households = figures.areaPer100Households;
  this.deficitSquareMeters = figures.deficitSquareMeters;
  this.facilityCount = figures.facilityCount;
  this.coverage = figures.coverage;
  this.sfcaPer100Households = figures.sfcaPer100Households;
  this.indicators = figures.indicators;
  this.populationByLayer = populationByLayer;
} as unknown as new (
  unit: District,
  population: number,
  figures: ScopeFigures,
  populationByLayer: Record<string, number>,
) => DistrictResult;
UnitRow.prototype = Object.prototype;

/**
 * A unit's coverage of one type, built with `new` for the reason rows are (most hexagon rows hold one per type with
 * facilities, all alive until results() returns).
 */
export const CoverageOfUnit = function CoverageOfUnit(
  this: CoverageFigure,
  coveredPopulation: number,
  percent: number,
) {
  this.coveredPopulation = coveredPopulation;
  this.percent = percent;
} as unknown as new (
  coveredPopulation: number,
  percent: number,
) => CoverageFigure;
CoverageOfUnit.prototype = Object.prototype;
