/**
 * The few protocol-buffer wire rules the OSM PBF reader needs (varints, zigzag, length-delimited fields), over a
 * Uint8Array with no copying. Integers come back as JavaScript numbers: exact up to 2^53, which holds every OSM id
 * and coordinate.
 */
import { strFromU8 } from 'fflate';

/** A cursor over protobuf bytes `bytes[start … end − 1]`. */
export interface ProtoCursor {
  bytes: Uint8Array;
  at: number;
  end: number;
}

export function cursor(bytes: Uint8Array, start = 0, end = bytes.length): ProtoCursor {
  return { bytes, at: start, end };
}

/** Reads an unsigned varint (up to 64 bits, exact to 2^53). Throws past the end. */
export function readVarint(c: ProtoCursor): number {
  let value = 0;
  let factor = 1;
  for (let shift = 0; shift < 70; shift += 7) {
    if (c.at >= c.end) throw new RangeError('truncated varint');
    const byte = c.bytes[c.at++] as number;
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 128;
  }
  throw new RangeError('varint too long');
}

/** Decodes a zigzag-encoded signed value read by {@link readVarint}. */
export function zigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/** Reads a field key: [field number, wire type]. */
export function readKey(c: ProtoCursor): [number, number] {
  const key = readVarint(c);
  return [Math.floor(key / 8), key % 8];
}

/** The sub-cursor of a length-delimited field, advancing `c` past it. */
export function readBytes(c: ProtoCursor): ProtoCursor {
  const length = readVarint(c);
  const start = c.at;
  if (start + length > c.end) throw new RangeError('truncated field');
  c.at = start + length;
  return { bytes: c.bytes, at: start, end: start + length };
}

/** Skips a field of `wireType`. */
export function skipField(c: ProtoCursor, wireType: number): void {
  if (wireType === 0) readVarint(c);
  else if (wireType === 1) c.at += 8;
  else if (wireType === 2) readBytes(c);
  else if (wireType === 5) c.at += 4;
  else throw new RangeError(`unsupported wire type ${wireType}`);
  if (c.at > c.end) throw new RangeError('truncated field');
}

/** Every value of a packed varint field (wire type 2) or a single unpacked one (wire type 0). */
export function readPacked(c: ProtoCursor, wireType: number, into: number[]): void {
  if (wireType === 0) {
    into.push(readVarint(c));
    return;
  }
  const packed = readBytes(c);
  while (packed.at < packed.end) into.push(readVarint(packed));
}

/** UTF-8 text of a length-delimited field. */
export function readString(c: ProtoCursor): string {
  const field = readBytes(c);
  return strFromU8(field.bytes.subarray(field.at, field.end));
}
