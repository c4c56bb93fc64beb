/**
 * The map view as a PNG (issue 6 "Picture"): the map canvas with a title band, a legend, a scale bar and the data
 * credits. The canvas does not keep its drawing buffer (`preserveDrawingBuffer` costs every frame), so it is read in
 * the same task as a render, before the browser may clear it.
 */
import type * as maplibregl from 'maplibre-gl';
import { exportLayout, metersPerCssPixel, scaleBar } from '../core/render/export-layout';
import { deckCanvas } from './deck-layers';
import { drawDistrictLabels, LABEL_FONT_FAMILY, shownDistrictLabels } from './district-labels';

/** One legend entry: a swatch and its text. `ring` is a hollow circle (a proposed facility). */
export interface LegendEntry {
  colour: string;
  label: string;
  shape: 'square' | 'circle' | 'ring';
}

export interface LegendSection {
  title: string;
  entries: LegendEntry[];
}

export interface MapPictureInput {
  map: maplibregl.Map;
  title: string;
  credits: string;
  legend: LegendSection[];
}

/**
 * The map canvas right after a render, copied before the browser may clear it, with deck.gl's canvas (facilities and
 * streets, deck-layers.ts: it keeps its last frame) drawn over it; the district names are HTML over both and are
 * drawn on the picture separately.
 */
function captureMapCanvas(map: maplibregl.Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const base = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = base.width;
      out.height = base.height;
      const context = out.getContext('2d');
      context?.drawImage(base, 0, 0);
      const facilities = deckCanvas(map);
      if (facilities) context?.drawImage(facilities, 0, 0, out.width, out.height);
      resolve(out);
    });
    map.triggerRepaint();
  });
}

function drawSwatch(
  context: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
  size: number,
) {
  context.fillStyle = entry.colour;
  context.strokeStyle = entry.colour;
  if (entry.shape === 'square') {
    context.fillRect(x, y, size, size);
    return;
  }
  context.beginPath();
  context.arc(x + size / 2, y + size / 2, size / 2 - context.lineWidth, 0, Math.PI * 2);
  if (entry.shape === 'circle') context.fill();
  else {
    context.fillStyle = '#ffffff';
    context.fill();
    context.stroke();
  }
}

function drawLegend(
  context: CanvasRenderingContext2D,
  sections: LegendSection[],
  x: number,
  bottom: number,
  s: number,
) {
  const rows = sections.reduce((count, section) => count + 1 + section.entries.length, 0);
  if (rows === 0) return;
  const rowHeight = 18 * s;
  const padding = 8 * s;
  context.font = `${12 * s}px ${LABEL_FONT_FAMILY}`;
  const textWidth = Math.max(
    ...sections.flatMap((section) => [
      context.measureText(section.title).width,
      ...section.entries.map((entry) => 20 * s + context.measureText(entry.label).width),
    ]),
  );
  const width = textWidth + 2 * padding;
  const height = rows * rowHeight + 2 * padding;
  const top = bottom - height;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(x, top, width, height);
  context.strokeStyle = 'rgba(17,24,39,0.25)';
  context.lineWidth = 1 * s;
  context.strokeRect(x, top, width, height);
  context.textBaseline = 'middle';
  let y = top + padding;
  for (const section of sections) {
    context.font = `bold ${12 * s}px ${LABEL_FONT_FAMILY}`;
    context.fillStyle = '#111827';
    context.fillText(section.title, x + padding, y + rowHeight / 2);
    y += rowHeight;
    context.font = `${12 * s}px ${LABEL_FONT_FAMILY}`;
    for (const entry of section.entries) {
      context.lineWidth = 2 * s;
      drawSwatch(context, entry, x + padding, y + 3 * s, 12 * s);
      context.fillStyle = '#111827';
      context.fillText(entry.label, x + padding + 20 * s, y + rowHeight / 2);
      y += rowHeight;
    }
  }
}

function drawScaleBar(
  context: CanvasRenderingContext2D,
  map: maplibregl.Map,
  right: number,
  bottom: number,
  s: number,
) {
  const bar = scaleBar(metersPerCssPixel(map.getCenter().lat, map.getZoom()));
  const length = bar.cssPixels * s;
  const x = right - length - 12 * s;
  const y = bottom - 14 * s;
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(x - 6 * s, y - 20 * s, length + 12 * s, 28 * s);
  context.strokeStyle = '#111827';
  context.lineWidth = 2 * s;
  context.beginPath();
  context.moveTo(x, y - 6 * s);
  context.lineTo(x, y);
  context.lineTo(x + length, y);
  context.lineTo(x + length, y - 6 * s);
  context.stroke();
  context.fillStyle = '#111827';
  context.font = `${12 * s}px ${LABEL_FONT_FAMILY}`;
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  context.fillText(bar.label, x + length / 2, y - 6 * s);
  context.textAlign = 'left';
}

/** The composed picture: title band, the map with legend and scale bar, credits band. */
export async function composeMapPicture(input: MapPictureInput): Promise<HTMLCanvasElement> {
  const mapImage = await captureMapCanvas(input.map);
  const box = input.map.getContainer().getBoundingClientRect();
  const layout = exportLayout(mapImage.width, mapImage.height, mapImage.width / Math.max(1, box.width));
  const s = layout.scale;
  const out = document.createElement('canvas');
  out.width = layout.width;
  out.height = layout.height;
  const context = out.getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(mapImage, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  drawDistrictLabels(context, shownDistrictLabels(input.map), layout.map.x, layout.map.y, s);
  context.fillStyle = '#111827';
  context.textBaseline = 'middle';
  context.font = `bold ${20 * s}px ${LABEL_FONT_FAMILY}`;
  context.fillText(input.title, 16 * s, layout.titleBand.height / 2, layout.width - 32 * s);
  const mapBottom = layout.map.y + layout.map.height;
  drawLegend(context, input.legend, 12 * s, mapBottom - 12 * s, s);
  drawScaleBar(context, input.map, layout.width, mapBottom, s);
  context.fillStyle = '#4b5563';
  context.textBaseline = 'middle';
  context.font = `${12 * s}px ${LABEL_FONT_FAMILY}`;
  context.fillText(
    input.credits,
    16 * s,
    layout.creditBand.y + layout.creditBand.height / 2,
    layout.width - 32 * s,
  );
  return out;
}

/** The composed picture as PNG bytes. */
export async function mapPicturePng(input: MapPictureInput): Promise<Blob> {
  const canvas = await composeMapPicture(input);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
