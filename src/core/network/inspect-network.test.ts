import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dbfFile, shpFile } from '../../../test/fixtures/import/shapefile-writer';
import { createFromWgs84, resolveCrs } from '../geo/crs';
import { importBatch, inspectFiles } from '../io/import/import-batch';
import type { ImportOptions } from '../io/import/import-types';
import { inspectFile } from '../io/import/inspect-file';
import { importStreetNetwork } from './inspect-network';
import { street } from './network.fixture';

const UTM_50N_PRJ =
  'PROJCS["WGS_1984_UTM_Zone_50N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** `features` as a zipped Shapefile of lines (PolyLine, type 3) in UTM zone 50N with its .prj. */
function utmShapefileZip(features: Feature<LineString>[]): Uint8Array {
  const utm = resolveCrs('EPSG:32650');
  if (!utm.ok) throw new Error('EPSG:32650');
  const toUtm = createFromWgs84(utm.value);
  const lines = features.map((feature) =>
    feature.geometry.coordinates.map(([lon, lat]) => toUtm(lon as number, lat as number)),
  );
  const shp = shpFile(lines.map((line) => ({ type: 'polygon' as const, rings: [line] })));
  // The writer makes polygons (type 5); lines have the same layout with type 3.
  const view = new DataView(shp.buffer);
  view.setInt32(32, 3, true);
  for (let offset = 100; offset < shp.length; offset += 8 + 2 * view.getInt32(offset + 4))
    view.setInt32(offset + 8, 3, true);
  return zipSync({
    'streets.shp': shp,
    'streets.dbf': dbfFile([{ name: 'highway', values: features.map(() => 'residential') }]),
    'streets.prj': new TextEncoder().encode(UTM_50N_PRJ),
  });
}

/** A GeoJSON file of `features` as the import path receives it. */
function file(name: string, features: Feature[]) {
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  return { name, blob: new Blob([bytes]), bytes };
}

/** A line of `lengthMeters` with a vertex every 25 m (under the 50 m densification): lengthMeters / 25 + 1 nodes. */
function line(xMeters: number, yMeters: number, lengthMeters: number): Feature {
  return street(xMeters, yMeters, xMeters + lengthMeters, yMeters);
}

