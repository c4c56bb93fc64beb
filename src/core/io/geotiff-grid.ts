/**
 * Population grids from GeoTIFF (domain.md § Inputs, "Population grid" and "CRS"): one or several single-band
 * rasters on the same pixels become the layers of one {@link PopulationGrid}, with centroids in WGS 84.
 */
import { type CrsInfo, createToWgs84, crsFromGeoKeys, crsRangeCheck, resolveCrs } from '../geo/crs';
import { buildRasterGrid, lonLatCellAreaSquareMeters, type RasterGeometry } from '../geo/raster-layout';
import type { PopulationGrid } from '../model/grid';
import { fail, ok, type Result } from '../model/result';
import { type DecodedRaster, decodeGeoTiff } from './geotiff-decode';
import { MAX_GRID_CELLS } from './import/limits';

/** Options of {@link readGeoTiffGrid}. */
export interface GeoTiffGridOptions {
  /** Layer id the values are stored under, e.g. `adults20plus`. */
  layerId: string;
  /** CRS id overriding the file's GeoKeys (`EPSG:32650`, `gcj02`, …); see resolveCrs in geo/crs.ts. */
  crs?: string;
  /** 0-based band to read; default 0. */
  band?: number;
  /** Fraction done, 0–1 (decoding dominates). */
  onProgress?: (fraction: number) => void;
}

/** One raster of {@link readGeoTiffLayers}. */
export interface GeoTiffLayerInput {
  buffer: ArrayBuffer;
  layerId: string;
  band?: number;
}

/** A grid read from GeoTIFF and what was assumed to read it (domain.md: "say which CRS was assumed"). */
export interface GeoTiffGridImport {
  grid: PopulationGrid;
  /** Canonical id of the CRS the file was read in, e.g. `EPSG:4326`. */
  crsId: string;
  /** Its human-readable name, e.g. `WGS 84 / UTM zone 50N`. */
  crsName: string;
  /** True when the file named no CRS and WGS 84 was assumed from its lon/lat-looking extent. */
  crsAssumed: boolean;
  /** English notes worth showing to the user (assumptions, conversions). */
  notes: string[];
}

/**
 * Reads one GeoTIFF band as a population grid. See {@link readGeoTiffLayers} for the rules and error codes.
 */
export function readGeoTiffGrid(
  buffer: ArrayBuffer,
  options: GeoTiffGridOptions,
): Promise<Result<GeoTiffGridImport>> {
  const input: GeoTiffLayerInput = { buffer, layerId: options.layerId };
  if (options.band !== undefined) input.band = options.band;
  return readGeoTiffLayers([input], options);
}

function validPixelCount(values: Float32Array): number {
  let count = 0;
  for (let index = 0; index < values.length; index++) if (!Number.isNaN(values[index])) count++;
  return count;
}

/** Same size, and origin and pixel size equal to a millionth of a pixel. */
function sameGeometry(a: DecodedRaster, b: DecodedRaster): boolean {
  const tolerance = 1e-6 * Math.min(a.pixelWidth, a.pixelHeight);
  return (
    a.width === b.width &&
    a.height === b.height &&
    Math.abs(a.originX - b.originX) <= tolerance &&
    Math.abs(a.originY - b.originY) <= tolerance &&
    Math.abs(a.pixelWidth - b.pixelWidth) * a.width <= tolerance &&
    Math.abs(a.pixelHeight - b.pixelHeight) * a.height <= tolerance
  );
}

function geometryOf(raster: DecodedRaster): RasterGeometry {
  return {
    width: raster.width,
    height: raster.height,
    originLon: raster.originX,
    originLat: raster.originY,
    pixelWidthDegrees: raster.pixelWidth,
    pixelHeightDegrees: raster.pixelHeight,
  };
}

function cornersFit(raster: DecodedRaster, crs: CrsInfo): boolean {
  const east = raster.originX + raster.width * raster.pixelWidth;
  const south = raster.originY - raster.height * raster.pixelHeight;
  return crsRangeCheck(crs, raster.originX, raster.originY) && crsRangeCheck(crs, east, south);
}

interface ChosenCrs {
  crs: CrsInfo;
  assumed: boolean;
}

