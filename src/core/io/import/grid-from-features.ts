/**
 * Population grids from vector features (domain.md § Inputs, "GeoJSON polygons/points with a value"): each feature
 * is one cell whose centroid is the point, or the area centroid of the polygon; the cell area is the polygon's
 * area, or for points the area implied by their spacing (cell-area-estimate.ts).
 */
import type { Position } from 'geojson';
import { createToWgs84 } from '../../geo/crs';
import { createLocalProjector, projectXMeters, projectYMeters } from '../../geo/distance';
import type { PopulationGrid } from '../../model/grid';
import { fail, ok, type Result } from '../../model/result';
import { estimateCellArea } from '../cell-area-estimate';
import { chooseCrs, positionsOfGeometries } from './coordinates';
import { detectValueField, numberOf, summarizeFields } from './field-values';
import type { ImportOptions } from './import-types';
import { MAX_GRID_CELLS } from './limits';
import { importFail } from './messages';
import { isRecord, type VectorSource } from './vector-source';

/** A grid read from features, with the CRS and value field used. */
export interface FeatureGrid {
  grid: PopulationGrid;
  crsId: string;
  valueField: string;
  notes: string[];
}

interface CellShape {
  lon: number;
  lat: number;
  /** m², or NaN for points (estimated from spacing afterwards). */
  areaSquareMeters: number;
}

/** Centroid and area of polygons on a local plane centred on their first vertex (cell-sized: error ≪ 0.1%). */
function polygonShape(polygons: Position[][][]): CellShape | undefined {
  const origin = polygons[0]?.[0]?.[0];
  if (!origin) return undefined;
  const projector = createLocalProjector(origin[0] as number, origin[1] as number);
  let twiceArea = 0;
  let sumX = 0;
  let sumY = 0;
  for (const rings of polygons) {
    rings.forEach((ring, ringIndex) => {
      // Outer rings add, holes subtract, whatever their winding in the file.
      let ringTwice = 0;
      let ringX = 0;
      let ringY = 0;
      for (let index = 0; index + 1 < ring.length; index++) {
        const ax = projectXMeters(projector, (ring[index] as Position)[0] as number);
        const ay = projectYMeters(projector, (ring[index] as Position)[1] as number);
        const bx = projectXMeters(projector, (ring[index + 1] as Position)[0] as number);
        const by = projectYMeters(projector, (ring[index + 1] as Position)[1] as number);
        const cross = ax * by - bx * ay;
        ringTwice += cross;
        ringX += (ax + bx) * cross;
        ringY += (ay + by) * cross;
      }
      const sign = Math.sign(ringTwice) * (ringIndex === 0 ? 1 : -1);
      twiceArea += sign * ringTwice;
      sumX += sign * ringX;
      sumY += sign * ringY;
    });
  }
  if (!(twiceArea > 0)) return undefined;
  const x = sumX / (3 * twiceArea);
  const y = sumY / (3 * twiceArea);
  return {
    lon: projector.centerLon + x / projector.metersPerDegreeLon,
    lat: projector.centerLat + y / projector.metersPerDegreeLat,
    areaSquareMeters: twiceArea / 2,
  };
}

function convertPositions(value: unknown, toWgs84: (x: number, y: number) => [number, number]): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number' && typeof value[1] === 'number') return toWgs84(value[0], value[1]);
  return value.map((item) => convertPositions(item, toWgs84));
}

function shapeOf(
  geometry: unknown,
  toWgs84: (x: number, y: number) => [number, number],
): CellShape | 'wrong-type' | undefined {
  if (!isRecord(geometry)) return 'wrong-type';
  const coordinates = convertPositions(geometry.coordinates, toWgs84);
  if (geometry.type === 'Point' && Array.isArray(coordinates)) {
    const [lon, lat] = coordinates as number[];
    return typeof lon === 'number' && typeof lat === 'number'
      ? { lon, lat, areaSquareMeters: Number.NaN }
      : undefined;
  }
  if (geometry.type === 'Polygon') return polygonShape([coordinates as Position[][]]);
  if (geometry.type === 'MultiPolygon') return polygonShape(coordinates as Position[][][]);
  return 'wrong-type';
}

