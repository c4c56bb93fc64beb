/**
 * Decodes one band of a GeoTIFF into per-pixel population values with its affine georeferencing (domain.md § Inputs,
 * "Population grid": GeoTIFF, any CRS, nodata). Grid building and CRS handling live in geotiff-grid.ts.
 */
import { type BaseDecoder, fromArrayBuffer, type GeoTIFFImage, getDecoder } from 'geotiff';
import { fail, ok, type Result } from '../model/result';
import { registerFastDeflateDecoder } from './fast-deflate-decoder';
import { MAX_GEOTIFF_BLOCK_PIXELS, MAX_GEOTIFF_BLOCKS, MAX_GEOTIFF_PIXELS } from './import/limits';

/**
 * One decoded band, north-up and west-to-east: x = originX + column × pixelWidth, y = originY − row × pixelHeight
 * (pixel sizes positive, in CRS units). `values` is row-major, NaN where the pixel is nodata.
 */
export interface DecodedRaster {
  width: number;
  height: number;
  originX: number;
  originY: number;
  pixelWidth: number;
  pixelHeight: number;
  values: Float32Array;
  /** The file's GeoKeys, for CRS detection; empty when it has none. */
  geoKeys: Record<string, unknown>;
}

/** Below this a float value is a nodata sentinel (GDAL's −3.4e38 family) even when GDAL_NODATA is missing. */
const NODATA_FLOOR = -1e30;

