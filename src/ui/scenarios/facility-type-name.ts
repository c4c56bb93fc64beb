import { findFacilityPreset } from '../../core/rules/facility-presets';
import type { Locale } from '../../state/locale';

/** A facility type's name in the UI language, or its id when it has no preset. */
export function facilityTypeLabel(type: string, locale: Locale): string {
  const preset = findFacilityPreset(type);
  if (!preset) return type;
  return locale === 'en' ? preset.nameEn : preset.nameZh;
}
