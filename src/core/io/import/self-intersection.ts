/**
 * Crossing edges of a polygon (polygon-validity.ts refuses them). The polygon's box is halved, across its longer
 * side, until few edges share a box, and only edges in one box are compared: near-linear for boundaries, where the
 * x-sweep this replaces spent 42 s on a valid 80,000-edge comb whose edges all overlap in x. A shared budget bounds
 * the work of one file, so a fan of edges through one point ends in `too-complex`, not a stall.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Most segment–pair tests and segment placements of one file's checks: about a second of work. */
const MAX_CROSSING_WORK = 40_000_000;
/** Boxes with at most this many segments test every pair. */
const LEAF_SEGMENTS = 32;
const MAX_SPLIT_DEPTH = 48;

/** Work left for the crossing checks of one file; past zero they stop with `too-complex`. */
interface CrossingBudget {
  work: number;
}

/** A budget of about a second of crossing checks, to share between the polygons of one file. */
export function createCrossingBudget(): CrossingBudget {
  return { work: MAX_CROSSING_WORK };
}

/** What {@link findSelfIntersection} found: a crossing point, none, or too much work to tell. */
export type CrossingSearch =
  | { kind: 'crossing'; point: Position }
  | { kind: 'none' }
  | { kind: 'too-complex' };

/** The edges of one polygon as columns: ends (a, b), ring, index in the ring and the ring's edge count. */
interface Edges {
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  ring: Int32Array;
  index: Int32Array;
  ringEdges: Int32Array;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function edgesOf(rings: Position[][]): Edges {
  const count = rings.reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);
  const edges: Edges = {
    ax: new Float64Array(count),
    ay: new Float64Array(count),
    bx: new Float64Array(count),
    by: new Float64Array(count),
    ring: new Int32Array(count),
    index: new Int32Array(count),
    ringEdges: new Int32Array(count),
  };
  let e = 0;
  rings.forEach((ring, ringIndex) => {
    for (let index = 0; index + 1 < ring.length; index++, e++) {
      const a = ring[index] as Position;
      const b = ring[index + 1] as Position;
      edges.ax[e] = a[0] as number;
      edges.ay[e] = a[1] as number;
      edges.bx[e] = b[0] as number;
      edges.by[e] = b[1] as number;
      edges.ring[e] = ringIndex;
      edges.index[e] = index;
      edges.ringEdges[e] = ring.length - 1;
    }
  });
  return edges;
}

function side(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return cross > 0 ? 1 : cross < 0 ? -1 : 0;
}

/** Crossing point of edges s and t when they cross properly (each one's ends strictly on both sides of the other). */
function crossing(edges: Edges, s: number, t: number): Position | undefined {
  const { ax, ay, bx, by } = edges;
  const sax = ax[s] as number;
  const say = ay[s] as number;
  const sbx = bx[s] as number;
  const sby = by[s] as number;
  const tax = ax[t] as number;
  const tay = ay[t] as number;
  const tbx = bx[t] as number;
  const tby = by[t] as number;
  if (side(sax, say, sbx, sby, tax, tay) * side(sax, say, sbx, sby, tbx, tby) >= 0) return undefined;
  if (side(tax, tay, tbx, tby, sax, say) * side(tax, tay, tbx, tby, sbx, sby) >= 0) return undefined;
  const d = (sbx - sax) * (tby - tay) - (sby - say) * (tbx - tax);
  const u = ((tax - sax) * (tby - tay) - (tay - say) * (tbx - tax)) / d;
  return [sax + u * (sbx - sax), say + u * (sby - say)];
}

function adjacent(edges: Edges, s: number, t: number): boolean {
  if (edges.ring[s] !== edges.ring[t]) return false;
  const gap = Math.abs((edges.index[s] as number) - (edges.index[t] as number));
  return gap === 1 || gap === (edges.ringEdges[s] as number) - 1;
}

