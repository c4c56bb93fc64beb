/**
 * Byte-level mutations of real files for the fuzz targets (fuzz-targets.ts): seed files from test/fixtures with
 * bytes set, cut, inserted or repeated, so that inputs get past the first format check and reach the decoders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

export function seedFiles(extensions: readonly string[]): Uint8Array[] {
  const seeds: Uint8Array[] = [];
  for (const folder of ['import/corpus', 'cli']) {
    for (const name of readdirSync(join(fixtures, folder)).sort()) {
      if (extensions.includes(extname(name).toLowerCase())) {
        seeds.push(new Uint8Array(readFileSync(join(fixtures, folder, name))));
      }
    }
  }
  return seeds;
}

export type Edit =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; length: number; times: number };

// Uniform over [0, 1): fc.double is uniform over the float encodings (almost always near 0), which would edit only
// the first bytes (the magic numbers).
export const fraction = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30);
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fraction, value: fc.nat(255) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cut' as const),
      at: fraction.map((at) => 0.05 + 0.95 * at),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fraction,
      bytes: fc.uint8Array({ maxLength: 16 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 64 }),
      times: fc.integer({ min: 2, max: 64 }),
    }),
  },
);

export function applyEdit(bytes: Uint8Array, change: Edit): Uint8Array {
  const at = Math.floor(change.at * bytes.length);
  if (change.kind === 'set') {
    const out = bytes.slice();
    if (at < out.length) out[at] = change.value;
    return out;
  }
  if (change.kind === 'cut') return bytes.slice(0, at);
  const middle =
    change.kind === 'insert'
      ? change.bytes
      : new Uint8Array(
          Array.from({ length: change.times }, () => [...bytes.subarray(at, at + change.length)]).flat(),
        );
  const out = new Uint8Array(bytes.length + middle.length);
  out.set(bytes.subarray(0, at));
  out.set(middle, at);
  out.set(bytes.subarray(at), at + middle.length);
  return out;
}

/** A seed file with a few edits (`edits`: any kind, or byte changes only for offset-based formats), or random bytes. */
export function mutatedBytes(
  seeds: readonly Uint8Array[],
  edits: fc.Arbitrary<Edit> = edit,
): fc.Arbitrary<Uint8Array> {
  const edited = fc
    .record({ seed: fc.constantFrom(...seeds), edits: fc.array(edits, { minLength: 1, maxLength: 6 }) })
    .map(({ seed, edits }) => edits.reduce(applyEdit, seed));
  return fc.oneof(
    { weight: 9, arbitrary: edited },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  );
}