/** The requested CRS, else the one the GeoKeys name, else WGS 84 when the extent looks like lon/lat. */
function chooseCrs(rasters: DecodedRaster[], requested: string | undefined): Result<ChosenCrs> {
  if (requested !== undefined) {
    const resolved = resolveCrs(requested);
    return resolved.ok ? ok({ crs: resolved.value, assumed: false }) : resolved;
  }
  const named = rasters.map((raster) => crsFromGeoKeys(raster.geoKeys));
  if (named.some((id) => id !== named[0])) {
    return fail(
      'geotiff-layers-mismatch',
      `The rasters name different coordinate systems (${named.join(', ')}).`,
    );
  }
  if (named[0] !== undefined) {
    const resolved = resolveCrs(named[0]);
    return resolved.ok ? ok({ crs: resolved.value, assumed: false }) : resolved;
  }
  const wgs84 = resolveCrs('EPSG:4326');
  const first = rasters[0] as DecodedRaster;
  if (wgs84.ok && first.geoKeys.GTModelTypeGeoKey !== 1 && cornersFit(first, wgs84.value)) {
    return ok({ crs: wgs84.value, assumed: true });
  }
  return fail(
    'geotiff-crs-missing',
    'The GeoTIFF names no supported coordinate system and its coordinates are not longitude/latitude; give its CRS (e.g. EPSG:32650).',
  );
}

const WGS84_SEMI_MAJOR_AXIS_METERS = 6_378_137;
const WGS84_ECCENTRICITY_SQUARED = 0.0066943799901413165;

/** Area on WGS 84 of the parallelogram spanned by one pixel step in x and y at (x, y), from its image under toWgs84. */
function pixelAreaSquareMeters(
  toWgs84: (x: number, y: number) => [number, number],
  x: number,
  y: number,
  stepX: number,
  stepY: number,
): number {
  const [lon0, lat0] = toWgs84(x, y);
  const [lonX, latX] = toWgs84(x + stepX, y);
  const [lonY, latY] = toWgs84(x, y - stepY);
  const sinPhi = Math.sin((lat0 * Math.PI) / 180);
  const w = 1 - WGS84_ECCENTRICITY_SQUARED * sinPhi * sinPhi;
  // Meridian (M) and prime-vertical (N) radii of curvature give exact local metres per degree on the ellipsoid.
  const metersPerDegreeLat =
    ((WGS84_SEMI_MAJOR_AXIS_METERS * (1 - WGS84_ECCENTRICITY_SQUARED)) / w ** 1.5) * (Math.PI / 180);
  const metersPerDegreeLon =
    (WGS84_SEMI_MAJOR_AXIS_METERS / Math.sqrt(w)) * Math.cos((lat0 * Math.PI) / 180) * (Math.PI / 180);
  const ax = (lonX - lon0) * metersPerDegreeLon;
  const ay = (latX - lat0) * metersPerDegreeLat;
  const bx = (lonY - lon0) * metersPerDegreeLon;
  const by = (latY - lat0) * metersPerDegreeLat;
  return Math.abs(ax * by - ay * bx);
}

/** Pixels per side of the blocks sharing one area estimate; scale factors change by < 1e-6 across 16 pixels. */
const AREA_BLOCK_PIXELS = 16;

/**
 * Grid whose centroids are the pixel centres converted to WGS 84; no RasterLayout, since the converted cells are no
 * longer a regular lon/lat raster. Areas: metre CRSs from the local Jacobian, degree CRSs (GCJ-02) as lon/lat cells.
 */
function convertedGrid(
  raster: DecodedRaster,
  layers: Record<string, Float32Array>,
  crs: CrsInfo,
): Result<PopulationGrid> {
  const { raster: layout, ...grid } = buildRasterGrid(geometryOf(raster), layers);
  if (!layout) return ok(grid);
  const toWgs84 = createToWgs84(crs);
  const blockColumns = Math.ceil(raster.width / AREA_BLOCK_PIXELS);
  const blockAreas = new Float64Array(blockColumns * Math.ceil(raster.height / AREA_BLOCK_PIXELS)).fill(
    Number.NaN,
  );
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const pixel = layout.pixelOfCell[cell] as number;
    const column = pixel % raster.width;
    const row = (pixel - column) / raster.width;
    const x = raster.originX + (column + 0.5) * raster.pixelWidth;
    const y = raster.originY - (row + 0.5) * raster.pixelHeight;
    const [lon, lat] = toWgs84(x, y);
    if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90)) {
      return fail(
        'geotiff-crs-mismatch',
        `Pixel (${column}, ${row}) at (${x}, ${y}) has no WGS 84 position in ${crs.id}.`,
      );
    }
    grid.lon[cell] = lon;
    grid.lat[cell] = lat;
    if (crs.unit === 'degree') {
      grid.cellAreaSquareMeters[cell] = lonLatCellAreaSquareMeters(
        lat - raster.pixelHeight / 2,
        lat + raster.pixelHeight / 2,
        raster.pixelWidth,
      );
      continue;
    }
    const block = Math.floor(row / AREA_BLOCK_PIXELS) * blockColumns + Math.floor(column / AREA_BLOCK_PIXELS);
    if (Number.isNaN(blockAreas[block] as number)) {
      blockAreas[block] = pixelAreaSquareMeters(toWgs84, x, y, raster.pixelWidth, raster.pixelHeight);
    }
    grid.cellAreaSquareMeters[cell] = blockAreas[block] as number;
  }
  return ok(grid);
}

