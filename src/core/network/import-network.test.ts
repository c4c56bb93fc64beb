import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dbfFile, shpFile } from '../../../test/fixtures/import/shapefile-writer';
import { createFromWgs84, resolveCrs } from '../geo/crs';
import { importNetworkFile } from './import-network';
import { at, networkOf, street } from './network.fixture';
import { encodeNetworkFile } from './network-file';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/real');
const utm = resolveCrs('EPSG:32650');
if (!utm.ok) throw new Error('EPSG:32650');
const toUtm = createFromWgs84(utm.value);

// Two streets in metres around 114.3° E, 30.6° N: 300 m east–west and 200 m north–south, crossing.
const wgs84Streets = [street(0, 0, 300, 0), street(150, -100, 150, 100)];
const reference = networkOf(wgs84Streets);
const utmLines = wgs84Streets.map((feature) =>
  feature.geometry.coordinates.map(([lon, lat]) => toUtm(lon as number, lat as number)),
);

function codeOf(result: ReturnType<typeof importNetworkFile>): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('importing a street network file', () => {
  it('reads GeoJSON lines in WGS 84, plain or gzipped, as the canonical network', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: wgs84Streets });
    const plain = importNetworkFile({ name: 'streets.geojson', bytes: new TextEncoder().encode(text) });
    const zipped = importNetworkFile({
      name: 'streets.geojson.gz',
      bytes: gzipSync(new TextEncoder().encode(text)),
    });
    if (!(plain.ok && zipped.ok)) throw new Error('import');
    expect(plain.value).toEqual({ network: reference, crsId: 'EPSG:4326', crsAssumed: true });
    expect(zipped.value.network).toEqual(reference);
  });

  it('asks for the CRS of projected lines and converts them with the one given', () => {
    const features = utmLines.map((coordinates) => ({
      type: 'Feature',
      properties: { highway: 'residential' },
      geometry: { type: 'LineString', coordinates },
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(codeOf(importNetworkFile({ name: 'utm.geojson', bytes }))).toBe('crs-required');
    const read = importNetworkFile({ name: 'utm.geojson', bytes }, { crs: 'EPSG:32650' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.crsId).toBe('EPSG:32650');
    expect(read.value.network.nodeCount).toBe(reference.nodeCount);
    // Back from UTM within a few millimetres: the same 7-decimal nodes or their neighbours 1e-7° away.
    for (let node = 0; node < reference.nodeCount; node++) {
      expect(
        Math.abs((read.value.network.lonE7[node] as number) - (reference.lonE7[node] as number)),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('reads zipped Shapefile lines with their .prj', () => {
    const shp = shpFile(utmLines.map((line) => ({ type: 'polygon' as const, rings: [line] })));
    // The writer makes polygons (type 5); lines (PolyLine, type 3) have the same layout.
    const view = new DataView(shp.buffer);
    view.setInt32(32, 3, true);
    for (let offset = 100; offset < shp.length; offset += 8 + 2 * view.getInt32(offset + 4))
      view.setInt32(offset + 8, 3, true);
    const prj =
      'PROJCS["WGS_1984_UTM_Zone_50N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const zip = zipSync({
      'streets.shp': shp,
      'streets.dbf': dbfFile([{ name: 'highway', values: ['residential', 'primary'] }]),
      'streets.prj': new TextEncoder().encode(prj),
    });
    const read = importNetworkFile({ name: 'streets.zip', bytes: zip });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.crsId).toBe('EPSG:32650');
    expect(read.value.network.nodeCount).toBe(reference.nodeCount);
    expect(read.value.network.edgeCount).toBe(reference.edgeCount);
  });

  it('reads OSM PBF extracts and prepared .lcnet files', () => {
    const pbf = importNetworkFile({
      name: 'spo.osm.pbf',
      bytes: new Uint8Array(readFileSync(join(fixtures, 'spo_osm.pbf'))),
    });
    expect(pbf.ok ? pbf.value.network.nodeCount : pbf.error.code).toBe(27_116);
    const prepared = importNetworkFile({ name: 'any.bin', bytes: encodeNetworkFile(reference) });
    expect(prepared.ok ? prepared.value.network : prepared.error.code).toEqual(reference);
  });

  it('refuses files without lines', () => {
    const points = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: at(0, 0) } }],
    };
    const bytes = new TextEncoder().encode(JSON.stringify(points));
    expect(codeOf(importNetworkFile({ name: 'points.geojson', bytes }))).toBe('network-no-lines');
    expect(codeOf(importNetworkFile({ name: 'empty.geojson', bytes: new Uint8Array(0) }))).toBe('file-empty');
  });
});
