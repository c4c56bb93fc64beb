/**
 * District names over the map as HTML text: the browser draws them with the system's CJK font, so Chinese names
 * render with no glyph server and no network, and they cost the GPU nothing. They were a deck.gl TextLayer before;
 * under software WebGL its device set-up, font atlas and shaders added 0.7–1 s between the data's arrival and the
 * first complete frame (issue 2's start-up budget), while these are 13 positioned elements moved on each camera
 * change. The picture export draws the same labels on its canvas (`drawDistrictLabels`).
 */
import type * as maplibregl from 'maplibre-gl';
import { SMALL_NAME_SCALE } from '../core/render/label-placement';

export type { DistrictLabel } from '../core/render/district-label-model';

/** A label placed on screen: anchor in CSS pixels of the map container; `detail` empty when it does not fit. */
export interface ScreenLabel {
  id: string;
  name: string;
  detail: string;
  x: number;
  y: number;
  /** Drawn at {@link SMALL_NAME_SCALE} because the full size would overlap a neighbour. */
  small: boolean;
  hovered: boolean;
}

export const NAME_SIZE_PIXELS = 15;
export const DETAIL_SIZE_PIXELS = 12;
/** Gap between the anchor and the top of the detail line, CSS pixels. */
const DETAIL_OFFSET_PIXELS = 2;
/** Width of the white halo stroke, CSS pixels (half of it shows outside the glyphs). */
const HALO_PIXELS = 4;
export const LABEL_FONT_FAMILY =
  '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';

export interface DistrictLabels {
  /** Shows exactly `labels` (the ones whose name fits on screen), reusing elements by district id. */
  update(labels: readonly ScreenLabel[]): void;
  destroy(): void;
}

/** What each map shows now, for the picture export (which gets only the map). */
const shownByMap = new WeakMap<maplibregl.Map, readonly ScreenLabel[]>();

/** The labels currently shown on `map`, in CSS pixels of its container. */
export function shownDistrictLabels(map: maplibregl.Map): readonly ScreenLabel[] {
  return shownByMap.get(map) ?? [];
}

interface LabelElements {
  root: HTMLDivElement;
  name: HTMLDivElement;
  detail: HTMLDivElement;
}

function createLabelElements(): LabelElements {
  const root = document.createElement('div');
  root.className = 'district-label';
  const name = document.createElement('div');
  name.className = 'district-label-name';
  const detail = document.createElement('div');
  detail.className = 'district-label-detail';
  root.append(name, detail);
  return { root, name, detail };
}

function setText(element: HTMLElement, text: string) {
  if (element.textContent !== text) element.textContent = text;
}

export function createDistrictLabels(map: maplibregl.Map): DistrictLabels {
  const layer = document.createElement('div');
  layer.className = 'district-labels';
  layer.setAttribute('aria-hidden', 'true');
  // The sizes the placement (label-placement.ts) and the picture export use, so the three cannot drift apart.
  const properties: Record<string, string> = {
    '--label-font': LABEL_FONT_FAMILY,
    '--label-halo': `${HALO_PIXELS}px`,
    '--label-name-size': `${NAME_SIZE_PIXELS}px`,
    '--label-small-name-size': `${NAME_SIZE_PIXELS * SMALL_NAME_SCALE}px`,
    '--label-detail-size': `${DETAIL_SIZE_PIXELS}px`,
    '--label-detail-offset': `${DETAIL_OFFSET_PIXELS}px`,
  };
  for (const [name, value] of Object.entries(properties)) layer.style.setProperty(name, value);
  // Above the canvas, below MapLibre's controls and popups.
  map.getCanvasContainer().after(layer);
  const elements = new Map<string, LabelElements>();
  return {
    update(labels) {
      shownByMap.set(map, labels);
      const keep = new Set<string>();
      for (const label of labels) {
        keep.add(label.id);
        let shown = elements.get(label.id);
        if (!shown) {
          shown = createLabelElements();
          elements.set(label.id, shown);
          layer.append(shown.root);
        }
        shown.root.style.transform = `translate(${label.x}px, ${label.y}px)`;
        shown.root.classList.toggle('small', label.small);
        shown.root.classList.toggle('hovered', label.hovered);
        setText(shown.name, label.name);
        setText(shown.detail, label.detail);
      }
      for (const [id, shown] of elements) {
        if (keep.has(id)) continue;
        shown.root.remove();
        elements.delete(id);
      }
    },
    destroy() {
      shownByMap.delete(map);
      layer.remove();
    },
  };
}

/**
 * Draws `labels` as the map shows them onto a picture whose map area starts at (`left`, `top`) and has `scale`
 * canvas pixels per CSS pixel: the name in bold above the anchor, the detail line below, both with a white halo.
 */
export function drawDistrictLabels(
  context: CanvasRenderingContext2D,
  labels: readonly ScreenLabel[],
  left: number,
  top: number,
  scale: number,
) {
  context.save();
  context.textAlign = 'center';
  context.lineJoin = 'round';
  context.lineWidth = HALO_PIXELS * scale;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  for (const label of labels) {
    const x = left + label.x * scale;
    const y = top + label.y * scale;
    const nameSize = NAME_SIZE_PIXELS * (label.small ? SMALL_NAME_SCALE : 1) * scale;
    context.font = `700 ${nameSize}px ${LABEL_FONT_FAMILY}`;
    context.textBaseline = 'bottom';
    context.fillStyle = label.hovered ? '#1d4ed8' : '#111827';
    context.strokeText(label.name, x, y);
    context.fillText(label.name, x, y);
    if (!label.detail) continue;
    context.font = `400 ${DETAIL_SIZE_PIXELS * scale}px ${LABEL_FONT_FAMILY}`;
    context.textBaseline = 'top';
    context.fillStyle = label.hovered ? '#1d4ed8' : '#374151';
    const detailY = y + DETAIL_OFFSET_PIXELS * scale;
    context.strokeText(label.detail, x, detailY);
    context.fillText(label.detail, x, detailY);
  }
  context.restore();
}