/** True when edge e meets the closed box: bounding boxes overlap and the corners are not all on one side. */
function touchesBox(edges: Edges, e: number, box: Box): boolean {
  const ax = edges.ax[e] as number;
  const ay = edges.ay[e] as number;
  const bx = edges.bx[e] as number;
  const by = edges.by[e] as number;
  if (Math.max(ax, bx) < box.minX || Math.min(ax, bx) > box.maxX) return false;
  if (Math.max(ay, by) < box.minY || Math.min(ay, by) > box.maxY) return false;
  const a = side(ax, ay, bx, by, box.minX, box.minY);
  const b = side(ax, ay, bx, by, box.maxX, box.minY);
  const c = side(ax, ay, bx, by, box.maxX, box.maxY);
  const d = side(ax, ay, bx, by, box.minX, box.maxY);
  return !(a === b && b === c && c === d && a !== 0);
}

function crossingAmongAll(edges: Edges, list: Int32Array, budget: CrossingBudget): Position | undefined {
  budget.work -= (list.length * (list.length - 1)) / 2;
  if (budget.work < 0) return undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as number;
    for (let j = i + 1; j < list.length; j++) {
      const t = list[j] as number;
      if (adjacent(edges, s, t)) continue;
      const point = crossing(edges, s, t);
      if (point) return point;
    }
  }
  return undefined;
}

function halvesOf(box: Box, splitX: boolean): [Box, Box] {
  if (splitX) {
    const middle = (box.minX + box.maxX) / 2;
    return [
      { ...box, maxX: middle },
      { ...box, minX: middle },
    ];
  }
  const middle = (box.minY + box.maxY) / 2;
  return [
    { ...box, maxY: middle },
    { ...box, minY: middle },
  ];
}

function inside(edges: Edges, list: Int32Array, box: Box): Int32Array {
  const kept = new Int32Array(list.length);
  let count = 0;
  for (const e of list) if (touchesBox(edges, e, box)) kept[count++] = e;
  return kept.subarray(0, count);
}

/** The edges meeting each half, cut across the longer side, else across the other when that separates none. */
function split(edges: Edges, list: Int32Array, box: Box, budget: CrossingBudget) {
  const longerX = box.maxX - box.minX >= box.maxY - box.minY;
  for (const splitX of [longerX, !longerX]) {
    budget.work -= 2 * list.length;
    const parts = halvesOf(box, splitX).map((half) => ({ half, list: inside(edges, list, half) }));
    if (parts.every((part) => part.list.length < list.length)) return parts;
  }
  return undefined;
}

/** A crossing among `list` inside `box`; two crossing edges both meet every box around their crossing. */
function crossingIn(
  edges: Edges,
  list: Int32Array,
  box: Box,
  depth: number,
  budget: CrossingBudget,
): Position | undefined {
  if (budget.work < 0) return undefined;
  if (list.length <= LEAF_SEGMENTS || depth >= MAX_SPLIT_DEPTH) return crossingAmongAll(edges, list, budget);
  const parts = split(edges, list, box, budget);
  // Every edge through both halves either way (a fan through one point): compare them all.
  if (parts === undefined) return crossingAmongAll(edges, list, budget);
  for (const part of parts) {
    const point = crossingIn(edges, part.list, part.half, depth + 1, budget);
    if (point || budget.work < 0) return point;
  }
  return undefined;
}

function boxOf(edges: Edges): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let e = 0; e < edges.ax.length; e++) {
    box.minX = Math.min(box.minX, edges.ax[e] as number, edges.bx[e] as number);
    box.maxX = Math.max(box.maxX, edges.ax[e] as number, edges.bx[e] as number);
    box.minY = Math.min(box.minY, edges.ay[e] as number, edges.by[e] as number);
    box.maxY = Math.max(box.maxY, edges.ay[e] as number, edges.by[e] as number);
  }
  return box;
}

/**
 * A point where two edges of one polygon (outer ring and holes together) cross, `none`, or `too-complex` when
 * telling would take more work than `budget` has left. Edges that touch at a vertex or run along each other are
 * accepted (the even–odd rule of point-in-polygon.ts gives every other point the same answer).
 */
export function findSelfIntersection(
  geometry: Polygon | MultiPolygon,
  budget: CrossingBudget = createCrossingBudget(),
): CrossingSearch {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    const edges = edgesOf(rings);
    const all = Int32Array.from({ length: edges.ax.length }, (_, e) => e);
    const point = crossingIn(edges, all, boxOf(edges), 0, budget);
    if (point) return { kind: 'crossing', point };
    if (budget.work < 0) return { kind: 'too-complex' };
  }
  return { kind: 'none' };
}