/**
 * Reads several single-band GeoTIFFs on the same pixels as the layers of one grid. Nodata is GDAL_NODATA (also after
 * Float32 rounding), NaN, or any value below −1e30. A pixel is a cell when it is valid in any layer; a layer that is
 * nodata there contributes 0. CRS: `options.crs`, else the GeoKeys (projected key wins), else WGS 84 when the extent
 * is lon/lat (then `crsAssumed`). WGS 84 / CGCS2000 geographic rasters keep a RasterLayout (index arithmetic);
 * projected and GCJ-02 rasters get centroids converted to WGS 84 and no layout. Cell areas are on the WGS 84
 * ellipsoid, in m². Errors: `geotiff-no-layers`, `geotiff-duplicate-layer`, `geotiff-layers-mismatch`,
 * `geotiff-crs-missing`, `geotiff-crs-mismatch`, `geotiff-no-valid-cells`, `crs-unknown`, `crs-unsupported`, and
 * those of decodeGeoTiff (`geotiff-unreadable`, `geotiff-negative-value`, …) with the layer named in the message.
 */
export async function readGeoTiffLayers(
  inputs: readonly GeoTiffLayerInput[],
  options: { crs?: string; onProgress?: (fraction: number) => void } = {},
): Promise<Result<GeoTiffGridImport>> {
  if (inputs.length === 0) return fail('geotiff-no-layers', 'No GeoTIFF was given.');
  const ids = inputs.map((input) => input.layerId);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined)
    return fail('geotiff-duplicate-layer', `Layer id "${duplicate}" is given twice.`);
  const rasters: DecodedRaster[] = [];
  for (const [index, input] of inputs.entries()) {
    const decoded = await decodeGeoTiff(input.buffer, input.band ?? 0, (fraction) =>
      options.onProgress?.((index + fraction) / inputs.length),
    );
    if (!decoded.ok) {
      return fail(
        decoded.error.code,
        `Layer "${input.layerId}": ${decoded.error.message}`,
        decoded.error.details,
      );
    }
    const valid = validPixelCount(decoded.value.values);
    if (valid > MAX_GRID_CELLS) {
      // Each cell costs ~40 bytes of grid arrays: refuse before building 25 million of them.
      return fail('grid-too-large', `Layer "${input.layerId}" has ${valid} valid pixels.`, { count: valid });
    }
    if (rasters[0] && !sameGeometry(rasters[0], decoded.value)) {
      return fail(
        'geotiff-layers-mismatch',
        `Layer "${input.layerId}" has a different size or georeferencing than layer "${inputs[0]?.layerId}".`,
      );
    }
    rasters.push(decoded.value);
  }
  const chosen = chooseCrs(rasters, options.crs);
  if (!chosen.ok) return chosen;
  const { crs, assumed } = chosen.value;
  const first = rasters[0] as DecodedRaster;
  if (!cornersFit(first, crs)) {
    return fail(
      'geotiff-crs-mismatch',
      `The raster extent (${first.originX}, ${first.originY}) … is outside the valid range of ${crs.id} (${crs.name}); is the CRS right?`,
    );
  }
  const layers: Record<string, Float32Array> = {};
  rasters.forEach((raster, index) => {
    layers[ids[index] as string] = raster.values;
  });
  const keepsLayout = crs.kind === 'geographic' && crs.proj4 === undefined;
  const built = keepsLayout
    ? ok(buildRasterGrid(geometryOf(first), layers))
    : convertedGrid(first, layers, crs);
  if (!built.ok) return built;
  if (built.value.cellCount === 0)
    return fail('geotiff-no-valid-cells', 'Every pixel of the GeoTIFF is nodata.');
  const notes: string[] = [];
  if (assumed)
    notes.push('The GeoTIFF names no CRS; its extent looks like longitude/latitude, so WGS 84 was assumed.');
  if (!keepsLayout) notes.push(`Cell centres converted from ${crs.name} (${crs.id}) to WGS 84.`);
  return ok({ grid: built.value, crsId: crs.id, crsName: crs.name, crsAssumed: assumed, notes });
}
