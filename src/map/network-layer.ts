/**
 * The walking network on the map (issue 13), through the one deck.gl overlay: the streets the selected or dragged
 * facility reaches (store.networkCatchment, computed in the engine worker) as lines, and the network's extent as an
 * outline while the active scenario is in network mode, so a planner sees where network figures stop. Created before
 * the facility layer, so the streets draw under the facility points (deck groups draw in the order first set).
 */
import type { LayersList } from '@deck.gl/core';
import { LineLayer, PathLayer } from '@deck.gl/layers';
import { effect } from '@preact/signals';
import type { AppStore } from '../state/store';
import type { DeckLayers } from './deck-layers';

/** Reached streets: the facility colours' teal, strong enough over the population raster. */
const CATCHMENT_COLOUR: [number, number, number, number] = [13, 148, 136, 235];
const EXTENT_COLOUR: [number, number, number, number] = [71, 85, 105, 200];

/** The four sides of [west, south, east, north] as one closed path. */
export function extentPath([west, south, east, north]: [number, number, number, number]): [number, number][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

export function createNetworkLayer(deck: DeckLayers, store: AppStore): () => void {
  // The outline is made once per network status, so a drag only replaces the streets' layer.
  let outline: { status: object; layer: PathLayer<[number, number][]> } | undefined;
  const dispose = effect(() => {
    const status = store.network.value;
    const networkMode = store.activeScenario.value.parameters.distance === 'network';
    const catchment = store.networkCatchment.value;
    if (status.status !== 'ready' || !networkMode) {
      deck.set('network', []);
      return;
    }
    if (outline?.status !== status) {
      outline = {
        status,
        layer: new PathLayer<[number, number][]>({
          id: 'network-extent',
          data: [extentPath(status.extent)],
          getPath: (path) => path,
          getColor: EXTENT_COLOUR,
          widthUnits: 'pixels',
          getWidth: 1.5,
        }),
      };
    }
    const layers: LayersList = [outline.layer];
    if (catchment && catchment.segments.length > 0) {
      const positions = Float32Array.from(catchment.segments);
      layers.push(
        new LineLayer({
          id: 'network-catchment',
          data: {
            length: positions.length / 4,
            attributes: {
              getSourcePosition: { value: positions, size: 2, stride: 16, offset: 0 },
              getTargetPosition: { value: positions, size: 2, stride: 16, offset: 8 },
            },
          },
          getColor: CATCHMENT_COLOUR,
          widthUnits: 'pixels',
          getWidth: 3,
        }),
      );
    }
    deck.set('network', layers);
  });
  return () => {
    dispose();
    deck.set('network', []);
  };
}
