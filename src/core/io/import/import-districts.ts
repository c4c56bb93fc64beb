/**
 * District polygons from any vector file (GeoJSON, TopoJSON, zipped Shapefile) through the existing GeoJSON reader
 * (districts.ts): CRS chosen and checked here, geometry repaired or refused here (domain.md § Inputs, "Districts").
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { createToWgs84 } from '../../geo/crs';
import type { District } from '../../model/district';
import { ok, type Result } from '../../model/result';
import { NAME_FIELD_CANDIDATES, parseDistrictsGeoJson } from '../districts';
import { chooseCrs, positionsOfGeometries } from './coordinates';
import type { ImportedDistricts, ImportIssue, ImportOptions } from './import-types';
import { MAX_DISTRICT_FEATURES, MAX_DISTRICT_VERTICES } from './limits';
import { importFail, importIssue } from './messages';
import { type RepairCounts, repairPolygon } from './polygon-validity';
import { type CrossingSearch, createCrossingBudget, findSelfIntersection } from './self-intersection';
import type { RawFeature, VectorSource } from './vector-source';

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The feature's polygon in file coordinates, when it is one (the reader has already checked its shape). */
function sourcePolygon(feature: RawFeature | undefined): Polygon | MultiPolygon | undefined {
  const geometry = feature?.geometry as { type?: unknown } | undefined;
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon'
    ? (geometry as Polygon | MultiPolygon)
    : undefined;
}

/**
 * Repairs every district's rings and refuses crossing edges (polygon-validity.ts). Crossings are looked for in the
 * file's own coordinates, where the boundary was drawn: a curved conversion (GCJ-02, a projection) can turn a
 * vertex lying exactly on another edge into a crossing a millionth of a degree long.
 */
function repairDistricts(
  districts: District[],
  features: RawFeature[],
  toWgs84: ((x: number, y: number) => [number, number]) | undefined,
  warnings: ImportIssue[],
): Result<District[]> {
  const counts: RepairCounts = { rings: 0, duplicates: 0, spikes: 0, droppedRings: 0 };
  const repaired: District[] = [];
  const budget = createCrossingBudget();
  for (const [index, district] of districts.entries()) {
    const geometry = repairPolygon(district.geometry, counts);
    if (geometry === undefined) {
      return importFail('districts-collapsed', { name: district.name });
    }
    const source = sourcePolygon(features[index]);
    const sourceRepaired =
      source && repairPolygon(source, { rings: 0, duplicates: 0, spikes: 0, droppedRings: 0 });
    const search: CrossingSearch = sourceRepaired
      ? findSelfIntersection(sourceRepaired, budget)
      : { kind: 'none' };
    if (search.kind === 'too-complex') return importFail('districts-too-complex', { name: district.name });
    if (search.kind === 'crossing') {
      const crossing = search.point;
      const [lon, lat] = toWgs84 ? toWgs84(crossing[0] as number, crossing[1] as number) : crossing;
      return importFail('districts-self-intersection', {
        name: district.name,
        lon: round(lon as number),
        lat: round(lat as number),
      });
    }
    repaired.push({ ...district, geometry });
  }
  if (counts.rings > 0 || counts.droppedRings > 0) {
    warnings.push(
      importIssue('districts-repaired', {
        count: counts.rings + counts.droppedRings,
        duplicates: counts.duplicates,
        spikes: counts.spikes,
        dropped: counts.droppedRings,
      }),
    );
  }
  return ok(repaired);
}

/** A warning when the file's own feature ids repeat (the reader then falls back to a code field or the names). */
function duplicateFeatureIdWarning(features: RawFeature[], districts: District[]): ImportIssue | undefined {
  const ids = features.map((feature) => feature.id).filter((id) => id !== undefined && id !== null);
  if (ids.length !== features.length) return undefined;
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated === undefined) return undefined;
  const source = districts.every((district) => district.id === district.name) ? 'the names' : 'a code field';
  return importIssue('districts-duplicate-feature-ids', { id: String(repeated), source });
}

/** The name field the reader would pick, or undefined when the user must choose. */
export function detectDistrictNameField(features: RawFeature[]): string | undefined {
  return NAME_FIELD_CANDIDATES.find((field) =>
    features.every((feature) => {
      const value = feature.properties[field];
      return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
    }),
  );
}

/**
 * Reads a {@link VectorSource} as districts in WGS 84. The CRS is `options.crs`, else the file's, else WGS 84 when
 * every coordinate is a longitude/latitude (never a guess for projected numbers: `crs-required`). Rings are repaired
 * (repeated vertices, spikes, zero-area rings: one `districts-repaired` warning) and crossing edges refused
 * (`districts-self-intersection`). Errors also: `districts-too-many`, `districts-too-many-vertices`, the
 * coordinate codes of coordinates.ts and the `districts-…` codes of districts.ts.
 */
export function importDistricts(
  source: VectorSource,
  options: ImportOptions,
  fileName: string,
): Result<ImportedDistricts> {
  if (source.features.length > MAX_DISTRICT_FEATURES) {
    return importFail('districts-too-many', { count: source.features.length });
  }
  const positions = positionsOfGeometries(source.features.map((feature) => feature.geometry));
  if (positions.x.length > MAX_DISTRICT_VERTICES) {
    return importFail('districts-too-many-vertices', { count: positions.x.length });
  }
  const chosen = chooseCrs(positions, options.crs, source.declaredCrs);
  if (!chosen.ok) return chosen;
  const { crs, assumed } = chosen.value;
  const collection = {
    type: 'FeatureCollection',
    features: source.features.map((feature) => ({ type: 'Feature', ...feature })),
  };
  const readerOptions: Parameters<typeof parseDistrictsGeoJson>[1] = {};
  if (options.nameField !== undefined) readerOptions.nameField = options.nameField;
  if (options.idField !== undefined) readerOptions.idField = options.idField;
  if (crs.kind !== 'geographic' || crs.proj4 !== undefined) readerOptions.toWgs84 = createToWgs84(crs);
  const parsed = parseDistrictsGeoJson(collection, readerOptions);
  if (!parsed.ok) return parsed;
  const warnings = [...source.warnings];
  const repaired = repairDistricts(parsed.value, source.features, readerOptions.toWgs84, warnings);
  if (!repaired.ok) return repaired;
  const duplicateIds = duplicateFeatureIdWarning(source.features, repaired.value);
  if (duplicateIds) warnings.push(duplicateIds);
  const notes = [...source.notes];
  if (assumed)
    notes.push(
      'The file names no coordinate system; its coordinates are longitude/latitude, read as WGS 84.',
    );
  else if (crs.id !== 'EPSG:4326')
    notes.push(`Coordinates converted from ${crs.name} (${crs.id}) to WGS 84.`);
  const nameField = options.nameField ?? detectDistrictNameField(source.features) ?? '';
  return ok({
    kind: 'districts',
    fileName,
    format: source.format,
    crsId: crs.id,
    districts: repaired.value,
    nameField,
    warnings,
    notes,
  });
}
