/**
 * District results as GeoJSON (issue #5 export): each district polygon with its figures as properties, named as
 * the columns of the results CSV (results-csv.ts, README.md § CLI) so both exports read alike. Polygons are wound
 * as RFC 7946 § 3.1.6 asks (outer rings counter-clockwise, holes clockwise).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { District } from '../model/district';
import type { DistrictResult, Results } from '../model/results';
import { rollUpColumnsOf, rollUpFields } from './roll-up-columns';

/** Figures of one district; keys as the results CSV columns, numbers unrounded, null when not computable. */
export type DistrictResultProperties = Record<string, string | number | boolean | null>;

/** The results GeoJSON: district features plus a `lifecircle` member with the method and the totals. */
export interface ResultsGeoJson extends FeatureCollection<Polygon | MultiPolygon, DistrictResultProperties> {
  lifecircle: {
    format: 'lifecircle-results';
    version: 1;
    method: Results['method'];
    totals: Results['totals'];
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

function propertiesOf(district: DistrictResult): DistrictResultProperties {
  const properties: DistrictResultProperties = {
    district_id: district.id,
    district_name: district.name,
    population: finiteOrNull(district.population),
    households: finiteOrNull(district.households),
    facility_area_m2: finiteOrNull(district.facilityAreaSquareMeters),
    area_m2_per_100_households: finiteOrNull(district.areaPer100Households),
    deficit_m2: finiteOrNull(district.deficitSquareMeters),
  };
  for (const [type, figure] of Object.entries(district.coverage)) {
    properties[`covered_population_${type}`] = finiteOrNull(figure.coveredPopulation);
    properties[`coverage_percent_${type}`] = finiteOrNull(figure.percent);
  }
  for (const [type, value] of Object.entries(district.sfcaPer100Households)) {
    properties[`sfca_m2_per_100_households_${type}`] = finiteOrNull(value);
  }
  for (const indicator of district.indicators) {
    properties[`indicator_${indicator.id}_value`] = finiteOrNull(indicator.value);
    properties[`indicator_${indicator.id}_threshold`] = finiteOrNull(indicator.threshold);
    properties[`indicator_${indicator.id}_pass`] = indicator.pass;
  }
  if (district.populationOnNetwork !== undefined) {
    properties.population_on_network = finiteOrNull(district.populationOnNetwork);
    properties.population_on_network_percent = finiteOrNull(district.populationOnNetworkPercent);
  }
  const rollUpColumns = rollUpColumnsOf([district.rollUp]);
  if (rollUpColumns) {
    for (const [name, value] of rollUpFields(district.rollUp, rollUpColumns)) {
      properties[name] = typeof value === 'number' ? finiteOrNull(value) : value;
    }
  }
  return properties;
}

function signedArea(ring: Position[]): number {
  let twice = 0;
  for (let index = 0; index + 1 < ring.length; index++) {
    const a = ring[index] as Position;
    const b = ring[index + 1] as Position;
    twice += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return twice / 2;
}

function wind(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const counterClockwise = signedArea(ring) > 0;
    return counterClockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

function rfc7946Geometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: wind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(wind) };
}

/**
 * One Polygon/MultiPolygon feature per district result (in results order), with the geometry of the district of the
 * same id, the figures as properties (keys as the CSV columns; unrounded numbers; null for figures that are not
 * finite) and the feature id = district id. Results without a matching district are left out; the population
 * outside every district and the whole-grid totals are in the `lifecircle.totals` member.
 */
export function resultsToGeoJson(results: Results, districts: readonly District[]): ResultsGeoJson {
  const byId = new Map(districts.map((district) => [district.id, district]));
  const features: Feature<Polygon | MultiPolygon, DistrictResultProperties>[] = [];
  for (const result of results.districts) {
    const district = byId.get(result.id);
    if (!district) continue;
    features.push({
      type: 'Feature',
      id: result.id,
      geometry: rfc7946Geometry(district.geometry),
      properties: propertiesOf(result),
    });
  }
  return {
    type: 'FeatureCollection',
    lifecircle: { format: 'lifecircle-results', version: 1, method: results.method, totals: results.totals },
    features,
  };
}
