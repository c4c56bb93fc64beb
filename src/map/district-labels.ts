/**
 * District names drawn by deck.gl: its TextLayer rasterises the glyphs it needs from the system's CJK font, so
 * Chinese names render with no glyph server and no network.
 */
import { TextLayer } from '@deck.gl/layers';
import type { DeckLayers } from './deck-layers';
import { SMALL_NAME_SCALE } from './render-model/label-placement';

export interface DistrictLabel {
  id: string;
  name: string;
  /** Second line, e.g. the estimated population; empty for none. */
  detail: string;
  position: [number, number];
  /** Drawn smaller because the full size would overlap a neighbour. */
  small?: boolean;
}

export const NAME_SIZE_PIXELS = 15;
export const DETAIL_SIZE_PIXELS = 12;
const FONT_FAMILY = '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';

export interface DistrictLabels {
  /** `names` and `details` are the labels whose name / second line fit on screen. */
  update(names: DistrictLabel[], details: DistrictLabel[], hoveredId: string | null): void;
  destroy(): void;
}

export function createDistrictLabels(deck: DeckLayers): DistrictLabels {
  return {
    update(names, details, hoveredId) {
      // An empty TextLayer still builds a (zero-sized) font atlas, which WebGL reports as a warning.
      if (names.length === 0) {
        deck.set('labels', []);
        return;
      }
      const common = {
        getPosition: (label: DistrictLabel) => label.position,
        characterSet: 'auto' as const,
        fontFamily: FONT_FAMILY,
        fontSettings: { sdf: true, fontSize: 48, buffer: 8 },
        outlineColor: [255, 255, 255, 230] as [number, number, number, number],
        outlineWidth: 4,
        getTextAnchor: 'middle' as const,
        sizeUnits: 'pixels' as const,
        updateTriggers: {
          getColor: hoveredId,
          getSize: names.map((label) => (label.small ? 1 : 0)).join(''),
        },
      };
      deck.set('labels', [
        new TextLayer<DistrictLabel>({
          ...common,
          id: 'district-names',
          data: names,
          getText: (label) => label.name,
          fontWeight: 700,
          getSize: (label) => (label.small ? NAME_SIZE_PIXELS * SMALL_NAME_SCALE : NAME_SIZE_PIXELS),
          getAlignmentBaseline: 'bottom',
          getColor: (label) => (label.id === hoveredId ? [29, 78, 216, 255] : [17, 24, 39, 255]),
        }),
        new TextLayer<DistrictLabel>({
          ...common,
          id: 'district-details',
          data: details,
          getText: (label) => label.detail,
          fontWeight: 400,
          getSize: DETAIL_SIZE_PIXELS,
          getAlignmentBaseline: 'top',
          getPixelOffset: [0, 2],
          getColor: (label) => (label.id === hoveredId ? [29, 78, 216, 255] : [55, 65, 81, 255]),
        }),
      ]);
    },
    destroy() {
      deck.set('labels', []);
    },
  };
}