describe('inspecting a street network file', () => {
  it('offers lines as a walking network with nodes, edges and extent counted by hand', async () => {
    // 300 m east–west (13 vertices) crossing 200 m north–south (9 vertices) at (150, 0): 21 nodes, 12 + 8 edges.
    const streets = file('streets.geojson', [street(0, 0, 300, 0), street(150, -100, 150, 100)]);
    const inspected = await inspectFile(streets);
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.kinds).toEqual(['network']);
    expect(inspected.value.suggested.kind).toBe('network');
    const summary = inspected.value.network;
    expect(summary && [summary.nodes, summary.edges, summary.largestComponentPercent]).toEqual([21, 20, 100]);
    expect(summary?.warnings).toEqual([]);
    // West and east ends at x = 0 and 300 m, south and north at y = -100 and 100 m, around 114.3° E, 30.6° N.
    const [west, south, east, north] = summary?.extent ?? [];
    expect(west).toBeCloseTo(114.3, 6);
    expect((east as number) - (west as number)).toBeCloseTo(
      300 / (111_195 * Math.cos((30.6 * Math.PI) / 180)),
      6,
    );
    expect((north as number) - (south as number)).toBeCloseTo(200 / 111_195, 6);
  });

  it('offers a zipped Shapefile of lines in UTM and an OSM .osm.pbf extract as a walking network', async () => {
    // The crossing streets of the first test, written in UTM 50N: the same 21 nodes and 20 edges once back in lon/lat.
    const zip = utmShapefileZip([
      street(0, 0, 300, 0) as Feature<LineString>,
      street(150, -100, 150, 100) as Feature<LineString>,
    ]);
    const shapefile = await inspectFile({ name: 'streets.zip', bytes: zip });
    if (!shapefile.ok) throw new Error(shapefile.error.message);
    expect(shapefile.value.kinds).toEqual(['network']);
    expect(shapefile.value.declaredCrs).toBe('EPSG:32650');
    expect(shapefile.value.network && [shapefile.value.network.nodes, shapefile.value.network.edges]).toEqual(
      [21, 20],
    );
    // São Paulo's extract: 27,116 nodes, the count of the independent osmium-derived GeoJSON (osm-pbf.test.ts).
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../../test/fixtures/real/spo_osm.pbf')),
    );
    const pbf = await inspectFile({ name: 'spo.osm.pbf', bytes });
    if (!pbf.ok) throw new Error(pbf.error.message);
    expect([pbf.value.format, pbf.value.kinds, pbf.value.network?.nodes]).toEqual([
      'osm-pbf',
      ['network'],
      27_116,
    ]);
  });

  it('warns, naming the share, when the largest connected part holds under 90% of the nodes', async () => {
    // 8 of 10 nodes: a 175 m street (8 vertices) and, 1 km away, a 25 m one (2 vertices).
    const eightOfTen = await inspectFile(file('8of10.geojson', [line(0, 0, 175), line(1000, 1000, 25)]));
    // 17 of 20: 400 m (17 vertices) and 50 m (3 vertices) — 85%.
    const seventeenOfTwenty = await inspectFile(
      file('17of20.geojson', [line(0, 0, 400), line(1000, 1000, 50)]),
    );
    // 18 of 20 is exactly 90%: no warning. 425 m (18 vertices) and 25 m (2 vertices).
    const eighteenOfTwenty = await inspectFile(
      file('18of20.geojson', [line(0, 0, 425), line(1000, 1000, 25)]),
    );
    if (!(eightOfTen.ok && seventeenOfTwenty.ok && eighteenOfTwenty.ok)) throw new Error('inspection');
    expect(eightOfTen.value.network?.nodes).toBe(10);
    expect(eightOfTen.value.network?.warnings).toEqual([
      expect.objectContaining({ code: 'network-fragmented', details: { percent: 80 } }),
    ]);
    expect(seventeenOfTwenty.value.network?.nodes).toBe(20);
    expect(seventeenOfTwenty.value.network?.warnings[0]?.details).toEqual({ percent: 85 });
    expect(eighteenOfTwenty.value.network?.nodes).toBe(20);
    expect(eighteenOfTwenty.value.network?.largestComponentPercent).toBe(90);
    expect(eighteenOfTwenty.value.network?.warnings).toEqual([]);
  });

  it('refuses a file of motorways only with network-no-lines, naming the file', async () => {
    const motorways = file('motorways.geojson', [
      street(0, 0, 300, 0, 'motorway'),
      street(0, 100, 300, 100, 'motorway_link'),
    ]);
    const [outcome] = await inspectFiles([{ name: motorways.name, blob: motorways.blob }]);
    expect(outcome?.ok ? 'ok' : outcome?.failure).toEqual({
      fileName: 'motorways.geojson',
      error: expect.objectContaining({ code: 'network-no-lines' }),
    });
  });

  it('refuses a network over the node limit with network-too-large', async () => {
    // Two lines 358° of longitude long (in 89.5° steps, so each step is the short way) at the equator and 1° N, cut
    // every 50 m: 358 × 111.2 km / 50 m ≈ 796,000 nodes each, 1.59 million in all, over the limit of 1,000,000.
    const lines = [0, 1].map((lat) => ({
      type: 'Feature' as const,
      properties: { highway: 'footway' },
      geometry: {
        type: 'LineString' as const,
        coordinates: [-179, -89.5, 0, 89.5, 179].map((lon) => [lon, lat]),
      },
    }));
    const inspected = await inspectFile(file('world.geojson', lines));
    expect(inspected.ok ? 'ok' : inspected.error.code).toBe('network-too-large');
  });
});

