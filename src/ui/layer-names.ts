import type { MessageKey } from './i18n/i18n';

/** UI names of the population layers the default dataset provides; other ids are shown as they are. */
export const layerNameKeys: Record<string, { name: MessageKey; hint: MessageKey }> = {
  total: { name: 'layerTotal', hint: 'layerTotalHint' },
  adults20plus: { name: 'layerAdults', hint: 'layerAdultsHint' },
  elderly60plus: { name: 'layerElderly', hint: 'layerElderlyHint' },
};

/** Layers in the order of the switch: the estimate first, then the source counts. */
export function orderedLayers(layers: readonly string[]): string[] {
  const known = Object.keys(layerNameKeys).filter((id) => layers.includes(id));
  return [...known, ...layers.filter((id) => !(id in layerNameKeys))];
}
