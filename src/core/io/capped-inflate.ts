/**
 * zlib inflation that stops at a stated output size. A DEFLATE stream can expand about a thousandfold: a 510 KB
 * GeoTIFF tile inflated to 512 MiB (1.1 GB, 9.6 s) before this. The input is fed in small chunks, so no more than
 * one chunk's worth of output (≤ ~17 MB) is produced past the limit before the inflation stops.
 */
import { Gunzip, Inflate, Unzlib } from 'fflate';

/** Compressed bytes fed per step: 16 KiB inflates to at most ~17 MB. */
const CHUNK_BYTES = 16 * 1024;

class OutputTooLarge extends Error {}

/**
 * The stream `data` inflated — zlib-wrapped (TIFF), raw DEFLATE (zip members) or gzip — or undefined when it inflates to
 * more than `maxBytes`. The returned array is exactly as long as the inflated stream. Throws fflate's error on
 * corrupt data.
 */
export function inflateCapped(
  data: Uint8Array,
  maxBytes: number,
  wrapping: 'zlib' | 'raw' | 'gzip',
): Uint8Array | undefined {
  // Chunks are kept and joined at the end: nothing is allocated for the size a file merely declares.
  const chunks: Uint8Array[] = [];
  let length = 0;
  const Stream = wrapping === 'zlib' ? Unzlib : wrapping === 'gzip' ? Gunzip : Inflate;
  const stream = new Stream((chunk) => {
    length += chunk.length;
    if (length > maxBytes) throw new OutputTooLarge();
    chunks.push(chunk);
  });
  try {
    for (let start = 0; start < data.length; start += CHUNK_BYTES) {
      const end = Math.min(data.length, start + CHUNK_BYTES);
      stream.push(data.subarray(start, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof OutputTooLarge) return undefined;
    throw error;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