/**
 * Reads features as one population layer (`options.layerId`, default `total`) from the numeric field
 * `options.valueField` (default: detected from field-values.ts). Empty values are skipped and counted; the CRS is
 * chosen as for districts. Errors: `grid-too-large`, `grid-no-value-field`, `grid-value-invalid`,
 * `grid-value-negative`, `geometry-type`, `grid-duplicate-cell`, `grid-empty`, `csv-cell-area-unknown`, and the
 * coordinate codes of coordinates.ts.
 */
export function gridFromFeatures(source: VectorSource, options: ImportOptions): Result<FeatureGrid> {
  const features = source.features;
  if (features.length > MAX_GRID_CELLS) return importFail('grid-too-large', { count: features.length });
  const fields = summarizeFields(features.map((feature) => feature.properties));
  const valueField = options.valueField ?? detectValueField(fields);
  if (valueField === undefined) {
    const numeric = fields.filter((field) => field.numeric).map((field) => field.name);
    return importFail('grid-no-value-field', { fields: numeric.join(', ') });
  }
  const chosen = chooseCrs(
    positionsOfGeometries(features.map((feature) => feature.geometry)),
    options.crs,
    source.declaredCrs,
  );
  if (!chosen.ok) return chosen;
  const toWgs84 = createToWgs84(chosen.value.crs);
  const shapes: CellShape[] = [];
  const values: number[] = [];
  const firstItemAt = new Map<string, number>();
  let skipped = 0;
  for (const [index, feature] of features.entries()) {
    const raw = feature.properties[valueField];
    const value = numberOf(raw);
    if (value === undefined) {
      skipped++;
      continue;
    }
    const item = index + 1;
    if (Number.isNaN(value))
      return importFail('grid-value-invalid', { item, value: String(raw), field: valueField });
    if (value < 0) return importFail('grid-value-negative', { item, value, field: valueField });
    const shape = shapeOf(feature.geometry, toWgs84);
    if (shape === 'wrong-type' || shape === undefined) {
      const found = isRecord(feature.geometry) ? String(feature.geometry.type) : 'no geometry';
      return importFail('geometry-type', {
        feature: item,
        found,
        kind: 'grid',
        expected: 'Point, Polygon or MultiPolygon',
      });
    }
    const key = `${shape.lon},${shape.lat}`;
    const first = firstItemAt.get(key);
    if (first !== undefined) {
      return importFail('grid-duplicate-cell', { cell: `${shape.lon}, ${shape.lat}`, first, second: item });
    }
    firstItemAt.set(key, item);
    shapes.push(shape);
    values.push(value);
  }
  if (shapes.length === 0) return importFail('grid-empty');
  const grid: PopulationGrid = {
    cellCount: shapes.length,
    lon: Float64Array.from(shapes, (shape) => shape.lon),
    lat: Float64Array.from(shapes, (shape) => shape.lat),
    cellAreaSquareMeters: Float32Array.from(shapes, (shape) => shape.areaSquareMeters),
    layers: { [options.layerId ?? 'total']: Float32Array.from(values) },
  };
  const notes = [...source.notes];
  if (shapes.some((shape) => Number.isNaN(shape.areaSquareMeters))) {
    const estimate = estimateCellArea(grid.lon, grid.lat);
    if (!estimate)
      return fail('csv-cell-area-unknown', 'Cannot estimate the cell area of fewer than two points.');
    grid.cellAreaSquareMeters = grid.cellAreaSquareMeters.map((area) =>
      Number.isNaN(area) ? estimate.cellAreaSquareMeters : area,
    );
    notes.push(
      `Point cells given ${Math.round(estimate.cellAreaSquareMeters)} m² each from their ${estimate.lattice} spacing.`,
    );
  }
  if (skipped > 0) notes.push(`${skipped} features with an empty "${valueField}" skipped.`);
  return ok({ grid, crsId: chosen.value.crs.id, valueField, notes });
}
