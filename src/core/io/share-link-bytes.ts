/**
 * Byte helpers of the share link (share-link.ts): base64url without padding (RFC 4648 § 5), strict on decode, and
 * CRC-32 (the ISO-HDLC / zlib polynomial). Written here because core has neither `btoa` nor Node's Buffer, and
 * fflate does not export its CRC.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) VALUE_OF[ALPHABET.charCodeAt(index)] = index;

/** Base64url text of `bytes`, without `=` padding: ⌈4n/3⌉ characters of [A-Za-z0-9_-]. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] as number;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET[(triple >> 18) & 63];
    text += ALPHABET[(triple >> 12) & 63];
    if (b !== undefined) text += ALPHABET[(triple >> 6) & 63];
    if (c !== undefined) text += ALPHABET[triple & 63];
  }
  return text;
}

/**
 * The bytes of base64url text, or null when the text is not the canonical encoding of any byte string: a character
 * outside the alphabet, padding, a length of 4k + 1, or non-zero unused bits in the last character. Being strict
 * means every text maps to at most one byte string, so a flipped character can never decode to the same bytes.
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let accumulator = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? (VALUE_OF[code] as number) : -1;
    if (value < 0) return null;
    accumulator = ((accumulator << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (accumulator >> bits) & 0xff;
    }
  }
  if ((accumulator & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

/**
 * CRC-32 of `bytes` (as zlib's `crc32`), an unsigned 32-bit integer. Detects every error burst up to 32 bits, hence
 * every flipped bit and every single damaged character of the base64url text.
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index++) {
    crc = (CRC_TABLE[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
