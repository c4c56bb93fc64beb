/**
 * The facilities on the map: drawn by the deck.gl facility layer (with the drag preview), warmed up at the first
 * pointer move after start-up, and a click reported with the facility under the pointer.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { Facility } from '../core/model/facility';
import { dragDrawnAt, withDragPreview } from '../core/render/facility-hit';
import { measuresAlongNetwork } from '../state/session-options';
import type { AppStore } from '../state/store';
import type { DeckLayers } from './deck-layers';
import { facilityUnderPointer } from './facility-drag';
import { createFacilityLayer } from './facility-layer';

const samePosition = (
  a: { id: string; lon: number; lat: number } | null,
  b: { id: string; lon: number; lat: number } | null,
) => a === b || (a !== null && b !== null && a.id === b.id && a.lon === b.lon && a.lat === b.lat);

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
  // What was last handed to the layer: a pointer move in walking-network mode leaves the drawn position as it is
  // until the streets for the new one arrive (dragDrawnAt), and must then not rebuild the layer nor draw a frame.
  let drawn:
    | {
        facilities: readonly Facility[];
        at: { id: string; lon: number; lat: number } | null;
        selectedId: string | null;
        discs: boolean;
      }
    | undefined;
  const dispose = effect(() => {
    const scenario = store.activeScenario.value;
    const alongNetwork = measuresAlongNetwork(store, scenario);
    const at = dragDrawnAt(store.facilityDrag.value, store.networkCatchment.value, alongNetwork);
    const selectedId = store.selectedFacilityId.value;
    const discs = !alongNetwork;
    if (
      drawn?.facilities === scenario.facilities &&
      drawn.selectedId === selectedId &&
      drawn.discs === discs &&
      samePosition(drawn.at, at)
    ) {
      return;
    }
    drawn = { facilities: scenario.facilities, at, selectedId, discs };
    facilityLayer.update(withDragPreview(scenario.facilities, at), selectedId, discs);
  });
  return {
    destroy() {
      dispose();
      facilityLayer.destroy();
    },
  };
}
