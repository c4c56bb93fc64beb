/**
 * Index arithmetic for regular lon/lat rasters (issue 3: "a fast path for regular rasters, index arithmetic, no
 * tree"). Every module that needs a raster cell's centre calls these helpers, so the centroid stored in the grid and
 * the one used by the district scanline fill are the same floating-point numbers.
 */
import type { PopulationGrid, RasterLayout } from '../model/grid';

/** The georeferencing of a north-up lon/lat raster, without its cell index. Degrees, pixel sizes positive. */
export interface RasterGeometry {
  width: number;
  height: number;
  originLon: number;
  originLat: number;
  pixelWidthDegrees: number;
  pixelHeightDegrees: number;
}

/** Longitude of the centre of `column` (0 = west), degrees. */
export function rasterColumnCenterLon(raster: RasterGeometry, column: number): number {
  return raster.originLon + (column + 0.5) * raster.pixelWidthDegrees;
}

/** Latitude of the centre of `row` (0 = north), degrees. */
export function rasterRowCenterLat(raster: RasterGeometry, row: number): number {
  return raster.originLat - (row + 0.5) * raster.pixelHeightDegrees;
}

/** Pixel index (row × width + column) of the pixel containing (lon, lat), or −1 outside the raster. */
export function rasterPixelAt(raster: RasterGeometry, lon: number, lat: number): number {
  const column = Math.floor((lon - raster.originLon) / raster.pixelWidthDegrees);
  const row = Math.floor((raster.originLat - lat) / raster.pixelHeightDegrees);
  if (column < 0 || row < 0 || column >= raster.width || row >= raster.height) return -1;
  return row * raster.width + column;
}

const WGS84_SEMI_MAJOR_AXIS_METERS = 6_378_137;
const WGS84_FLATTENING = 1 / 298.257223563;
const WGS84_SEMI_MINOR_AXIS_METERS = WGS84_SEMI_MAJOR_AXIS_METERS * (1 - WGS84_FLATTENING);
const WGS84_ECCENTRICITY = Math.sqrt(WGS84_FLATTENING * (2 - WGS84_FLATTENING));

/** Twice the authalic area function of the ellipsoid per unit b², so band areas are exact on WGS 84. */
function authalicTerm(latitudeDegrees: number): number {
  const sinPhi = Math.sin((latitudeDegrees * Math.PI) / 180);
  const eSinPhi = WGS84_ECCENTRICITY * sinPhi;
  return (
    sinPhi / (1 - eSinPhi * eSinPhi) + Math.log((1 + eSinPhi) / (1 - eSinPhi)) / (2 * WGS84_ECCENTRICITY)
  );
}

/**
 * Area of the lon/lat rectangle between latitudes `southLat` and `northLat` (degrees) and `widthDegrees` of
 * longitude, on the WGS 84 ellipsoid, in square metres (exact; not a spherical approximation). The whole globe
 * gives 510,065,621.7 km².
 */
export function lonLatCellAreaSquareMeters(southLat: number, northLat: number, widthDegrees: number): number {
  const widthRadians = (Math.abs(widthDegrees) * Math.PI) / 180;
  const b2 = WGS84_SEMI_MINOR_AXIS_METERS * WGS84_SEMI_MINOR_AXIS_METERS;
  return ((b2 * widthRadians) / 2) * Math.abs(authalicTerm(northLat) - authalicTerm(southLat));
}

/**
 * Builds a grid from per-pixel layer values of a north-up lon/lat raster. `layers` maps layer id → row-major pixel
 * values (length width × height) where NaN marks nodata. A pixel becomes a cell when it is valid in at least one
 * layer; a layer that is nodata on such a cell gets 0 there. Cells are numbered in row-major pixel order, centroids
 * come from {@link rasterColumnCenterLon}/{@link rasterRowCenterLat}, areas from {@link lonLatCellAreaSquareMeters}.
 */
export function buildRasterGrid(
  raster: RasterGeometry,
  layers: Record<string, Float32Array>,
): PopulationGrid {
  const pixelCount = raster.width * raster.height;
  const layerIds = Object.keys(layers);
  const layerValues = layerIds.map((id) => layers[id] as Float32Array);
  const cellOfPixel = new Int32Array(pixelCount).fill(-1);
  let cellCount = 0;
  for (let pixel = 0; pixel < pixelCount; pixel++) {
    for (const values of layerValues) {
      if (!Number.isNaN(values[pixel] as number)) {
        cellOfPixel[pixel] = cellCount++;
        break;
      }
    }
  }
  const pixelOfCell = new Int32Array(cellCount);
  const lon = new Float64Array(cellCount);
  const lat = new Float64Array(cellCount);
  const cellAreaSquareMeters = new Float32Array(cellCount);
  const cellValues = layerIds.map(() => new Float32Array(cellCount));
  for (let row = 0; row < raster.height; row++) {
    const centerLat = rasterRowCenterLat(raster, row);
    const northLat = raster.originLat - row * raster.pixelHeightDegrees;
    const areaSquareMeters = lonLatCellAreaSquareMeters(
      northLat - raster.pixelHeightDegrees,
      northLat,
      raster.pixelWidthDegrees,
    );
    for (let column = 0; column < raster.width; column++) {
      const pixel = row * raster.width + column;
      const cell = cellOfPixel[pixel] as number;
      if (cell < 0) continue;
      pixelOfCell[cell] = pixel;
      lon[cell] = rasterColumnCenterLon(raster, column);
      lat[cell] = centerLat;
      cellAreaSquareMeters[cell] = areaSquareMeters;
      for (let k = 0; k < layerValues.length; k++) {
        const value = (layerValues[k] as Float32Array)[pixel] as number;
        (cellValues[k] as Float32Array)[cell] = Number.isNaN(value) ? 0 : value;
      }
    }
  }
  const cellLayers: Record<string, Float32Array> = {};
  layerIds.forEach((id, k) => {
    cellLayers[id] = cellValues[k] as Float32Array;
  });
  const layout: RasterLayout = { ...raster, cellOfPixel, pixelOfCell };
  return { cellCount, lon, lat, cellAreaSquareMeters, layers: cellLayers, raster: layout };
}