describe('importing a street network in a batch', () => {
  it('reports progress while it reads the lines: a tenth for the text, then every 5,000 features', async () => {
    // 12,000 segments of 20 m end to end: reports at the text (0.1) and at features 0, 5,000 and 10,000, that is
    // 0.1 + 0.9 × (0, 5/12, 10/12) = 0.1, 0.475, 0.85; then the batch's 1.
    const segments = Array.from({ length: 12_000 }, (_, k) => street(20 * k, 0, 20 * k + 20, 0));
    const streets = file('long.geojson', segments);
    const fractions: number[] = [];
    const outcome = await importBatch(
      [{ file: { name: streets.name, blob: streets.blob }, options: { kind: 'network' } }],
      (fraction) => fractions.push(fraction),
    );
    expect(outcome.ok && outcome.value.network?.network.nodeCount).toBe(12_001);
    expect(fractions).toHaveLength(5);
    [0.1, 0.1, 0.475, 0.85, 1].forEach((expected, index) => {
      expect(fractions[index]).toBeCloseTo(expected, 12);
    });
  });

  it('refuses two network files in one batch with several-network-files, naming both', async () => {
    const first = file('a.geojson', [line(0, 0, 175)]);
    const second = file('b.geojson', [line(0, 100, 175)]);
    const outcome = await importBatch([
      { file: { name: first.name, blob: first.blob }, options: { kind: 'network' } },
      { file: { name: second.name, blob: second.blob }, options: { kind: 'network' } },
    ]);
    expect(outcome.ok ? 'ok' : outcome.failure).toEqual({
      fileName: 'a.geojson + b.geojson',
      error: expect.objectContaining({ code: 'several-network-files' }),
    });
  });

  it('reads the network confirmed as walking network, with its fragmentation warning', async () => {
    const streets = file('8of10.geojson', [line(0, 0, 175), line(1000, 1000, 25)]);
    const fractions: number[] = [];
    const outcome = await importBatch(
      [{ file: { name: streets.name, blob: streets.blob }, options: { kind: 'network' } }],
      (fraction) => fractions.push(fraction),
    );
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.value.network?.fileName).toBe('8of10.geojson');
    expect(outcome.value.network?.network.nodeCount).toBe(10);
    expect(outcome.value.network?.warnings[0]?.details).toEqual({ percent: 80 });
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('the import after an inspection', () => {
  // 12,000 separate 100 m streets: the reader reports progress every 5,000 lines, so a read shows several steps.
  const streets = Array.from({ length: 12_000 }, (_, k) => street(0, 150 * k, 100, 150 * k));
  const progressOf = (input: { name: string; bytes: Uint8Array }, options: ImportOptions) => {
    const fractions: number[] = [];
    const imported = importStreetNetwork(input, options, (fraction) => fractions.push(fraction));
    if (!imported.ok) throw new Error(imported.error.message);
    return { fractions, nodes: imported.value.network.nodeCount };
  };

  it("takes the inspection's read of the same bytes and options instead of reading again, once", async () => {
    const input = file('streets.geojson', streets);
    const inspected = await inspectFile(input);
    if (!inspected.ok) throw new Error(inspected.error.message);
    // 12,000 streets of 100 m with a vertex every 25 m: 5 nodes each.
    expect(inspected.value.network?.nodes).toBe(60_000);
    const confirmed = inspected.value.suggested;
    const again = () => ({ name: input.name, bytes: input.bytes.slice() });
    expect(progressOf(again(), confirmed)).toEqual({ fractions: [1], nodes: 60_000 });
    // The read left with that import: the next one reads the file.
    expect(progressOf(again(), confirmed).fractions.length).toBeGreaterThan(2);
  });

  it('reads again when the bytes differ at the same name and length, or the options differ', async () => {
    const input = file('streets.geojson', streets);
    const inspected = await inspectFile(input);
    if (!inspected.ok) throw new Error(inspected.error.message);
    // One digit of the first coordinate changed: the same length, another file.
    const changed = input.bytes.slice();
    const digit = new TextDecoder().decode(changed).search(/\d\]/);
    changed[digit] = (changed[digit] as number) === 0x39 ? 0x38 : (changed[digit] as number) + 1;
    const read = progressOf({ name: input.name, bytes: changed }, inspected.value.suggested);
    expect(read.fractions.length).toBeGreaterThan(2);
    // The changed file's own network (its first street moved, densified differently), not the inspected one.
    expect(read.nodes).not.toBe(60_000);
    const inspectedAgain = await inspectFile(input);
    if (!inspectedAgain.ok) throw new Error(inspectedAgain.error.message);
    const otherLayer = progressOf(
      { name: input.name, bytes: input.bytes.slice() },
      { ...inspectedAgain.value.suggested, crs: 'EPSG:4490' },
    );
    expect(otherLayer.fractions.length).toBeGreaterThan(2);
  });
});
