/** The legend of the exported picture and the report: population classes, facility types, the delta map. */

import type { Locale } from '../../core/model/locale';
import type { Scenario } from '../../core/model/scenario';
import { COVERAGE_CHANGE_COLOURS } from '../../core/render/coverage-change-raster';
import { findFacilityPreset } from '../../core/rules/facility-presets';
import type { CoverageChangeImage, PopulationRaster } from '../../engine/engine-client';
import type { LegendSection } from '../../map/export-png';
import { formatInteger } from '../format';
import type { MessageKey } from '../i18n/i18n';
import { layerNameKeys } from '../layer-names';
import { facilityTypeName } from '../local-name';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const rgba = (colour: readonly number[]) =>
  `rgba(${colour[0]},${colour[1]},${colour[2]},${(colour[3] ?? 255) / 255})`;

export function pictureLegend(
  raster: PopulationRaster | null,
  scenario: Scenario,
  delta: CoverageChangeImage | null,
  locale: Locale,
  t: Translate,
): LegendSection[] {
  const sections: LegendSection[] = [];
  if (delta) {
    sections.push({
      title: `${t('compareDeltaMap')} · ${facilityTypeName(delta.type, locale)}`,
      entries: [
        { colour: rgba(COVERAGE_CHANGE_COLOURS.gained), label: t('compareGained'), shape: 'square' },
        { colour: rgba(COVERAGE_CHANGE_COLOURS.lost), label: t('compareLost'), shape: 'square' },
        { colour: rgba(COVERAGE_CHANGE_COLOURS.kept), label: t('compareKept'), shape: 'square' },
      ],
    });
  } else if (raster) {
    const { thresholds, colours } = raster.ramp;
    const keys = layerNameKeys[raster.layer];
    sections.push({
      title: `${t('legendTitle')} · ${keys ? t(keys.name) : raster.layer}`,
      entries: colours.map((colour, k) => {
        const low = thresholds[k - 1];
        const high = thresholds[k];
        const label =
          low === undefined
            ? `≤ ${formatInteger(high ?? 0, locale)}`
            : high === undefined
              ? `> ${formatInteger(low, locale)}`
              : `${formatInteger(low, locale)}–${formatInteger(high, locale)}`;
        return { colour: rgba(colour), label, shape: 'square' as const };
      }),
    });
  }
  const types = [...new Set(scenario.facilities.map((f) => f.type))];
  if (types.length > 0) {
    sections.push({
      title: t('exportLegendFacilities'),
      entries: types.flatMap((type) => {
        const colour = findFacilityPreset(type)?.color ?? '#6b7280';
        const statuses = new Set(scenario.facilities.filter((f) => f.type === type).map((f) => f.status));
        return [...statuses].map((status) => ({
          colour,
          label: `${facilityTypeName(type, locale)} (${t(status === 'existing' ? 'exportLegendExisting' : 'exportLegendProposed')})`,
          shape: status === 'existing' ? ('circle' as const) : ('ring' as const),
        }));
      }),
    });
  }
  return sections;
}
