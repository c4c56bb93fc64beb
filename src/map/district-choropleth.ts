/**
 * Districts, or the units of the chosen level (issue 12), filled by the selected indicator (pass/fail or value
 * classes), as a fill layer that also draws the hover tint. Colours go through feature state, so the geometry is never
 * re-sent.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { choroplethColours, resolveIndicatorId } from '../core/render/choropleth';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';
import { shownLevel } from './unit-level-source';

export const CHOROPLETH_LAYER = 'district-choropleth';
const UNIT_CHOROPLETH_LAYER = 'unit-choropleth';

const HOVERED: maplibregl.ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** At the hovered opacity, the 0.18 blue tint the hover had on its own layer. */
const HOVER_TINT = 'rgba(29, 78, 216, 0.4)';

type ColouredSource = typeof SOURCE.districts | typeof SOURCE.units;

/** Follows results, level, mode and indicator; re-adds its layers after every style load. */
export function createDistrictChoropleth(map: maplibregl.Map, store: AppStore): () => void {
  let styleReady = false;
  /** Colours already in feature state: an unchanged colour is not set again (each set costs the map a frame). */
  let applied = new Map<string, string | null>();
  let colouredSource: ColouredSource = SOURCE.districts;

  const apply = () => {
    const results = store.levelResults.value;
    const mode = store.choroplethMode.value;
    const wanted = store.indicatorId.value;
    // Read so a new dataset (new district source data) recolours.
    const summary = store.summary.value;
    const level = shownLevel(store);
    if (!styleReady || !summary || !map.getLayer(CHOROPLETH_LAYER)) return;
    const source: ColouredSource = level ? SOURCE.units : SOURCE.districts;
    // The units of the level, from its results (the polygons are the summary's, ids equal); else the districts.
    const ids = level
      ? level.geoJson.features.map((feature) => feature.properties.id)
      : summary.districts.map((district) => district.id);
    if (source !== colouredSource) {
      // Another level: the colours of the previous one go (its source keeps no stale fill).
      for (const [id, colour] of applied)
        if (colour !== null) map.setFeatureState({ source: colouredSource, id }, { choropleth: null });
      applied = new Map();
      colouredSource = source;
    }
    const rows = results?.districts ?? [];
    const colours = choroplethColours(rows, resolveIndicatorId(rows, wanted), mode);
    for (const id of ids) {
      const colour = colours.get(id) ?? null;
      if (applied.has(id) && applied.get(id) === colour) continue;
      applied.set(id, colour);
      map.setFeatureState({ source, id }, { choropleth: colour });
    }
  };

  const fill = (id: string, source: ColouredSource): maplibregl.LayerSpecification => ({
    id,
    type: 'fill',
    source,
    paint: {
      // The hover tint (map-style.ts): a coloured polygon deepens, an uncoloured one turns light blue.
      'fill-color': [
        'to-color',
        ['coalesce', ['feature-state', 'choropleth'], ['case', HOVERED, HOVER_TINT, 'rgba(0,0,0,0)']],
      ],
      'fill-opacity': ['case', HOVERED, 0.45, 0.32],
      // The outlines draw the edges; no second, anti-aliasing pass.
      'fill-antialias': false,
    },
  });

  // The layers are added with the style, before any data: adding them later would make the map load again after
  // it reported ready.
  const addLayers = () => {
    if (map.getSource(SOURCE.districts) && !map.getLayer(CHOROPLETH_LAYER)) {
      const below = map.getLayer(LAYER.districtFill) ? LAYER.districtFill : undefined;
      map.addLayer(fill(CHOROPLETH_LAYER, SOURCE.districts), below);
    }
    if (map.getSource(SOURCE.units) && !map.getLayer(UNIT_CHOROPLETH_LAYER)) {
      const below = map.getLayer(LAYER.unitFill) ? LAYER.unitFill : undefined;
      map.addLayer(fill(UNIT_CHOROPLETH_LAYER, SOURCE.units), below);
    }
  };

  const onStyleLoad = () => {
    styleReady = true;
    applied = new Map();
    addLayers();
    apply();
  };
  map.on('style.load', onStyleLoad);
  const dispose = effect(apply);
  return () => {
    dispose();
    map.off('style.load', onStyleLoad);
  };
}
