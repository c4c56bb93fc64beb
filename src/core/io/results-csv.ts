/**
 * District results as CSV for spreadsheets (issue #3 CLI, issue #5 export): UTF-8 with a byte-order mark so Excel
 * shows Chinese names, CRLF line ends (RFC 4180). The columns are documented in README.md § CLI.
 */
import type { DistrictResult, IndicatorResult, Results, RollUp } from '../model/results';
import { type RollUpColumns, rollUpColumnsOf, rollUpFields } from './roll-up-columns';

/** Id of the row holding population that lies in no district (domain.md § Inputs: never dropped silently). */
const OUTSIDE_ROW_ID = 'outside';
/** Id of the totals row. */
const TOTAL_ROW_ID = 'total';

const BYTE_ORDER_MARK = '\uFEFF';

type Cell = string | number | boolean | undefined;

/** Columns whose figures vary by facility type or indicator, in first-seen order. */
interface DynamicColumns {
  coverageTypes: string[];
  sfcaTypes: string[];
  indicatorIds: string[];
  /** Walking-network results: two more columns, the population on the network and its share. */
  network: boolean;
  /** Roll-up columns, after the indicators (roll-up-columns.ts); null when no row has a roll-up. */
  rollUps: RollUpColumns | null;
}

function collectColumns(results: Results): DynamicColumns {
  const coverage = new Set<string>();
  const sfca = new Set<string>();
  const indicators = new Set<string>();
  for (const district of results.districts) {
    for (const type of Object.keys(district.coverage)) coverage.add(type);
    for (const type of Object.keys(district.sfcaPer100Households)) sfca.add(type);
    for (const indicator of district.indicators) indicators.add(indicator.id);
  }
  for (const type of Object.keys(results.totals.coverage)) coverage.add(type);
  return {
    coverageTypes: [...coverage],
    sfcaTypes: [...sfca],
    indicatorIds: [...indicators],
    network: results.method.distance === 'network',
    rollUps: rollUpColumnsOf([
      ...results.districts.map((district) => district.rollUp),
      results.totals.rollUp,
    ]),
  };
}

function header(columns: DynamicColumns): string[] {
  return [
    'district_id',
    'district_name',
    'population',
    'households',
    'facility_area_m2',
    'area_m2_per_100_households',
    'deficit_m2',
    ...columns.coverageTypes.flatMap((type) => [`covered_population_${type}`, `coverage_percent_${type}`]),
    ...columns.sfcaTypes.map((type) => `sfca_m2_per_100_households_${type}`),
    ...columns.indicatorIds.flatMap((id) => [
      `indicator_${id}_value`,
      `indicator_${id}_threshold`,
      `indicator_${id}_pass`,
    ]),
    ...rollUpNames(columns),
    ...(columns.network ? ['population_on_network', 'population_on_network_percent'] : []),
  ];
}

function rollUpNames(columns: DynamicColumns): string[] {
  return columns.rollUps ? rollUpFields(undefined, columns.rollUps).map(([name]) => name) : [];
}

/** A row's roll-up cells (empty where it has none); shares with 4 decimals like every percentage. */
function rollUpCells(rollUp: RollUp | undefined, columns: DynamicColumns): Cell[] {
  if (!columns.rollUps) return [];
  return rollUpFields(rollUp, columns.rollUps).map(([, value]) =>
    typeof value === 'number' ? fixed(value, 4) : (value ?? ''),
  );
}

function networkCells(
  columns: DynamicColumns,
  population: number | undefined,
  percent: number | undefined,
): Cell[] {
  return columns.network ? [fixed(population, 2), fixed(percent, 4)] : [];
}

/** Rounds to `decimals` places; non-finite figures (e.g. m² per 100 households of a district with none) stay empty. */
function fixed(value: number | undefined, decimals: number): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function districtRow(district: DistrictResult, columns: DynamicColumns): Cell[] {
  return [
    district.id,
    district.name,
    fixed(district.population, 2),
    fixed(district.households, 2),
    fixed(district.facilityAreaSquareMeters, 2),
    fixed(district.areaPer100Households, 4),
    fixed(district.deficitSquareMeters, 2),
    ...columns.coverageTypes.flatMap((type) => {
      const figure = district.coverage[type];
      return [fixed(figure?.coveredPopulation, 2), fixed(figure?.percent, 4)];
    }),
    ...columns.sfcaTypes.map((type) => fixed(district.sfcaPer100Households[type], 4)),
    ...indicatorCells(district.indicators, columns),
    ...rollUpCells(district.rollUp, columns),
    ...networkCells(columns, district.populationOnNetwork, district.populationOnNetworkPercent),
  ];
}

