/**
 * Work limits of vector files checked before they are expanded (issue 15): a TopoJSON arc may be referenced any
 * number of times, so a 32 KB file can expand to millions of vertices (1.5 GB before this check), and a
 * GeometryCollection may nest until a recursive reader exhausts the stack.
 */
import { ok, type Result } from '../../model/result';
import { MAX_DISTRICT_VERTICES } from './limits';
import { importFail } from './messages';

/** Deepest GeometryCollection nesting read; GeoJSON files in practice nest none. */
export const MAX_GEOMETRY_NESTING = 8;

/** Most vertices a TopoJSON layer may expand to (the district limit: no kind needs more from a topology). */
const MAX_TOPOJSON_VERTICES = MAX_DISTRICT_VERTICES;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `geometry-nesting-too-deep` when a GeometryCollection nests deeper than {@link MAX_GEOMETRY_NESTING}. */
export function checkGeometryNesting(geometry: unknown): Result<void> {
  // Breadth-first with explicit levels: no recursion, so the check itself cannot overflow the stack.
  let level: unknown[] = [geometry];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_GEOMETRY_NESTING)
      return importFail('geometry-nesting-too-deep', { depth: MAX_GEOMETRY_NESTING });
    const next: unknown[] = [];
    for (const item of level) {
      if (isObject(item) && Array.isArray(item.geometries)) next.push(...item.geometries);
    }
    level = next;
  }
  return ok(undefined);
}

/** Length of arc `index` (negative: reversed arc ~index), or -1 when it does not exist. */
function arcLength(arcs: readonly unknown[], index: unknown): number {
  if (typeof index !== 'number' || !Number.isInteger(index)) return -1;
  const arc = arcs[index < 0 ? ~index : index];
  return Array.isArray(arc) ? arc.length : -1;
}

/** Vertices of an `arcs` member nested `depth` levels (LineString 1, Polygon 2, MultiPolygon 3), or -1 if broken. */
function arcsVertexCount(arcs: readonly unknown[], references: unknown, depth: number): number {
  if (!Array.isArray(references)) return -1;
  let count = 0;
  for (const reference of references) {
    const vertices = depth === 1 ? arcLength(arcs, reference) : arcsVertexCount(arcs, reference, depth - 1);
    if (vertices < 0) return -1;
    count += vertices;
  }
  return count;
}

/** Nesting of `arcs` per geometry type; a Map, since the type is a string from the file (`__proto__`, …). */
const ARC_DEPTH = new Map<unknown, number>([
  ['LineString', 1],
  ['MultiLineString', 2],
  ['Polygon', 2],
  ['MultiPolygon', 3],
]);

/**
 * The vertices a TopoJSON object expands to, counted from its arc references without expanding them. Errors:
 * `geometry-nesting-too-deep`, `topojson-invalid` (a reference to a missing arc), `topojson-too-many-vertices`.
 */
export function checkTopologyExpansion(arcs: readonly unknown[], object: unknown): Result<number> {
  const nesting = checkGeometryNesting(object);
  if (!nesting.ok) return nesting;
  let total = 0;
  const pending: unknown[] = [object];
  while (pending.length > 0) {
    const geometry = pending.pop();
    if (!isObject(geometry)) continue;
    if (Array.isArray(geometry.geometries)) {
      pending.push(...geometry.geometries);
      continue;
    }
    const depth = ARC_DEPTH.get(geometry.type);
    if (depth === undefined) continue;
    const vertices = arcsVertexCount(arcs, geometry.arcs, depth);
    if (vertices < 0) return importFail('topojson-invalid', { reason: 'an arc reference points at no arc' });
    total += vertices;
    if (total > MAX_TOPOJSON_VERTICES) return importFail('topojson-too-many-vertices', { count: total });
  }
  return ok(total);
}
