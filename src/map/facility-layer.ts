/**
 * The scenario's facilities on the map through deck.gl: each service radius as a true circle in metres and each
 * facility as a point. Nothing here is pickable: with a pickable layer deck.gl reads pixels back on every pointer
 * move and press (0.1–0.3 s each under software WebGL, far over the 50 ms budget of a drag). The facility under the
 * pointer comes from projected points instead (core/render/facility-hit.ts, map/facility-drag.ts).
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Facility } from '../core/model/facility';
import { type FacilityStyle, facilityStyle } from '../core/render/facility-style';
import type { DeckLayers } from './deck-layers';

export interface FacilityLayer {
  /**
   * Draws the facilities; with `discs` false (walking-network mode) no radius circle is drawn (and no layer for
   * them is kept), since the catchment is the reached streets (network-layer.ts), not a disc.
   */
  update(facilities: readonly Facility[], selectedId: string | null, discs?: boolean): void;
  /**
   * Draws the (possibly empty) layers from now on, so deck.gl sets itself up and compiles their shaders before the
   * first facility is placed. Called when the app is idle after start-up: done at the first click instead, it froze
   * the main thread for about 0.7 s under software WebGL.
   */
  warmUp(): void;
  destroy(): void;
}

const POINTS_LAYER_ID = 'facility-points';

type Drawn = FacilityStyle & { id: string };

export function createFacilityLayer(deck: DeckLayers): FacilityLayer {
  let warm = false;
  let shown: { facilities: readonly Facility[]; selectedId: string | null; discs: boolean } = {
    facilities: [],
    selectedId: null,
    discs: true,
  };
  const update = (facilities: readonly Facility[], selectedId: string | null, discs = true) => {
    shown = { facilities, selectedId, discs };
    const data: Drawn[] = facilities.map((f) => ({ id: f.id, ...facilityStyle(f, selectedId) }));
    // No layers for no facilities until warmed up: an empty layer still compiles its shaders, and at start-up that
    // would create deck.gl's overlay (deck-layers.ts) on the way to the first complete frame.
    if (data.length === 0 && !warm) {
      deck.set('facilities', []);
      return;
    }
    // In walking-network mode there is no radii layer at all, not an empty one: deck.gl draws every layer in every
    // frame, data or not, and each draw costs the main thread a few ms of a drag under software WebGL.
    const radii = () =>
      new ScatterplotLayer<Drawn>({
        id: 'facility-radii',
        data,
        getPosition: (d) => d.position,
        getRadius: (d) => d.radiusMeters,
        radiusUnits: 'meters',
        stroked: true,
        filled: true,
        getFillColor: (d) => d.circleFill,
        getLineColor: (d) => d.circleLine,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
      });
    const points = new ScatterplotLayer<Drawn>({
      id: POINTS_LAYER_ID,
      data,
      getPosition: (d) => d.position,
      radiusUnits: 'pixels',
      getRadius: (d) => (d.selected ? 8 : 6),
      stroked: true,
      filled: true,
      getFillColor: (d) => d.pointFill,
      getLineColor: (d) => d.pointLine,
      lineWidthUnits: 'pixels',
      getLineWidth: (d) => (d.selected ? 3 : 2),
    });
    deck.set('facilities', discs ? [radii(), points] : [points]);
  };
  return {
    update,
    warmUp() {
      if (warm) return;
      warm = true;
      update(shown.facilities, shown.selectedId, shown.discs);
    },
    destroy() {
      deck.set('facilities', []);
    },
  };
}
