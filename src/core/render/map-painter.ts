/**
 * What the engine worker paints for the map: the population raster, the coverage / 2SFCA overlay and the drawing
 * layout they share, with the per-dataset caches behind them (class ramps, the point-grid layout, a raster painted
 * ahead of its request). Pure painting over a Dataset and per-cell values; the engines stay in
 * core/session/engine-session.ts.
 */
import type { Dataset } from '../model/dataset';
import type { RasterLayout } from '../model/grid';
import { fail, ok, type Result } from '../model/result';
import { type OverlayKind, overlayCodes, overlayRamp, sfcaBreaks, splitOverlayCodes } from './cell-overlay';
import { buildClassRamp, type ClassRamp } from './colour-ramp';
import { cropRasterImage } from './crop-raster-image';
import { pointDisplayLayout } from './point-display-layout';
import { type RasterImage, renderPopulationRaster } from './population-raster';

/** A population layer painted as RGBA (population-raster.ts) with the class ramp it was painted with. */
export interface PopulationRaster {
  layer: string;
  image: RasterImage;
  ramp: ClassRamp;
}

/**
 * A coverage or 2SFCA overlay in two images with the population raster's geometry: `base` paints every populated
 * cell in class 0 (not covered / nothing reachable) and changes only with the kind and layer; `image` paints the
 * classes above 0, cropped to where they are, so an edit uploads only the catchments' extent.
 */
export interface OverlayImage {
  type: string;
  kind: OverlayKind;
  /** Population layer the cells were judged on. */
  layer: string;
  /** Classes ≥ 1, cropped (crop-raster-image.ts); null when no cell is in them. */
  image: RasterImage | null;
  /** Class 0 over every populated cell, full size; only when the request asked `withBase`. */
  base: RasterImage | null;
  /** 2SFCA class limits (cell-overlay.ts `sfcaBreaks`); empty for coverage. */
  breaks: number[];
  /** Populated cells and persons per class (coverage: [not covered, covered]). */
  cellsPerClass: number[];
  populationPerClass: number[];
}

/** What to paint as an overlay: a facility type's coverage or 2SFCA surface over a population layer. */
export interface OverlayRequest {
  type: string;
  kind: OverlayKind;
  /** Population layer whose populated cells are drawn (the results' `method.layer`). */
  layer: string;
  /** Reference for the 2SFCA classes, m² per 100 households (the rule set's area threshold). */
  referencePer100Households: number;
  /** Also paint the base image (first request of a kind or layer). */
  withBase?: boolean;
}

/** The painter of one engine session; its caches hold one dataset at a time and follow the dataset given. */
export interface MapPainter {
  /** Where each cell is drawn: the grid's own raster layout, or {@link pointDisplayLayout} for point grids. */
  layoutOf(dataset: Dataset): RasterLayout | undefined;
  /** The layer painted as RGBA with its class ramp (the one painted by `prepaint`, if it was this layer). */
  populationRaster(dataset: Dataset, layer: string): Result<PopulationRaster>;
  /**
   * Paints `layer` now for the next `populationRaster` call: at start-up the main thread is blocked for a second or
   * more creating its WebGL context, and a raster painted only when asked, after the load's answer arrived, cost one
   * more round trip on the way to the first complete frame. Any other request drops it.
   */
  prepaint(dataset: Dataset, layer: string): void;
  /** The overlay of `surface` (coverage mask or 2SFCA values per cell) over the request's population layer. */
  overlayImage(dataset: Dataset, surface: ArrayLike<number>, request: OverlayRequest): Result<OverlayImage>;
}

/** A painter with empty caches. */
export function createMapPainter(): MapPainter {
  /** Drawing layout of a grid without one (CSV, H3, GeoJSON cells); built on first use, per dataset. */
  let pointLayout: { of: Dataset; layout: RasterLayout | undefined } | undefined;
  /** Class ramps per layer, per dataset. */
  let ramps: { of: Dataset; byLayer: Map<string, ClassRamp> } | undefined;
  let prepainted: { of: Dataset; raster: PopulationRaster } | undefined;

  const layoutOf = (dataset: Dataset): RasterLayout | undefined => {
    if (dataset.grid.raster) return dataset.grid.raster;
    if (pointLayout?.of !== dataset) pointLayout = { of: dataset, layout: pointDisplayLayout(dataset.grid) };
    return pointLayout.layout;
  };

  const rampOf = (dataset: Dataset, layer: string, values: ArrayLike<number>): ClassRamp => {
    if (ramps?.of !== dataset) ramps = { of: dataset, byLayer: new Map() };
    let ramp = ramps.byLayer.get(layer);
    if (!ramp) {
      ramp = buildClassRamp(values);
      ramps.byLayer.set(layer, ramp);
    }
    return ramp;
  };

  const paint = (dataset: Dataset, layer: string): Result<PopulationRaster> => {
    const values = dataset.grid.layers[layer];
    if (!values) return fail('unknown-layer', `The dataset has no layer "${layer}"`);
    const layout = layoutOf(dataset);
    if (!layout) return fail('not-a-raster', 'The grid has no cells to draw');
    const ramp = rampOf(dataset, layer, values);
    return ok({ layer, image: renderPopulationRaster(values, layout, ramp), ramp });
  };

  return {
    layoutOf,
    populationRaster(dataset, layer) {
      const ready =
        prepainted?.of === dataset && prepainted.raster.layer === layer ? prepainted.raster : undefined;
      prepainted = undefined;
      return ready ? ok(ready) : paint(dataset, layer);
    },
    prepaint(dataset, layer) {
      const painted = paint(dataset, layer);
      prepainted = painted.ok ? { of: dataset, raster: painted.value } : undefined;
    },
    overlayImage(dataset, surface, request) {
      const population = dataset.grid.layers[request.layer];
      if (!population) return fail('unknown-layer', `The dataset has no layer "${request.layer}"`);
      const layout = layoutOf(dataset);
      if (!layout) return fail('not-a-raster', 'The grid has no cells to draw');
      const breaks = request.kind === 'sfca' ? sfcaBreaks(request.referencePer100Households) : [];
      const { codes, cellsPerClass, populationPerClass } = overlayCodes(
        request.kind,
        surface,
        population,
        breaks,
      );
      const { upper, base } = splitOverlayCodes(codes);
      const ramp = overlayRamp(request.kind);
      const image = cropRasterImage(renderPopulationRaster(upper, layout, ramp));
      const baseImage = request.withBase ? renderPopulationRaster(base, layout, ramp) : null;
      const { type, kind, layer } = request;
      return ok({ type, kind, layer, image, base: baseImage, breaks, cellsPerClass, populationPerClass });
    },
  };
}
