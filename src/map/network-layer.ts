/**
 * The walking network on the map (issue 13), through the one deck.gl overlay: while the active scenario is in network
 * mode, the network's extent as an outline (so a planner sees where network figures stop) and the streets the
 * selected or dragged facility reaches (store.networkCatchment, computed in the engine worker), all in one
 * `LineLayer` fed binary attributes (core/render/network-lines.ts): one draw call and one upload per new catchment.
 * Two layers (a PathLayer outline beside the streets) cost two draws in every frame of a drag, each several ms of
 * the main thread under software WebGL. Created before the facility layer, so the lines draw under the facility points
 * (deck groups draw in the order first set).
 */
import { LineLayer } from '@deck.gl/layers';
import { effect } from '@preact/signals';
import { type LineStyle, packNetworkLines } from '../core/render/network-lines';
import type { AppStore, NetworkCatchment } from '../state/store';
import type { DeckLayers } from './deck-layers';

/** Reached streets: the facility colours' teal, strong enough over the population raster. */
const STREETS: LineStyle = { colour: [13, 148, 136, 235], widthPixels: 3 };
const OUTLINE: LineStyle = { colour: [71, 85, 105, 200], widthPixels: 1.5 };

const NO_STREETS = new Float64Array(0);

export function createNetworkLayer(deck: DeckLayers, store: AppStore): () => void {
  // The layer drawn, kept while its network status and catchment are the same objects: a commit (which re-runs this
  // effect) then hands deck.gl the same layer, and deck.gl updates nothing.
  let drawn: { status: object; catchment: NetworkCatchment | null; layer: LineLayer } | undefined;
  const dispose = effect(() => {
    const status = store.network.value;
    const networkMode = store.activeScenario.value.parameters.distance === 'network';
    const catchment = store.networkCatchment.value;
    if (status.status !== 'ready' || !networkMode) {
      drawn = undefined;
      deck.set('network', []);
      return;
    }
    if (drawn?.status === status && drawn.catchment === catchment) return;
    const lines = packNetworkLines(status.extent, catchment?.segments ?? NO_STREETS, OUTLINE, STREETS);
    const layer = new LineLayer({
      id: 'network-lines',
      data: {
        length: lines.length,
        attributes: {
          getSourcePosition: { value: lines.positions, size: 2, stride: 16, offset: 0 },
          getTargetPosition: { value: lines.positions, size: 2, stride: 16, offset: 8 },
          getColor: { value: lines.colours, size: 4 },
          getWidth: { value: lines.widthsPixels, size: 1 },
        },
      },
      widthUnits: 'pixels',
    });
    drawn = { status, catchment, layer };
    deck.set('network', [layer]);
  });
  return () => {
    dispose();
    deck.set('network', []);
  };
}
