/**
 * Geometry of the exported map picture (issue 6 "Picture"): a title band above the map, a credits band below,
 * the legend and the scale bar on the map, all in output pixels. Pure, so the sizes the e2e test checks and the
 * scale bar's length can be worked out by hand.
 */

/** Title band height, CSS pixels (multiplied by the pixel ratio in the output). */
export const EXPORT_TITLE_BAND_CSS_PIXELS = 56;
/** Credits band height, CSS pixels. */
export const EXPORT_CREDIT_BAND_CSS_PIXELS = 28;
/** Longest the scale bar may be, CSS pixels. */
export const SCALE_BAR_MAX_CSS_PIXELS = 120;

/** Earth's equatorial circumference, metres (Web Mercator sphere). */
const EQUATOR_METERS = 40_075_016.686;
/** MapLibre's world size at zoom 0, CSS pixels. */
const TILE_SIZE_PIXELS = 512;

export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportLayout {
  /** Output size, pixels. */
  width: number;
  height: number;
  /** Pixels per CSS pixel, for fonts and line widths. */
  scale: number;
  titleBand: PixelRect;
  map: PixelRect;
  creditBand: PixelRect;
}

/**
 * The output of a map canvas of `mapWidthPixels` × `mapHeightPixels` device pixels at `pixelRatio` device pixels per
 * CSS pixel: the map keeps its size; the title band goes above and the credits band below it.
 */
export function exportLayout(
  mapWidthPixels: number,
  mapHeightPixels: number,
  pixelRatio: number,
): ExportLayout {
  const scale = pixelRatio > 0 ? pixelRatio : 1;
  const title = Math.round(EXPORT_TITLE_BAND_CSS_PIXELS * scale);
  const credit = Math.round(EXPORT_CREDIT_BAND_CSS_PIXELS * scale);
  const width = Math.round(mapWidthPixels);
  const mapHeight = Math.round(mapHeightPixels);
  return {
    width,
    height: title + mapHeight + credit,
    scale,
    titleBand: { x: 0, y: 0, width, height: title },
    map: { x: 0, y: title, width, height: mapHeight },
    creditBand: { x: 0, y: title + mapHeight, width, height: credit },
  };
}

/** Ground metres per CSS pixel of a Web Mercator map at `latitudeDegrees` and MapLibre `zoom`. */
export function metersPerCssPixel(latitudeDegrees: number, zoom: number): number {
  return (EQUATOR_METERS * Math.cos((latitudeDegrees * Math.PI) / 180)) / (TILE_SIZE_PIXELS * 2 ** zoom);
}

export interface ScaleBar {
  /** Ground length the bar stands for, metres: 1, 2 or 5 × 10ⁿ. */
  meters: number;
  /** Its length on screen, CSS pixels (≤ the maximum given). */
  cssPixels: number;
  /** "500 m" or "2 km". */
  label: string;
}

/** The longest round length (1, 2, 5 × 10ⁿ metres) that fits in `maxCssPixels` at `metersPerPixel`. */
export function scaleBar(metersPerPixel: number, maxCssPixels = SCALE_BAR_MAX_CSS_PIXELS): ScaleBar {
  const maxMeters = metersPerPixel * maxCssPixels;
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const meters = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= maxMeters) ?? power;
  return {
    meters,
    cssPixels: meters / metersPerPixel,
    label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m`,
  };
}
