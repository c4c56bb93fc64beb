import type { Locale } from '../state/locale';

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

/** A multiplier or ratio with fixed decimals: 1.2987. */
export function formatDecimal(value: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
