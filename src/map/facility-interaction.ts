/**
 * The facilities on the map: drawn by the deck.gl facility layer (with the drag preview), warmed up at the first
 * pointer move after start-up, and a click reported with the facility under the pointer.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { withDragPreview } from '../core/render/facility-hit';
import { measuresAlongNetwork } from '../state/session-options';
import type { AppStore } from '../state/store';
import type { DeckLayers } from './deck-layers';
import { facilityUnderPointer } from './facility-drag';
import { createFacilityLayer } from './facility-layer';

/** A click on the map: `facilityId` is the facility under the pointer, or null for an empty spot. */
export type MapClick = (lon: number, lat: number, facilityId: string | null) => void;

export function createFacilityInteraction(
  map: maplibregl.Map,
  store: AppStore,
  deck: DeckLayers,
  onClick: MapClick | undefined,
): { destroy(): void } {
  const facilityLayer = createFacilityLayer(deck);
  // deck.gl, which draws the facilities, sets itself up when the pointer first moves over the map after start-up
  // (usually well before a first placement), not at the click: there it froze the main thread for about 0.7 s.
  const warmUpFacilities = () => {
    if (!store.ready.peek()) return;
    map.off('mousemove', warmUpFacilities);
    facilityLayer.warmUp();
  };
  map.on('mousemove', warmUpFacilities);
  map.on('click', (event) => {
    const facilities = store.activeScenario.peek().facilities;
    const facilityId = facilityUnderPointer(map, facilities, event.point.x, event.point.y);
    onClick?.(event.lngLat.lng, event.lngLat.lat, facilityId);
  });
  const dispose = effect(() => {
    facilityLayer.update(
      withDragPreview(store.activeScenario.value.facilities, store.facilityDrag.value),
      store.selectedFacilityId.value,
      !measuresAlongNetwork(store, store.activeScenario.value),
    );
  });
  return {
    destroy() {
      dispose();
      facilityLayer.destroy();
    },
  };
}