/** The GDAL_NODATA tag as a number: ASCII, possibly NUL-terminated, `nan`/`inf` spelled as by GDAL. */
function parseGdalNoData(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\0/g, '').trim().toLowerCase();
  if (text === '') return undefined;
  if (text === 'nan' || text === '-nan') return Number.NaN;
  if (text === 'inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}

interface Affine {
  originX: number;
  originY: number;
  /** x step per column and y step per row, signed as in the file (north-up files have stepY < 0). */
  stepX: number;
  stepY: number;
}

async function readAffine(image: GeoTIFFImage): Promise<Result<Affine>> {
  const directory = image.getFileDirectory();
  const tiepoint = (await directory.loadValue('ModelTiepoint')) as ArrayLike<number> | undefined;
  const scale = (await directory.loadValue('ModelPixelScale')) as ArrayLike<number> | undefined;
  const transformation = (await directory.loadValue('ModelTransformation')) as ArrayLike<number> | undefined;
  // PixelIsPoint files tie raster (i, j) to the pixel centre; shift by half a pixel to get the corner, as GDAL does.
  const cornerShift = image.getGeoKeys()?.GTRasterTypeGeoKey === 2 ? 0.5 : 0;
  if (tiepoint && tiepoint.length >= 6 && scale && scale.length >= 2) {
    const [i, j, , x, y] = Array.from(tiepoint) as number[];
    const stepX = scale[0] as number;
    const stepY = -(scale[1] as number);
    return ok({
      originX: (x as number) - ((i as number) + cornerShift) * stepX,
      originY: (y as number) - ((j as number) + cornerShift) * stepY,
      stepX,
      stepY,
    });
  }
  if (transformation && transformation.length >= 8) {
    const m = Array.from(transformation) as number[];
    if (m[1] !== 0 || m[4] !== 0) {
      return fail(
        'geotiff-rotated',
        'The GeoTIFF is rotated or sheared; only north-up rasters are supported.',
      );
    }
    const stepX = m[0] as number;
    const stepY = m[5] as number;
    return ok({
      originX: (m[3] as number) - cornerShift * stepX,
      originY: (m[7] as number) - cornerShift * stepY,
      stepX,
      stepY,
    });
  }
  return fail(
    'geotiff-no-georeference',
    'The TIFF has no georeferencing (no ModelTiepoint + ModelPixelScale or ModelTransformation tags).',
  );
}

/** Reverses rows and/or columns so the raster runs north to south and west to east. */
function orientNorthUp(
  values: Float32Array,
  width: number,
  height: number,
  flipRows: boolean,
  flipColumns: boolean,
) {
  if (!flipRows && !flipColumns) return values;
  const out = new Float32Array(values.length);
  for (let row = 0; row < height; row++) {
    const sourceRow = flipRows ? height - 1 - row : row;
    for (let column = 0; column < width; column++) {
      const sourceColumn = flipColumns ? width - 1 - column : column;
      out[row * width + column] = values[sourceRow * width + sourceColumn] as number;
    }
  }
  return out;
}

/** Pixels rejected by {@link convertSamples}: negative or +∞ values that are not nodata. */
interface BadValues {
  negativeCount: number;
  infiniteCount: number;
  firstPixel: number;
  firstValue: number;
}

/**
 * Writes raw samples as Float32 persons per pixel into `values` from `offset`: nodata (the GDAL_NODATA value,
 * compared both exactly and after Math.fround because Float32 files store the rounded value; NaN; anything below
 * −1e30) becomes NaN. Negative or infinite values that are not nodata are counted in `bad`, never kept.
 */
function convertSamples(
  samples: ArrayLike<number>,
  values: Float32Array,
  offset: number,
  noData: number | undefined,
  bad: BadValues,
): void {
  const noDataRounded = noData === undefined ? Number.NaN : Math.fround(noData);
  for (let k = 0; k < samples.length; k++) {
    const value = samples[k] as number;
    if (Number.isNaN(value) || value < NODATA_FLOOR || value === noData || value === noDataRounded) {
      values[offset + k] = Number.NaN;
    } else if (value < 0 || value === Number.POSITIVE_INFINITY) {
      if (value < 0) bad.negativeCount++;
      else bad.infiniteCount++;
      // Blocks arrive tile by tile, not row by row: keep the first bad pixel in row-major order.
      if (bad.firstPixel < 0 || offset + k < bad.firstPixel) {
        bad.firstPixel = offset + k;
        bad.firstValue = value;
      }
    } else {
      values[offset + k] = value;
    }
  }
}

function badValuesError(bad: BadValues, width: number): Result<never> {
  const where = `column ${bad.firstPixel % width}, row ${Math.floor(bad.firstPixel / width)}`;
  return bad.negativeCount > 0
    ? fail(
        'geotiff-negative-value',
        `${bad.negativeCount} pixels hold negative values (first ${bad.firstValue} at ${where}); population cannot be negative. Set the raster's nodata value or fix the file.`,
      )
    : fail('geotiff-infinite-value', `${bad.infiniteCount} pixels hold infinite values (first at ${where}).`);
}

/** Pixel rows decoded per readRasters call: whole blocks, so no tile or strip is decoded twice. */
function rowsPerRead(image: GeoTIFFImage): number {
  const blockHeight = Math.max(1, image.getTileHeight());
  return Math.max(blockHeight, Math.ceil(256 / blockHeight) * blockHeight);
}

/** Takes raw samples for the pixels from `offset` on (row-major over the whole image). */
type WriteSamples = (samples: ArrayLike<number>, offset: number) => void;

/** Host byte order: a typed-array view over a decoded block is only right when it matches the file's. */
const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Compressions whose geotiff.js decoder takes only the default block parameters (none, LZW, PackBits, DEFLATE). */
const DEFAULT_PARAMETER_COMPRESSIONS = new Set([1, 5, 8, 32773, 32946]);

/**
 * A decoder for reading the band block by block, or undefined when the file needs geotiff.js's general path:
 * other compressions (JPEG, LERC, …), the other byte order, or several samples per pixel interleaved.
 */
async function blockDecoder(image: GeoTIFFImage): Promise<BaseDecoder | undefined> {
  const directory = image.getFileDirectory();
  const compression = Number((await directory.loadValue('Compression')) ?? 1);
  if (!DEFAULT_PARAMETER_COMPRESSIONS.has(compression)) return undefined;
  if (image.littleEndian !== HOST_LITTLE_ENDIAN) return undefined;
  if (image.getSamplesPerPixel() !== 1 && image.planarConfiguration !== 2) return undefined;
  const bitsPerSample = await directory.loadValue('BitsPerSample');
  if (bitsPerSample === undefined) return undefined;
  // The parameters geotiff.js's own readRasters would give the decoder (its defaultDecoderParameterFn).
  return getDecoder(compression, {
    tileWidth: image.getTileWidth(),
    tileHeight: image.getTileHeight(),
    planarConfiguration: image.planarConfiguration,
    bitsPerSample,
    predictor: Number((await directory.loadValue('Predictor')) ?? 1),
  });
}

/**
 * Reads the band one decoded tile or strip at a time, viewing each as the band's typed array and converting it row
 * by row. geotiff.js's readRasters copies every pixel through a DataView reader first; skipping that copy was about
 * a third of the start-up decode of the two Wuhan grids (`npm run bench`, case `geotiff-decode-wuhan-adults`).
 */
async function readByBlocks(
  image: GeoTIFFImage,
  band: number,
  decoder: BaseDecoder,
  write: WriteSamples,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<void> {
  const width = image.getWidth();
  const height = image.getHeight();
  const blockWidth = image.getTileWidth();
  const blockHeight = image.getTileHeight();
  const sample = image.planarConfiguration === 2 ? band : 0;
  for (let top = 0, y = 0; top < height; top += blockHeight, y++) {
    const rows = Math.min(blockHeight, height - top);
    for (let left = 0, x = 0; left < width; left += blockWidth, x++) {
      const block = await image.getTileOrStrip(x, y, sample, decoder);
      const samples = image.getArrayForSample(band, block.data);
      const columns = Math.min(blockWidth, width - left);
      for (let row = 0; row < rows; row++) {
        const start = row * blockWidth;
        write(samples.subarray(start, start + columns), (top + row) * width + left);
      }
    }
    onProgress?.((top + rows) / height);
  }
}

/** geotiff.js's general path: whole rows of blocks at a time through readRasters. */
async function readByWindows(
  image: GeoTIFFImage,
  band: number,
  write: WriteSamples,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<void> {
  const width = image.getWidth();
  const height = image.getHeight();
  const step = rowsPerRead(image);
  for (let top = 0; top < height; top += step) {
    const bottom = Math.min(height, top + step);
    const rows = await image.readRasters({
      window: [0, top, width, bottom],
      samples: [band],
      interleave: true,
    });
    write(rows, top * width);
    onProgress?.(bottom / height);
  }
}

/**
 * Decodes band `band` (0-based) of the first image of a GeoTIFF: any integer or float sample type, tiled or striped,
 * any compression geotiff.js reads. Fails with `geotiff-unreadable`, `geotiff-band-missing`, `geotiff-rotated`,
 * `geotiff-no-georeference`, `geotiff-negative-value` or `geotiff-infinite-value`. `onProgress` gets 0–1.
 */
export async function decodeGeoTiff(
  buffer: ArrayBuffer,
  band = 0,
  onProgress?: (fraction: number) => void,
): Promise<Result<DecodedRaster>> {
  registerFastDeflateDecoder();
  let image: GeoTIFFImage;
  try {
    image = await (await fromArrayBuffer(buffer)).getImage(0);
  } catch (error) {
    return fail('geotiff-unreadable', `Not a readable GeoTIFF: ${messageOf(error)}`);
  }
  try {
    return await decodeImage(image, band, onProgress);
  } catch (error) {
    // geotiff.js throws on damaged tags or blocks; the caller still gets a coded value.
    return fail('geotiff-unreadable', `Could not decode the GeoTIFF: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Refuses a raster or one of its blocks larger than the limits from the sizes the header declares, before any
 * allocation: a 80 KB file can declare 10,000 × 10,000 pixels on one strip, and decoding it first took 3.5 GB.
 */
function checkDeclaredSize(image: GeoTIFFImage): Result<void> {
  const sizes = [image.getWidth(), image.getHeight(), image.getTileWidth(), image.getTileHeight()];
  // A zero block size made the block loop step by 0 forever (found by npm run fuzz).
  if (!sizes.every((size) => Number.isInteger(size) && size >= 1)) {
    return fail('geotiff-unreadable', `The GeoTIFF declares a size of zero (${sizes.join(' × ')}).`);
  }
  const pixels = image.getWidth() * image.getHeight();
  if (pixels > MAX_GEOTIFF_PIXELS) {
    return fail('geotiff-too-large', `The GeoTIFF declares ${pixels} pixels.`, { count: pixels });
  }
  const blockWidth = image.getTileWidth();
  const blockHeight = image.getTileHeight();
  const blocks = Math.ceil(image.getWidth() / blockWidth) * Math.ceil(image.getHeight() / blockHeight);
  // Each block is one asynchronous read: 2.9 million 2 × 2 tiles stalled for minutes (found by npm run fuzz).
  if (blocks > MAX_GEOTIFF_BLOCKS) {
    return fail('geotiff-too-many-blocks', `The GeoTIFF declares ${blocks} tiles or strips.`, {
      count: blocks,
    });
  }
  if (blockWidth * blockHeight > MAX_GEOTIFF_BLOCK_PIXELS) {
    return fail(
      'geotiff-block-too-large',
      `One tile or strip of the GeoTIFF declares ${blockWidth} × ${blockHeight} pixels.`,
      { width: blockWidth, height: blockHeight },
    );
  }
  return ok(undefined);
}

async function decodeImage(
  image: GeoTIFFImage,
  band: number,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<Result<DecodedRaster>> {
  const width = image.getWidth();
  const height = image.getHeight();
  const declared = checkDeclaredSize(image);
  if (!declared.ok) return declared;
  if (band < 0 || band >= image.getSamplesPerPixel()) {
    return fail(
      'geotiff-band-missing',
      `The GeoTIFF has ${image.getSamplesPerPixel()} band(s); band ${band + 1} does not exist.`,
    );
  }
  const affine = await readAffine(image);
  if (!affine.ok) return affine;
  const { stepX, stepY } = affine.value;
  if (!(stepX !== 0 && stepY !== 0 && Number.isFinite(stepX) && Number.isFinite(stepY))) {
    return fail('geotiff-no-georeference', `The GeoTIFF has an invalid pixel size (${stepX}, ${stepY}).`);
  }
  const noData = parseGdalNoData(await image.getFileDirectory().loadValue('GDAL_NODATA'));
  const values = new Float32Array(width * height);
  const bad: BadValues = { negativeCount: 0, infiniteCount: 0, firstPixel: -1, firstValue: 0 };
  const write: WriteSamples = (samples, offset) => convertSamples(samples, values, offset, noData, bad);
  const decoder = await blockDecoder(image);
  if (decoder) await readByBlocks(image, band, decoder, write, onProgress);
  else await readByWindows(image, band, write, onProgress);
  if (bad.firstPixel >= 0) return badValuesError(bad, width);
  const flipColumns = stepX < 0;
  const flipRows = stepY > 0;
  return ok({
    width,
    height,
    originX: flipColumns ? affine.value.originX + width * stepX : affine.value.originX,
    originY: flipRows ? affine.value.originY + height * stepY : affine.value.originY,
    pixelWidth: Math.abs(stepX),
    pixelHeight: Math.abs(stepY),
    values: orientNorthUp(values, width, height, flipRows, flipColumns),
    geoKeys: (image.getGeoKeys() ?? {}) as Record<string, unknown>,
  });
}
