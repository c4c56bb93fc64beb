/**
 * Text of imported files: UTF-8, or GB 18030 (a superset of GBK and GB 2312) when the bytes are not valid UTF-8 —
 * Chinese GIS offices still export GBK CSV and .dbf files. TextDecoder exists in browsers, workers and Node but not
 * in the ES2022 lib src/core is checked against, hence the narrow local type.
 */

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Encodings the import path reads. */
export type TextEncodingName = 'utf-8' | 'gb18030';

/**
 * Decodes `bytes` as UTF-8 when valid (a leading byte-order mark dropped), else as GB 18030. Returns the text and
 * the encoding used.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    const text = new Decoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new Decoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** True when `bytes` are valid UTF-8 (plain ASCII included). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new Decoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The TextDecoder label for a shapefile .cpg code page: `UTF-8`, `GBK`, `CP936`, `936`, `GB2312`, `GB18030`, `ANSI
 * 936`, `1252`, … Chinese code pages map to `gb18030`; numeric Windows code pages to `windows-n`. Returns undefined
 * for labels TextDecoder does not know.
 */
export function encodingFromCodePage(codePage: string): string | undefined {
  const normalized = codePage
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (/^(utf-?8|65001)$/.test(normalized)) return 'utf-8';
  if (/^(cp)?936$|^gbk$|^gb_?2312|^gb18030$|^euc-cn$/.test(normalized)) return 'gb18030';
  if (/^(cp)?950$|^big5$/.test(normalized)) return 'big5';
  const numeric = /^(?:cp)?(\d{3,4})$/.exec(normalized)?.[1];
  const label = numeric === undefined ? normalized : `windows-${numeric}`;
  try {
    new Decoder(label);
    return label;
  } catch {
    return undefined;
  }
}
