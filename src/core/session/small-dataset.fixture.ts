import type { Polygon } from 'geojson';
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';

/** A lon/lat rectangle as a GeoJSON polygon, counter-clockwise from the south-west corner. */
export const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

/**
 * A 4 × 4 raster at 0.001° with the south-east pixel nodata (15 cells; cell = pixel index). Adults in cell c: c + 1;
 * elderly a quarter of that; total twice that. District A = columns 0–1, district B = columns 2–3 of rows 0–2
 * (household size 3), pixel 14 outside both. Hand sums of adults: A 60, B 45, outside 15.
 */
export function smallDataset(): Dataset {
  const width = 4;
  const height = 4;
  const cellCount = 15;
  const cellOfPixel = Int32Array.from({ length: 16 }, (_, p) => (p < cellCount ? p : -1));
  const pixelOfCell = Int32Array.from({ length: cellCount }, (_, c) => c);
  const adults = Float32Array.from({ length: cellCount }, (_, c) => c + 1);
  const lon = Float64Array.from(pixelOfCell, (p) => 114 + ((p % width) + 0.5) * 0.001);
  const lat = Float64Array.from(pixelOfCell, (p) => 30.004 - (Math.floor(p / width) + 0.5) * 0.001);
  const districtOfCell = Int32Array.from(pixelOfCell, (p) => {
    const column = p % width;
    const row = Math.floor(p / width);
    if (column < 2) return 0;
    return row < 3 ? 1 : -1;
  });
  return {
    id: 'small',
    name: 'Small test city',
    grid: {
      cellCount,
      lon,
      lat,
      cellAreaSquareMeters: new Float32Array(cellCount).fill(10_000),
      layers: {
        adults20plus: adults,
        elderly60plus: adults.map((v) => v / 4),
        total: adults.map((v) => v * 2),
      },
      raster: {
        width,
        height,
        originLon: 114,
        originLat: 30.004,
        pixelWidthDegrees: 0.001,
        pixelHeightDegrees: 0.001,
        cellOfPixel,
        pixelOfCell,
      },
    },
    districts: [
      { id: 'A', name: '甲区', nameEn: 'Jia', geometry: rectangle(114, 30, 114.002, 30.004) },
      { id: 'B', name: '乙区', geometry: rectangle(114.002, 30.001, 114.004, 30.004), householdSize: 3 },
    ],
    districtOfCell,
    householdSize: 2.5,
    residentLayer: 'total',
    elderlyLayer: 'elderly60plus',
    estimate: { layer: 'total', sourceLayer: 'adults20plus', scale: 2, note: 'test: adults × 2' },
    sourceCrs: 'EPSG:4326',
  };
}

/**
 * A 100 m² community service station on the centre of cell 5 of {@link smallDataset} with a 50 m radius: it reaches
 * only cell 5 (the neighbouring centres are ≥ 96 m away).
 */
export const cell5Station: Facility = {
  id: 'f',
  name: 'f',
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.0015,
  lat: 30.0025,
  floorAreaSquareMeters: 100,
  radiusMeters: 50,
};
