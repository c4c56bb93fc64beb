/**
 * Keeps the HTML district names (district-labels.ts) placed on the map: the label model follows the dataset and the
 * language, the placement follows the camera and the hovered district.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { districtLabels } from '../core/render/district-label-model';
import { placeLabels, textWidthPixels } from '../core/render/label-placement';
import type { AppStore } from '../state/store';
import {
  DETAIL_SIZE_PIXELS,
  type DistrictLabel,
  type DistrictLabels,
  NAME_SIZE_PIXELS,
} from './district-labels';

/** Starts placing the labels; returns the function that stops following the store. */
export function placeDistrictLabels(
  map: maplibregl.Map,
  labels: DistrictLabels,
  store: AppStore,
): () => void {
  let labelModel: DistrictLabel[] = [];
  let populationById = new Map<string, number>();
  let hoveredLabel: string | null = null;
  /** Labels that would overlap at this zoom lose their second line, then their name; the hovered one wins. */
  const placeLabelsOnScreen = () => {
    const candidates = labelModel.map((label) => {
      const point = map.project(label.position);
      return {
        id: label.id,
        x: point.x,
        y: point.y,
        nameWidth: textWidthPixels(label.name, NAME_SIZE_PIXELS),
        nameHeight: NAME_SIZE_PIXELS + 2,
        detailWidth: textWidthPixels(label.detail, DETAIL_SIZE_PIXELS),
        detailHeight: DETAIL_SIZE_PIXELS + 4,
        priority: label.id === hoveredLabel ? Number.POSITIVE_INFINITY : (populationById.get(label.id) ?? 0),
      };
    });
    const placement = placeLabels(candidates);
    labels.update(
      labelModel.flatMap((label, index) => {
        const placed = placement.get(label.id);
        const candidate = candidates[index];
        if (!placed?.showName || !candidate) return [];
        return [
          {
            id: label.id,
            name: label.name,
            detail: placed.showDetail ? label.detail : '',
            x: candidate.x,
            y: candidate.y,
            small: placed.small,
            hovered: label.id === hoveredLabel,
          },
        ];
      }),
    );
  };
  map.on('move', placeLabelsOnScreen);
  map.on('resize', placeLabelsOnScreen);

  const disposers = [
    effect(() => {
      const summary = store.summary.value;
      labelModel = summary ? districtLabels(summary, store.locale.value) : [];
      populationById = new Map(summary?.districts.map((district) => [district.id, district.population]));
      // A new dataset's fit moves the camera, and 'move' places them again.
      placeLabelsOnScreen();
    }),
    // Apart from the model above: a hover only re-places the labels (the label points cost 0.1 s to find).
    effect(() => {
      hoveredLabel = store.hoveredDistrictId.value;
      placeLabelsOnScreen();
    }),
  ];
  return () => {
    for (const dispose of disposers) dispose();
  };
}
