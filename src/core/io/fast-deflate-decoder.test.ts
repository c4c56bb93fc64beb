import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoFloatingPointPredictor } from './fast-deflate-decoder';

/**
 * TIFF predictor 3 as the writer applies it (Technical Note 3), written independently of the decoder: per row,
 * shuffle each sample's bytes most-significant first into byte planes, then replace each byte by its difference
 * from the byte `samplesPerPixel` before it.
 */
function encodeRows(values: Float32Array, width: number, samplesPerPixel: number): Uint8Array {
  const little = new Uint8Array(values.buffer.slice(0));
  const rowSamples = width * samplesPerPixel;
  const rowBytes = rowSamples * 4;
  const out = new Uint8Array(little.length);
  for (let start = 0; start < little.length; start += rowBytes) {
    const planes = new Uint8Array(rowBytes);
    for (let i = 0; i < rowSamples; i++) {
      for (let b = 0; b < 4; b++) planes[b * rowSamples + i] = little[start + 4 * i + (3 - b)] as number;
    }
    for (let i = rowBytes - 1; i >= samplesPerPixel; i--) {
      planes[i] = ((planes[i] as number) - (planes[i - samplesPerPixel] as number)) & 0xff;
    }
    out.set(planes, start);
  }
  return out;
}

describe('undoFloatingPointPredictor', () => {
  it('restores a hand-made 2 × 2 Float32 block: 1.5, −2, 0, 3.25', () => {
    // 1.5 = 0x3FC00000, −2 = 0xC0000000, 0, 3.25 = 0x40500000. Row 1 planes (MSB first): 3F C0 | C0 00 | 00 00 | 00 00,
    // differenced: 3F 81 | 00 40 | 00 00 | 00 00 (0xC0 − 0x3F = 0x81, 0xC0 − 0xC0 = 0, 0 − 0xC0 = 0x40 mod 256).
    const row1 = [0x3f, 0x81, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00];
    // Row 2: 0 and 3.25 → planes 00 40 | 00 50 | 00 00 | 00 00 → differenced 00 40 | C0 50 | B0 00 | 00 00.
    const row2 = [0x00, 0x40, 0xc0, 0x50, 0xb0, 0x00, 0x00, 0x00];
    const bytes = Uint8Array.from([...row1, ...row2]);
    undoFloatingPointPredictor(bytes, 2, 2, 4, 1);
    expect(Array.from(new Float32Array(bytes.buffer))).toEqual([1.5, -2, 0, 3.25]);
  });

  it('inverts the writer for random Float32 rows, one or several samples per pixel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.float({ noNaN: true }), { minLength: 135, maxLength: 135 }),
        (width, height, samplesPerPixel, pool) => {
          const values = Float32Array.from(pool.slice(0, width * height * samplesPerPixel));
          const bytes = encodeRows(values, width, samplesPerPixel);
          undoFloatingPointPredictor(bytes, width, height, 4, samplesPerPixel);
          expect(Array.from(new Float32Array(bytes.buffer))).toEqual(Array.from(values));
        },
      ),
    );
  });

  it('stops at the end of a partial last strip', () => {
    const values = Float32Array.from([7, 8, 9]);
    const bytes = encodeRows(values, 3, 1);
    undoFloatingPointPredictor(bytes, 3, 4, 4, 1);
    expect(Array.from(new Float32Array(bytes.buffer))).toEqual([7, 8, 9]);
  });
});
