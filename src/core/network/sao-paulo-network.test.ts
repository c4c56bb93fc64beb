/**
 * Real data (issue 13, "Done when"): on the São Paulo walking network (OSM, ODbL) and H3 hexagon grid (Ipea, MIT),
 * the engine's network coverage equals, to the last cell, an independent computation written here: its own reading
 * of the canonical rule of domain.md § Walking-network distance, string-keyed nodes, Float64 lengths, brute-force
 * snapping and a plain Dijkstra over adjacency lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCatchmentBuffer } from '../analysis/catchment';
import { createEngine } from '../analysis/engine';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import type { PopulationGrid } from '../model/grid';
import { createNetworkDistanceProvider } from './network-distance-provider';
import { networkFromGeoJson } from './network-geojson';
import { offNetworkFacilityIds } from './network-population';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/real');

// ---- The independent reference -------------------------------------------------------------------------------

function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = 6371008.8;
  const toRad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * toRad) / 2) ** 2 +
    Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(((lon2 - lon1) * toRad) / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
}

interface ReferenceGraph {
  lon: number[];
  lat: number[];
  neighbours: [number, number][][];
}

function referenceGraph(geojson: {
  features: { properties: { highway?: string }; geometry: { type: string; coordinates: unknown } }[];
}): ReferenceGraph {
  const graph: ReferenceGraph = { lon: [], lat: [], neighbours: [] };
  const ids = new Map<string, number>();
  const node = (lon: number, lat: number): number => {
    const roundedLon = Math.round(lon * 1e7);
    const roundedLat = Math.round(lat * 1e7);
    const key = `${roundedLon},${roundedLat}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = graph.lon.length;
      ids.set(key, id);
      graph.lon.push(roundedLon / 1e7);
      graph.lat.push(roundedLat / 1e7);
      graph.neighbours.push([]);
    }
    return id;
  };
  const link = (a: number, b: number): void => {
    if (a === b) return;
    const length = haversine(
      graph.lon[a] as number,
      graph.lat[a] as number,
      graph.lon[b] as number,
      graph.lat[b] as number,
    );
    graph.neighbours[a]?.push([b, length]);
    graph.neighbours[b]?.push([a, length]);
  };
  for (const feature of geojson.features) {
    if (feature.properties.highway === 'motorway' || feature.properties.highway === 'motorway_link') continue;
    const lines = (
      feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    ) as number[][][];
    for (const line of lines) {
      for (let k = 0; k + 1 < line.length; k++) {
        const a = node(line[k]?.[0] as number, line[k]?.[1] as number);
        const b = node(line[k + 1]?.[0] as number, line[k + 1]?.[1] as number);
        if (a === b) continue;
        const [aLon, aLat, bLon, bLat] = [graph.lon[a], graph.lat[a], graph.lon[b], graph.lat[b]] as number[];
        const length = haversine(aLon as number, aLat as number, bLon as number, bLat as number);
        const parts = length > 50 ? Math.ceil(length / 50) : 1;
        let previous = a;
        for (let part = 1; part < parts; part++) {
          const next = node(
            (aLon as number) + (((bLon as number) - (aLon as number)) * part) / parts,
            (aLat as number) + (((bLat as number) - (aLat as number)) * part) / parts,
          );
          link(previous, next);
          previous = next;
        }
        link(previous, b);
      }
    }
  }
  return graph;
}

function referenceSnap(
  graph: ReferenceGraph,
  lon: number,
  lat: number,
): { node: number; meters: number } | null {
  let best = -1;
  let bestMeters = Number.POSITIVE_INFINITY;
  for (let node = 0; node < graph.lon.length; node++) {
    const meters = haversine(lon, lat, graph.lon[node] as number, graph.lat[node] as number);
    if (meters < bestMeters) {
      bestMeters = meters;
      best = node;
    }
  }
  return bestMeters <= 300 ? { node: best, meters: bestMeters } : null;
}

/** Plain Dijkstra with a binary heap of [distance, node] pairs, stopping past `bound`. */
function referenceDistances(
  graph: ReferenceGraph,
  source: number,
  start: number,
  bound: number,
): Map<number, number> {
  const settled = new Map<number, number>();
  const heap: [number, number][] = [[start, source]];
  const pop = (): [number, number] => {
    const top = heap[0] as [number, number];
    const last = heap.pop() as [number, number];
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && (heap[l] as [number, number])[0] < (heap[m] as [number, number])[0]) m = l;
        if (r < heap.length && (heap[r] as [number, number])[0] < (heap[m] as [number, number])[0]) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] as [number, number], heap[i] as [number, number]];
        i = m;
      }
    }
    return top;
  };
  const push = (entry: [number, number]): void => {
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((heap[p] as [number, number])[0] <= (heap[i] as [number, number])[0]) break;
      [heap[i], heap[p]] = [heap[p] as [number, number], heap[i] as [number, number]];
      i = p;
    }
  };
  while (heap.length > 0) {
    const [distance, node] = pop();
    if (settled.has(node)) continue;
    settled.set(node, distance);
    for (const [next, length] of graph.neighbours[node] ?? []) {
      if (!settled.has(next) && distance + length <= bound) push([distance + length, next]);
    }
  }
  return settled;
}

// ---- The inputs ------------------------------------------------------------------------------------------------

