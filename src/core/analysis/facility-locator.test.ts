import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInPolygon, ringsOf } from '../geo/point-in-polygon';
import type { District } from '../model/district';
import { createFacilityLocator } from './facility-locator';
import { fiveByFiveDataset } from './five-by-five.fixture';

const collection = JSON.parse(
  readFileSync(new URL('../../../data/wuhan_districts_osm_mapchina.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, { Code_County: string; Name_County: string }>;
const wuhan: District[] = collection.features.map((feature) => ({
  id: feature.properties.Code_County,
  name: feature.properties.Name_County,
  geometry: feature.geometry,
}));

/** The reference: the first district whose polygon contains the point (geo/point-in-polygon.ts). */
function reference(districts: District[], lon: number, lat: number): number {
  const index = districts.findIndex((district) => pointInPolygon(lon, lat, district.geometry));
  return index < 0 ? districts.length : index;
}

describe('facility locator', () => {
  it('puts facilities of the 5 × 5 fixture in West, East or outside', () => {
    const dataset = fiveByFiveDataset();
    const locate = createFacilityLocator(dataset.districts, 2);
    expect(locate(0.0005, 0)).toBe(0);
    expect(locate(0.003, 0.001)).toBe(1);
    expect(locate(0.003, -0.0018)).toBe(2); // row 4 east of the West district: outside
    expect(locate(1, 1)).toBe(2);
  });

  it('agrees with point-in-polygon on the Wuhan districts, at random points and on vertices and edges', () => {
    const vertices = wuhan.flatMap((district) => ringsOf(district.geometry).flat());
    const locate = createFacilityLocator(wuhan, wuhan.length);
    const randomPoint = fc.tuple(
      fc.double({ min: 113.68, max: 115.09, noNaN: true }),
      fc.double({ min: 29.96, max: 31.37, noNaN: true }),
    );
    const onBoundary = fc
      .tuple(fc.nat(vertices.length - 2), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([k, t]) => {
        const [lonA, latA] = vertices[k] as number[];
        const [lonB, latB] = vertices[k + 1] as number[];
        return [
          (lonA as number) + t * ((lonB as number) - (lonA as number)),
          (latA as number) + t * ((latB as number) - (latA as number)),
        ] as [number, number];
      });
    fc.assert(
      fc.property(fc.oneof(randomPoint, onBoundary), ([lon, lat]) => {
        expect(locate(lon, lat)).toBe(reference(wuhan, lon, lat));
      }),
      { numRuns: 3000 },
    );
    for (const vertex of vertices) {
      const [lon, lat] = vertex as [number, number];
      expect(locate(lon, lat)).toBe(reference(wuhan, lon, lat));
    }
  });
});
