/**
 * The scenario's facilities on the map through deck.gl: each service radius as a true circle in metres and each
 * facility as a point. Only the points are pickable, so a click near a point selects it and elsewhere places.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Facility } from '../core/model/facility';
import type { DeckLayers } from './deck-layers';
import { type FacilityStyle, facilityStyle } from './render-model/facility-style';

export interface FacilityLayer {
  update(facilities: readonly Facility[], selectedId: string | null): void;
  /** Id of the facility drawn at the screen point, or null. */
  pick(x: number, y: number): string | null;
  destroy(): void;
}

const POINTS_LAYER_ID = 'facility-points';
const PICK_RADIUS_PIXELS = 6;

type Drawn = FacilityStyle & { id: string };

export function createFacilityLayer(deck: DeckLayers): FacilityLayer {
  return {
    update(facilities, selectedId) {
      const data: Drawn[] = facilities.map((f) => ({ id: f.id, ...facilityStyle(f, selectedId) }));
      deck.set('facilities', [
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
        }),
        new ScatterplotLayer<Drawn>({
          id: POINTS_LAYER_ID,
          data,
          pickable: true,
          getPosition: (d) => d.position,
          radiusUnits: 'pixels',
          getRadius: (d) => (d.selected ? 8 : 6),
          stroked: true,
          filled: true,
          getFillColor: (d) => d.pointFill,
          getLineColor: (d) => d.pointLine,
          lineWidthUnits: 'pixels',
          getLineWidth: (d) => (d.selected ? 3 : 2),
        }),
      ]);
    },
    pick(x, y) {
      const picked = deck.pickObject({ x, y, radius: PICK_RADIUS_PIXELS, layerIds: [POINTS_LAYER_ID] });
      const object = picked?.object as Drawn | undefined;
      return object ? object.id : null;
    },
    destroy() {
      deck.set('facilities', []);
    },
  };
}
