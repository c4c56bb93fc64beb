import type { Locale } from '../core/model/locale';

const integerFormats = new Map<Locale, Intl.NumberFormat>();

/** Whole persons or households with the locale's grouping: 1,700,100. */
export function formatInteger(value: number, locale: Locale): string {
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    integerFormats.set(locale, format);
  }
  return format.format(Math.round(value));
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/** A multiplier or ratio with fixed decimals: 1.2987. */
export function formatDecimal(value: number, locale: Locale, digits: number): string {
  // Cached: the district table's tooltips call this hundreds of times per results update, and building an
  // Intl.NumberFormat each time was most of a 40–70 ms task per frame while dragging a facility.
  const key = `${locale}|${digits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}
