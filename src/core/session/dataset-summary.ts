import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, HouseholdBasis, PopulationEstimate } from '../model/dataset';
import type { District } from '../model/district';

/** West, south, east, north in WGS 84 degrees. */
export type Bounds = [number, number, number, number];

/** Persons and households of a set of cells. */
export interface AreaTotals {
  cellCount: number;
  /** Persons of the dataset's resident layer (for Wuhan the census-scaled estimate). */
  population: number;
  /** Persons per population layer id (e.g. `adults20plus`, `elderly60plus`, `total`). */
  populationByLayer: Record<string, number>;
  /** population ÷ household size (domain.md § Households). */
  households: number;
}

export interface DistrictSummary extends AreaTotals {
  id: string;
  name: string;
  nameEn?: string;
  /** Persons of the elderly layer, when the dataset has one. */
  elderlyPopulation?: number;
  /** Persons per household used for this district. */
  householdSize: number;
  bounds: Bounds;
}

export interface DistrictProperties {
  id: string;
  name: string;
  nameEn?: string;
}

/** The polygons of one set of units (districts or the units of a level), as GeoJSON for the map. */
export type UnitsGeoJson = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;

/**
 * A unit level of the dataset as the main thread shows it (domain.md § Planning units): its name, whether the app
 * generated it (hexagons: never shown as administrative), and its polygons with `id` and `name` as the districts'.
 */
export interface LevelSummary {
  /** The level's id in `Results.levels` (`UnitLevel.id`). */
  id: string;
  name: string;
  /** True for units the app generated (H3 hexagons); false for imported or bundled polygons. */
  generated: boolean;
  unitCount: number;
  geoJson: UnitsGeoJson;
}

/**
 * The population layer to draw for a dataset: the one the user last chose when the dataset has it, else the resident
 * layer, else the first. The main thread asks for it, and the worker paints it ahead of the question at load.
 */
export function layerToShow(layers: readonly string[], residentLayer: string, preferred: string): string {
  if (layers.includes(preferred)) return preferred;
  if (layers.includes(residentLayer)) return residentLayer;
  return layers[0] ?? '';
}

/** Everything the main thread shows about a loaded dataset; plain data, small (no per-cell arrays). */
export interface DatasetSummary {
  id: string;
  name: string;
  sourceCrs: string;
  residentLayer: string;
  elderlyLayer?: string;
  householdSize: number;
  /** The census totals the household size divides, when it is a census ratio (domain.md § Households). */
  householdBasis?: HouseholdBasis;
  estimate?: PopulationEstimate;
  /** Layer ids present on the grid, in the grid's order. */
  layers: string[];
  districts: DistrictSummary[];
  /** Sum over the districts. */
  inDistricts: AreaTotals;
  /** Cells whose centre lies in no district: reported, never dropped (domain.md § Inputs). */
  outside: AreaTotals;
  /** Every cell of the grid: inDistricts + outside. */
  allCells: AreaTotals;
  /** Bounds of the districts and the grid together. */
  bounds: Bounds;
  districtsGeoJson: UnitsGeoJson;
  /** The dataset's finer unit levels, coarse to fine as in the dataset (empty: districts only). */
  levels: LevelSummary[];
}

function emptyBounds(): Bounds {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

function extendBounds(bounds: Bounds, lon: number, lat: number): void {
  bounds[0] = Math.min(bounds[0], lon);
  bounds[1] = Math.min(bounds[1], lat);
  bounds[2] = Math.max(bounds[2], lon);
  bounds[3] = Math.max(bounds[3], lat);
}

function geometryBounds(geometry: Polygon | MultiPolygon): Bounds {
  const bounds = emptyBounds();
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon)
      for (const position of ring) extendBounds(bounds, position[0] ?? 0, position[1] ?? 0);
  }
  return bounds;
}