const geojson = JSON.parse(
  gunzipSync(readFileSync(join(fixtures, 'spo_walk_network_osm.geojson.gz'))).toString('utf8'),
);
const rows = readFileSync(join(fixtures, 'spo_hexgrid.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const grid: PopulationGrid = {
  cellCount: rows.length,
  lon: Float64Array.from(rows, (row) => Number(row[1])),
  lat: Float64Array.from(rows, (row) => Number(row[2])),
  cellAreaSquareMeters: new Float32Array(rows.length).fill(105_332),
  layers: { total: Float32Array.from(rows, (row) => Number(row[3])) },
};
const dataset: Dataset = {
  id: 'spo',
  name: 'São Paulo',
  grid,
  districts: [],
  districtOfCell: new Int32Array(rows.length).fill(-1),
  householdSize: 3,
  residentLayer: 'total',
  sourceCrs: 'EPSG:4326',
};

function facility(id: string, type: string, lon: number, lat: number, radiusMeters: number): Facility {
  return { id, name: id, type, status: 'existing', lon, lat, radiusMeters, floorAreaSquareMeters: 500 };
}

// Schools (radius 1,000 m) and health posts (500 m) at the centroids of the hexagons that have them, a pharmacy-like
// type (300 m) at points between cells, and two facilities west of the network's extent (off the network).
const facilities: Facility[] = [
  ...rows.flatMap((row, k) =>
    Number(row[4]) > 0 ? [facility(`school-${k}`, 'school', Number(row[1]), Number(row[2]), 1000)] : [],
  ),
  ...rows.flatMap((row, k) =>
    Number(row[6]) > 0 ? [facility(`health-${k}`, 'health', Number(row[1]), Number(row[2]), 500)] : [],
  ),
  ...rows
    .filter((_, k) => k % 9 === 0)
    .map((row, k) => facility(`small-${k}`, 'small', Number(row[1]) + 0.0011, Number(row[2]) - 0.0007, 300)),
  facility('far-1', 'school', -46.69, -23.55, 1000),
  facility('far-2', 'health', -46.675, -23.6, 500),
];

describe('São Paulo walking network against an independent Dijkstra', () => {
  const built = networkFromGeoJson(geojson);
  if (!built.ok) throw new Error(built.error.message);
  const provider = createNetworkDistanceProvider(grid, built.value);
  const reference = referenceGraph(geojson);
  const cellSnaps = Array.from({ length: grid.cellCount }, (_, cell) =>
    referenceSnap(reference, grid.lon[cell] as number, grid.lat[cell] as number),
  );

  function referenceCatchment(f: Facility): number[] {
    const snap = referenceSnap(reference, f.lon, f.lat);
    if (!snap || snap.meters > f.radiusMeters) return [];
    const distances = referenceDistances(reference, snap.node, snap.meters, f.radiusMeters);
    const cells: number[] = [];
    cellSnaps.forEach((cellSnap, cell) => {
      if (!cellSnap) return;
      const path = distances.get(cellSnap.node);
      if (path !== undefined && path + cellSnap.meters <= f.radiusMeters) cells.push(cell);
    });
    return cells;
  }

  it('builds the same canonical graph (node and edge counts)', () => {
    const directed = reference.neighbours.reduce(
      (sum, list) => sum + new Set(list.map(([next]) => next)).size,
      0,
    );
    expect(built.value.nodeCount).toBe(reference.lon.length);
    expect(2 * built.value.edgeCount).toBe(directed);
  });

  it('snaps the same cells off the network', () => {
    expect(Array.from(provider.cellSnapping.nodeOfCell, (node) => node >= 0)).toEqual(
      cellSnaps.map((snap) => snap !== null),
    );
  });

  it("lists every facility's catchment cell for cell", () => {
    const buffer = createCatchmentBuffer();
    let reached = 0;
    for (const f of facilities) {
      const count = provider.collect(f.lon, f.lat, f.radiusMeters, buffer, false);
      expect({ id: f.id, cells: Array.from(buffer.cells.subarray(0, count)) }).toEqual({
        id: f.id,
        cells: referenceCatchment(f),
      });
      reached += count;
    }
    expect(reached).toBeGreaterThan(500);
    expect(offNetworkFacilityIds(provider, facilities)).toEqual(['far-1', 'far-2']);
  });

  it("gives the engine's coverage of every type to the last cell", () => {
    const created = createEngine(dataset, { ruleSetId: null }, provider);
    if (!created.ok) throw new Error(created.error.message);
    const engine = created.value;
    expect(engine.setFacilities(facilities).ok).toBe(true);
    const straight = createEngine(dataset, { ruleSetId: null });
    if (!straight.ok) throw new Error(straight.error.message);
    straight.value.setFacilities(facilities);
    for (const type of ['school', 'health', 'small']) {
      const expected = new Uint8Array(grid.cellCount);
      for (const f of facilities)
        if (f.type === type) for (const cell of referenceCatchment(f)) expected[cell] = 1;
      const mask = engine.coverageMask(type);
      expect(Array.from(mask)).toEqual(Array.from(expected));
      // The network reaches less than the straight line, and not nothing.
      const covered = mask.reduce((sum, value) => sum + value, 0);
      const straightCovered = straight.value.coverageMask(type).reduce((sum, value) => sum + value, 0);
      expect(covered).toBeGreaterThan(0);
      expect(covered).toBeLessThan(straightCovered);
    }
    expect(engine.results().method.distance).toBe('network');
  });
});