function indicatorCells(indicators: readonly IndicatorResult[], columns: DynamicColumns): Cell[] {
  return columns.indicatorIds.flatMap((id) => {
    const indicator = indicators.find((candidate) => candidate.id === id);
    return indicator
      ? [fixed(indicator.value, 4), fixed(indicator.threshold, 4), indicator.pass]
      : ['', '', ''];
  });
}

function outsideRow(results: Results, columns: DynamicColumns, name: string): Cell[] {
  const population = results.totals.populationOutsideDistricts;
  const households = population / results.method.householdSize;
  const network = results.totals.populationOutsideDistrictsOnNetwork;
  const networkColumns = networkCells(
    columns,
    network,
    network === undefined || !(population > 0) ? undefined : (100 * network) / population,
  );
  const blanks = header(columns).length - 4 - networkColumns.length;
  return [
    OUTSIDE_ROW_ID,
    name,
    fixed(population, 2),
    fixed(households, 2),
    ...Array(blanks).fill(''),
    ...networkColumns,
  ];
}

/** Figures of the whole grid; the engine fills them in `results.totals`, else they are derived from the districts. */
function totalRow(results: Results, columns: DynamicColumns): Cell[] {
  const { districts, totals } = results;
  const districtHouseholds = districts.reduce((sum, district) => sum + district.households, 0);
  const households =
    totals.households ??
    districtHouseholds + totals.populationOutsideDistricts / results.method.householdSize;
  const facilityArea =
    totals.facilityAreaSquareMeters ??
    districts.reduce((sum, district) => sum + district.facilityAreaSquareMeters, 0);
  const areaPer100Households =
    totals.areaPer100Households ?? (households > 0 ? (100 * facilityArea) / households : Number.NaN);
  return [
    TOTAL_ROW_ID,
    'total 合计',
    fixed(totals.population, 2),
    fixed(households, 2),
    fixed(facilityArea, 2),
    fixed(areaPer100Households, 4),
    fixed(totals.deficitSquareMeters, 2),
    ...columns.coverageTypes.flatMap((type) => {
      const figure = totals.coverage[type];
      return [fixed(figure?.coveredPopulation, 2), fixed(figure?.percent, 4)];
    }),
    ...columns.sfcaTypes.map((type) => {
      const engineFigure = totals.sfcaPer100Households?.[type];
      if (engineFigure !== undefined) return fixed(engineFigure, 4);
      // District values are household-weighted means, so their household-weighted mean covers all districts.
      const weighted = districts.reduce(
        (sum, district) => sum + district.households * (district.sfcaPer100Households[type] ?? 0),
        0,
      );
      return fixed(districtHouseholds > 0 ? weighted / districtHouseholds : Number.NaN, 4);
    }),
    ...indicatorCells(totals.indicators ?? [], columns),
    ...rollUpCells(totals.rollUp, columns),
    ...networkCells(columns, totals.populationOnNetwork, totals.populationOnNetworkPercent),
  ];
}

/** Quotes a field when needed (RFC 4180) and defuses spreadsheet formulas in text taken from input files. */
function escapeCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Options of {@link resultsToCsv}. */
export interface ResultsCsvOptions {
  /** Name in the `outside` row (default `outside districts 区外`; a finer level's file says `outside units 单元外`). */
  outsideName?: string;
}

/**
 * Serialises results as CSV text: a byte-order mark, a header row, one row per district in results order, an
 * `outside` row (population in no district, households at the method's household size) and a `total` row for the
 * whole grid, cells and facilities outside districts included, taken from `results.totals`. When the engine left a
 * totals figure out, it is derived: households = districts' + outside row's; facility area = sum over districts;
 * m² per 100 households = 100 × area / households; 2SFCA = household-weighted mean of the district values;
 * indicators and deficit blank. Numbers are rounded (2 decimals for persons, households and m²; 4 for ratios and
 * percentages); non-finite figures are empty. Columns: README.md § CLI.
 */
export function resultsToCsv(results: Results, options: ResultsCsvOptions = {}): string {
  const columns = collectColumns(results);
  const rows: Cell[][] = [
    header(columns),
    ...results.districts.map((district) => districtRow(district, columns)),
    outsideRow(results, columns, options.outsideName ?? 'outside districts 区外'),
    totalRow(results, columns),
  ];
  return `${BYTE_ORDER_MARK}${rows.map((row) => row.map(escapeCell).join(',')).join('\r\n')}\r\n`;
}
