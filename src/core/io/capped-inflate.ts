/**
 * zlib inflation that stops at a stated output size. A DEFLATE stream can expand about a thousandfold: a 510 KB
 * GeoTIFF tile inflated to 512 MiB (1.1 GB, 9.6 s) before this. The input is fed in small chunks, so no more than
 * one chunk's worth of output (≤ ~17 MB) is produced past the limit before the inflation stops.
 */
import { Unzlib } from 'fflate';

/** Compressed bytes fed per step: 16 KiB inflates to at most ~17 MB. */
const CHUNK_BYTES = 16 * 1024;

class OutputTooLarge extends Error {}

/**
 * The zlib stream `data` inflated, or undefined when it inflates to more than `maxBytes`. The returned array is
 * exactly as long as the inflated stream. Throws fflate's error on corrupt data.
 */
export function inflateZlibCapped(data: Uint8Array, maxBytes: number): Uint8Array | undefined {
  const out = new Uint8Array(maxBytes);
  let length = 0;
  const stream = new Unzlib((chunk) => {
    if (length + chunk.length > maxBytes) throw new OutputTooLarge();
    out.set(chunk, length);
    length += chunk.length;
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
  return length === maxBytes ? out : out.slice(0, length);
}
