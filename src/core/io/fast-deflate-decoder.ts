/**
 * A faster geotiff.js decoder for DEFLATE tiles (TIFF compression 8 and 32946): fflate instead of geotiff's pako
 * inflate, and the floating-point predictor (3, used by WorldPop's Float32 grids) undone in one pass with a reused
 * scratch row instead of a new array per row. Decoding the two Wuhan grids is most of the start-up work in the
 * worker; this takes about a third off it (`npm run bench`, case `geotiff-decode-wuhan-adults`). Other predictors go
 * through geotiff.js unchanged.
 * Registered once by {@link registerFastDeflateDecoder}; results are byte-identical to geotiff.js's own decoder.
 */
import { addDecoder, BaseDecoder } from 'geotiff';
import { inflateCapped } from './capped-inflate';

/**
 * Undoes TIFF predictor 3 in place (TIFF Technical Note 3): per row, bytes are first summed with a stride of one
 * sample, then un-shuffled from "all most-significant bytes, …, all least-significant bytes" back into
 * little-endian samples. Rows past the end of `bytes` (a partial last strip) are left out, as geotiff.js does.
 */
export function undoFloatingPointPredictor(
  bytes: Uint8Array,
  width: number,
  height: number,
  bytesPerSample: number,
  samplesPerPixel: number,
): void {
  const rowBytes = width * samplesPerPixel * bytesPerSample;
  const samples = rowBytes / bytesPerSample;
  const scratch = new Uint8Array(rowBytes);
  for (let row = 0; row < height; row++) {
    const start = row * rowBytes;
    if (start >= bytes.length) break;
    for (let i = start + samplesPerPixel; i < start + rowBytes; i++) {
      bytes[i] = ((bytes[i] as number) + (bytes[i - samplesPerPixel] as number)) & 0xff;
    }
    scratch.set(bytes.subarray(start, start + rowBytes));
    if (bytesPerSample === 4) {
      for (let i = 0, out = start; i < samples; i++, out += 4) {
        bytes[out] = scratch[3 * samples + i] as number;
        bytes[out + 1] = scratch[2 * samples + i] as number;
        bytes[out + 2] = scratch[samples + i] as number;
        bytes[out + 3] = scratch[i] as number;
      }
    } else {
      for (let i = 0; i < samples; i++) {
        for (let b = 0; b < bytesPerSample; b++) {
          bytes[start + bytesPerSample * i + b] = scratch[(bytesPerSample - b - 1) * samples + i] as number;
        }
      }
    }
  }
}

/**
 * Bytes of one decoded block as declared: tile (or strip) width × height × bytes per pixel (one sample's bits with
 * planar configuration 2, all samples' otherwise), rows padded to whole bytes.
 */
function blockByteCount(parameters: {
  tileWidth: number;
  tileHeight: number;
  planarConfiguration: number;
  bitsPerSample: number | ArrayLike<number>;
}): number {
  const bits =
    typeof parameters.bitsPerSample === 'number'
      ? [parameters.bitsPerSample]
      : Array.from(parameters.bitsPerSample);
  const pixelBits =
    parameters.planarConfiguration === 2 ? Math.max(...bits) : bits.reduce((sum, b) => sum + b, 0);
  return Math.ceil((parameters.tileWidth * pixelBits) / 8) * parameters.tileHeight;
}

class FastDeflateDecoder extends BaseDecoder {
  override decodeBlock(buffer: ArrayBufferLike): ArrayBufferLike {
    // A block never inflates past its declared size; one that would is damaged or a decompression bomb.
    const expectedBytes = blockByteCount(this.parameters);
    const inflated = inflateCapped(new Uint8Array(buffer), expectedBytes, 'zlib');
    if (inflated === undefined) {
      throw new Error(`a DEFLATE block inflates past its declared ${expectedBytes} bytes`);
    }
    return inflated.byteLength === inflated.buffer.byteLength ? inflated.buffer : inflated.slice().buffer;
  }

  override async decode(buffer: ArrayBufferLike): Promise<ArrayBufferLike> {
    const { predictor, bitsPerSample, tileWidth, tileHeight, planarConfiguration } = this.parameters;
    if (predictor !== 3) return super.decode(buffer);
    const bits = typeof bitsPerSample === 'number' ? [bitsPerSample] : Array.from(bitsPerSample);
    const first = bits[0] ?? 32;
    if (first % 8 !== 0 || bits.some((b) => b !== first)) return super.decode(buffer);
    const block = this.decodeBlock(buffer);
    const stride = planarConfiguration === 2 ? 1 : bits.length;
    undoFloatingPointPredictor(new Uint8Array(block), tileWidth, tileHeight, first / 8, stride);
    return block;
  }
}

let registered = false;

/** Makes geotiff.js use {@link FastDeflateDecoder} for DEFLATE (8, 32946) in this thread; idempotent. */
export function registerFastDeflateDecoder(): void {
  if (registered) return;
  registered = true;
  addDecoder([8, 32946], () => Promise.resolve(FastDeflateDecoder), undefined, false);
}
