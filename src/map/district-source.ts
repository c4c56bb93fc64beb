/**
 * The districts on the map: their GeoJSON source (fitted once per dataset) and the hovered district, shared with the
 * panel through the store in both directions.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

export const FIT_PADDING = { top: 40, bottom: 40, left: 40, right: 40 };

export interface DistrictSource {
  /** Puts the dataset's districts in the source; fits the camera to a dataset not fitted yet. */
  apply(): void;
  destroy(): void;
}

/** `styleReady` says whether layers and sources can be added (from 'style.load' until the next setStyle). */
export function createDistrictSource(
  map: maplibregl.Map,
  store: AppStore,
  styleReady: () => boolean,
): DistrictSource {
  // Fitted once per dataset: an imported dataset (issue #5) may lie in another city.
  let fittedDatasetId: string | null = null;
  let hoveredOnMap: string | null = null;

  const apply = () => {
    const summary = store.summary.value;
    const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE.districts);
    if (!summary || !source) return;
    source.setData(summary.districtsGeoJson);
    if (fittedDatasetId !== summary.id) {
      fittedDatasetId = summary.id;
      map.fitBounds(summary.bounds, { padding: FIT_PADDING, animate: false });
    }
  };

  // At a finer level the units' layer reports the unit under the pointer (unit-level-source.ts).
  map.on('mousemove', LAYER.districtFill, (event) => {
    if (store.unitLevelId.peek() !== DISTRICT_LEVEL_ID) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string' && id !== hoveredOnMap) {
      hoveredOnMap = id;
      store.hoveredDistrictId.value = id;
    }
  });
  map.on('mouseleave', LAYER.districtFill, () => {
    hoveredOnMap = null;
    if (store.unitLevelId.peek() === DISTRICT_LEVEL_ID) store.hoveredDistrictId.value = null;
  });

  const disposers = [
    effect(() => {
      if (store.summary.value && styleReady()) apply();
    }),
    effect(() => {
      const hovered = store.hoveredDistrictId.value;
      const summary = store.summary.value;
      if (!summary || !styleReady() || !map.getSource(SOURCE.districts)) return;
      for (const district of summary.districts) {
        map.setFeatureState(
          { source: SOURCE.districts, id: district.id },
          { hover: district.id === hovered },
        );
      }
    }),
  ];
  return {
    apply,
    destroy() {
      for (const dispose of disposers) dispose();
    },
  };
}
