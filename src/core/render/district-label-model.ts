import type { Locale } from '../model/locale';
import type { DatasetSummary } from '../session/dataset-summary';
import { labelPointOf } from './label-point';

/** One district's label before placement: its texts and its anchor in longitude/latitude. */
export interface DistrictLabel {
  id: string;
  name: string;
  /** Second line, e.g. the estimated population; empty for none. */
  detail: string;
  position: [number, number];
}

const compactFormats = new Map<Locale, Intl.NumberFormat>();

/** Estimated population in the locale's compact form: 96.5万人, 965K people. */
export function compactPopulation(value: number, locale: Locale): string {
  // One formatter per locale: building one per label was 0.1 s of the main thread when the data arrived.
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
    compactFormats.set(locale, format);
  }
  const number = format.format(value);
  return locale === 'zh-CN' ? `${number}人` : `${number} people`;
}

/** One label per district: name, compact population, a point well inside the polygon. */
export function districtLabels(summary: DatasetSummary, locale: Locale): DistrictLabel[] {
  return summary.districtsGeoJson.features.map((feature, index) => {
    const district = summary.districts[index];
    return {
      id: feature.properties.id,
      name: feature.properties.name,
      detail: district ? compactPopulation(district.population, locale) : '',
      position: labelPointOf(feature.geometry),
    };
  });
}