/**
 * Per-district persons per layer, households and bounds, plus the cells outside every district, from a loaded
 * dataset. Sums run in float64 over the float32 cell values. Households use the district's household size when
 * set, else the dataset's.
 */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const { grid, districts, districtOfCell } = dataset;
  const layers = Object.keys(grid.layers);
  const slots = districts.length + 1; // last slot: outside
  const sums = layers.map(() => new Float64Array(slots));
  const counts = new Float64Array(slots);
  for (let cell = 0; cell < grid.cellCount; cell += 1) {
    const district = districtOfCell[cell] as number;
    const slot = district >= 0 ? district : districts.length;
    counts[slot] = (counts[slot] as number) + 1;
    layers.forEach((layer, l) => {
      const sum = sums[l] as Float64Array;
      sum[slot] = (sum[slot] as number) + ((grid.layers[layer] as Float32Array)[cell] as number);
    });
  }
  const totalsOf = (slot: number, householdSize: number): AreaTotals => {
    const populationByLayer: Record<string, number> = {};
    layers.forEach((layer, l) => {
      populationByLayer[layer] = (sums[l] as Float64Array)[slot] as number;
    });
    const population = populationByLayer[dataset.residentLayer] ?? 0;
    return {
      cellCount: counts[slot] as number,
      population,
      populationByLayer,
      households: population / householdSize,
    };
  };
  const districtSummaries = districts.map((district, index): DistrictSummary => {
    const householdSize = district.householdSize ?? dataset.householdSize;
    const totals = totalsOf(index, householdSize);
    const elderly = dataset.elderlyLayer ? totals.populationByLayer[dataset.elderlyLayer] : undefined;
    return {
      id: district.id,
      name: district.name,
      ...(district.nameEn ? { nameEn: district.nameEn } : {}),
      ...totals,
      ...(elderly !== undefined ? { elderlyPopulation: elderly } : {}),
      householdSize,
      bounds: geometryBounds(district.geometry),
    };
  });
  const inDistricts = addTotals(layers, districtSummaries);
  const outside = totalsOf(districts.length, dataset.householdSize);
  const bounds = emptyBounds();
  for (const district of districtSummaries) {
    extendBounds(bounds, district.bounds[0], district.bounds[1]);
    extendBounds(bounds, district.bounds[2], district.bounds[3]);
  }
  if (grid.raster) {
    const { originLon, originLat, width, height, pixelWidthDegrees, pixelHeightDegrees } = grid.raster;
    extendBounds(bounds, originLon, originLat);
    extendBounds(bounds, originLon + width * pixelWidthDegrees, originLat - height * pixelHeightDegrees);
  }
  return {
    id: dataset.id,
    name: dataset.name,
    sourceCrs: dataset.sourceCrs,
    residentLayer: dataset.residentLayer,
    ...(dataset.elderlyLayer ? { elderlyLayer: dataset.elderlyLayer } : {}),
    householdSize: dataset.householdSize,
    ...(dataset.householdBasis ? { householdBasis: dataset.householdBasis } : {}),
    ...(dataset.estimate ? { estimate: dataset.estimate } : {}),
    layers,
    districts: districtSummaries,
    inDistricts,
    outside,
    allCells: addTotals(layers, [inDistricts, outside]),
    bounds,
    districtsGeoJson: unitsGeoJson(districts),
    levels: (dataset.levels ?? []).map(
      (level): LevelSummary => ({
        id: level.id,
        name: level.name,
        generated: level.generated === true,
        unitCount: level.units.length,
        geoJson: unitsGeoJson(level.units),
      }),
    ),
  };
}

function unitsGeoJson(units: readonly District[]): UnitsGeoJson {
  return {
    type: 'FeatureCollection',
    features: units.map(
      (unit): Feature<Polygon | MultiPolygon, DistrictProperties> => ({
        type: 'Feature',
        id: unit.id,
        properties: { id: unit.id, name: unit.name, ...(unit.nameEn ? { nameEn: unit.nameEn } : {}) },
        geometry: unit.geometry,
      }),
    ),
  };
}

function addTotals(layers: string[], parts: readonly AreaTotals[]): AreaTotals {
  const populationByLayer: Record<string, number> = {};
  for (const layer of layers) populationByLayer[layer] = 0;
  let cellCount = 0;
  let population = 0;
  let households = 0;
  for (const part of parts) {
    cellCount += part.cellCount;
    population += part.population;
    households += part.households;
    for (const layer of layers)
      populationByLayer[layer] = (populationByLayer[layer] ?? 0) + (part.populationByLayer[layer] ?? 0);
  }
  return { cellCount, population, populationByLayer, households };
}
