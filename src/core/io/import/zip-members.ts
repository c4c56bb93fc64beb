/**
 * Zip members read from the central directory, each inflated no further than the size it declares (issue 15). fflate's
 * unzipSync inflates a member into a buffer of its declared size but keeps decoding past it, so a member that lies
 * about its size cost 10 s per 2 MB of input. ZIP64 sizes and offsets are read from the extra field.
 */
import { ok, type Result } from '../../model/result';
import { inflateCapped } from '../capped-inflate';
import { importFail } from './messages';

/** One member as the central directory describes it. */
interface MemberEntry {
  name: string;
  compression: number;
  compressedBytes: number;
  bytes: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNKNOWN_32 = 0xffffffff;

function unreadable(reason: string) {
  return importFail('zip-unreadable', { reason });
}

/** The ZIP64 extra field's values for the 32-bit fields that are 0xFFFFFFFF, in the order the format lists them. */
function zip64Values(view: DataView, start: number, length: number, wanted: number): number[] | undefined {
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    const values: number[] = [];
    for (let k = 0; k < wanted; k++) values.push(Number(view.getBigUint64(at + 4 + 8 * k, true)));
    return values;
  }
  return undefined;
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0 && view.byteLength - at <= 65_557; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function directoryEntries(view: DataView): Result<MemberEntry[]> {
  const end = findEndOfDirectory(view);
  if (end < 0) return unreadable('no end of central directory');
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (zip64End + 56 > view.byteLength || view.getUint32(zip64End, true) !== ZIP64_END) {
      return unreadable('damaged ZIP64 directory');
    }
    count = Number(view.getBigUint64(zip64End + 32, true));
    at = Number(view.getBigUint64(zip64End + 48, true));
  }
  const entries: MemberEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return unreadable(`directory entry ${k + 1} is damaged`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
    const fields = [
      view.getUint32(at + 24, true),
      view.getUint32(at + 20, true),
      view.getUint32(at + 42, true),
    ];
    const large = fields.filter((value) => value === UNKNOWN_32).length;
    const extra = large > 0 ? zip64Values(view, at + 46 + nameLength, extraLength, large) : [];
    if (extra === undefined) return unreadable(`entry ${k + 1} lacks its ZIP64 sizes`);
    const [bytes, compressedBytes, localHeaderOffset] = fields.map((value) =>
      value === UNKNOWN_32 ? (extra.shift() as number) : value,
    ) as [number, number, number];
    entries.push({
      // Bit 11 marks UTF-8 names; others are read byte for byte, as fflate does.
      name: new TextDecoder(view.getUint16(at + 8, true) & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      compression: view.getUint16(at + 10, true),
      compressedBytes,
      bytes,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}

function memberBytes(view: DataView, bytes: Uint8Array, entry: MemberEntry): Result<Uint8Array> {
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) {
    return unreadable(`${entry.name}: no local header`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedBytes > bytes.byteLength) return unreadable(`${entry.name} runs past the end`);
  const data = bytes.subarray(start, start + entry.compressedBytes);
  if (entry.compression === 0) {
    return data.byteLength === entry.bytes
      ? ok(data.slice())
      : unreadable(`${entry.name}: stored size differs`);
  }
  if (entry.compression !== 8) return unreadable(`${entry.name}: compression method ${entry.compression}`);
  const inflated = inflateCapped(data, entry.bytes, 'raw');
  if (inflated === undefined || inflated.byteLength !== entry.bytes) {
    return unreadable(`${entry.name} does not inflate to the ${entry.bytes} bytes it declares`);
  }
  return ok(inflated);
}

/**
 * The members of the zip `bytes` whose names `wanted` accepts, by name. `zip-too-large` when their declared sizes
 * add up to more than `maxTotalBytes` (decided before inflating); `zip-unreadable` when a member inflates to more
 * or fewer bytes than it declares, decided as soon as it passes its size.
 */
export function readZipMembers(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxTotalBytes: number,
): Result<Map<string, Uint8Array>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let entries: Result<MemberEntry[]>;
  try {
    entries = directoryEntries(view);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
  if (!entries.ok) return entries;
  const chosen = entries.value.filter((entry) => wanted(entry.name));
  const total = chosen.reduce((sum, entry) => sum + entry.bytes, 0);
  if (total > maxTotalBytes) return importFail('zip-too-large', { bytes: total });
  const members = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    let member: Result<Uint8Array>;
    try {
      member = memberBytes(view, bytes, entry);
    } catch (error) {
      return unreadable(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!member.ok) return member;
    members.set(entry.name, member.value);
  }
  return ok(members);
}
