/**
 * Districts filled by the selected indicator (pass/fail or value classes), as a fill layer under the hover
 * highlight. Colours go through feature state, so the district geometry is never re-sent.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { choroplethColours, resolveIndicatorId } from '../core/render/choropleth';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

export const CHOROPLETH_LAYER = 'district-choropleth';

/** Follows results, mode and indicator; re-adds its layer after every style load. */
export function createDistrictChoropleth(map: maplibregl.Map, store: AppStore): () => void {
  let styleReady = false;
  /** Colours already in feature state: an unchanged colour is not set again (each set costs the map a frame). */
  let applied = new Map<string, string | null>();

  const apply = () => {
    const results = store.results.value;
    const mode = store.choroplethMode.value;
    const wanted = store.indicatorId.value;
    // Read so a new dataset (new district source data) recolours.
    const summary = store.summary.value;
    if (!styleReady || !summary || !map.getLayer(CHOROPLETH_LAYER)) return;
    const districts = results?.districts ?? [];
    const colours = choroplethColours(districts, resolveIndicatorId(districts, wanted), mode);
    for (const district of summary.districts) {
      const colour = colours.get(district.id) ?? null;
      if (applied.has(district.id) && applied.get(district.id) === colour) continue;
      applied.set(district.id, colour);
      map.setFeatureState({ source: SOURCE.districts, id: district.id }, { choropleth: colour });
    }
  };

  // The layer is added with the style, before any data: adding it later would make the map load again after it
  // reported ready.
  const addLayer = () => {
    if (!map.getSource(SOURCE.districts) || map.getLayer(CHOROPLETH_LAYER)) return;
    map.addLayer(
      {
        id: CHOROPLETH_LAYER,
        type: 'fill',
        source: SOURCE.districts,
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'choropleth'], 'rgba(0,0,0,0)']],
          'fill-opacity': 0.32,
          // The district outlines draw the edges; no second, anti-aliasing pass.
          'fill-antialias': false,
        },
      },
      map.getLayer(LAYER.districtFill) ? LAYER.districtFill : undefined,
    );
  };

  const onStyleLoad = () => {
    styleReady = true;
    applied = new Map();
    addLayer();
    apply();
  };
  map.on('style.load', onStyleLoad);
  const dispose = effect(apply);
  return () => {
    dispose();
    map.off('style.load', onStyleLoad);
  };
}
