/**
 * The in-district sum of a population GeoTIFF computed without any app code: geotiff.js reads the raster, Turf
 * tests each valid cell centre against the district polygons. The e2e test compares the app's figures with it.
 */
import { readFile } from 'node:fs/promises';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { fromArrayBuffer } from 'geotiff';

export interface IndependentSums {
  inDistricts: number;
  outside: number;
  byDistrict: Map<string, number>;
}

function bboxOf(feature: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  const polygons: Position[][][] =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

export async function sumByDistrict(
  tiffPath: string,
  districtsPath: string,
  nameField: string,
): Promise<IndependentSums> {
  const bytes = await readFile(tiffPath);
  const tiff = await fromArrayBuffer(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const image = await tiff.getImage();
  const [originLon = 0, originLat = 0] = image.getOrigin();
  const [pixelWidth = 0, pixelHeight = 0] = image.getResolution();
  const nodata = image.getGDALNoData();
  const width = image.getWidth();
  const height = image.getHeight();
  const [band] = (await image.readRasters()) as unknown as ArrayLike<number>[];
  if (!band) throw new Error('no band');
  const districts = JSON.parse(await readFile(districtsPath, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const boxes = districts.features.map(bboxOf);
  const byDistrict = new Map<string, number>();
  let inDistricts = 0;
  let outside = 0;
  for (let row = 0; row < height; row += 1) {
    const lat = originLat + (row + 0.5) * pixelHeight;
    for (let column = 0; column < width; column += 1) {
      const value = band[row * width + column] as number;
      if (!Number.isFinite(value) || (nodata !== null && value === Math.fround(nodata)) || value < -1e30)
        continue;
      const lon = originLon + (column + 0.5) * pixelWidth;
      const index = districts.features.findIndex((feature, i) => {
        const box = boxes[i] as [number, number, number, number];
        return (
          lon >= box[0] &&
          lon <= box[2] &&
          lat >= box[1] &&
          lat <= box[3] &&
          booleanPointInPolygon([lon, lat], feature)
        );
      });
      if (index < 0) {
        outside += value;
        continue;
      }
      inDistricts += value;
      const name = String(districts.features[index]?.properties?.[nameField]);
      byDistrict.set(name, (byDistrict.get(name) ?? 0) + value);
    }
  }
  return { inDistricts, outside, byDistrict };
}
