/**
 * The chosen unit level on the map (issue 12): its polygons in the `units` source, drawn as outlines over the
 * districts' fill (generated hexagons lighter and thinner than imported boundaries, so they never read as
 * administrative), and the unit under the pointer shared with the panel through `hoveredDistrictId`.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { LevelSummary } from '../core/session/dataset-summary';
import type { AppStore } from '../state/store';
import { LAYER, SOURCE } from './map-style';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Outline colour, width (px) and opacity of a level: generated units light, imported ones like the districts. */
function outlineOf(level: LevelSummary | undefined): { colour: string; width: number; opacity: number } {
  return level?.generated
    ? { colour: '#6b7280', width: 0.5, opacity: 0.6 }
    : { colour: '#374151', width: 0.9, opacity: 0.85 };
}

/** The level shown, or undefined at the districts (or while the summary lacks it). */
export function shownLevel(store: AppStore): LevelSummary | undefined {
  const levelId = store.unitLevelId.value;
  if (levelId === DISTRICT_LEVEL_ID) return undefined;
  return store.summary.value?.levels.find((level) => level.id === levelId);
}

/** `styleReady` says whether layers and sources can be added (from 'style.load' until the next setStyle). */
export function createUnitLevelSource(
  map: maplibregl.Map,
  store: AppStore,
  styleReady: () => boolean,
): { apply(): void; destroy(): void } {
  let shownData: unknown;
  let hoveredUnit: string | null = null;

  const apply = () => {
    const level = shownLevel(store);
    const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE.units);
    if (!source || !map.getLayer(LAYER.unitOutline)) return;
    const data = level?.geoJson ?? EMPTY;
    // The same polygons are not sent again (2,890 hexagons: ~0.9 MB for MapLibre's worker to tile).
    if (data !== shownData) {
      shownData = data;
      hoveredUnit = null;
      source.setData(data);
    }
    const outline = outlineOf(level);
    map.setPaintProperty(LAYER.unitOutline, 'line-color', [
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      '#1d4ed8',
      outline.colour,
    ]);
    map.setPaintProperty(LAYER.unitOutline, 'line-width', [
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      2,
      outline.width,
    ]);
    map.setPaintProperty(LAYER.unitOutline, 'line-opacity', outline.opacity);
  };

  const onMove = (event: maplibregl.MapLayerMouseEvent) => {
    if (store.unitLevelId.peek() === DISTRICT_LEVEL_ID) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string' && id !== store.hoveredDistrictId.peek()) store.hoveredDistrictId.value = id;
  };
  const onLeave = () => {
    if (store.unitLevelId.peek() !== DISTRICT_LEVEL_ID) store.hoveredDistrictId.value = null;
  };
  map.on('mousemove', LAYER.unitFill, onMove);
  map.on('mouseleave', LAYER.unitFill, onLeave);

  const disposers = [
    effect(() => {
      // Read both so a new summary or another level redraws.
      store.summary.value;
      store.unitLevelId.value;
      if (styleReady()) apply();
    }),
    // Only the unit left and the unit entered change state: a loop over thousands of hexagons per move would not.
    effect(() => {
      const hovered = store.hoveredDistrictId.value;
      if (!styleReady() || !map.getSource(SOURCE.units) || shownLevel(store) === undefined) return;
      if (hoveredUnit === hovered) return;
      if (hoveredUnit !== null)
        map.setFeatureState({ source: SOURCE.units, id: hoveredUnit }, { hover: false });
      if (hovered !== null) map.setFeatureState({ source: SOURCE.units, id: hovered }, { hover: true });
      hoveredUnit = hovered;
    }),
  ];
  return {
    apply() {
      shownData = undefined;
      apply();
    },
    destroy() {
      map.off('mousemove', LAYER.unitFill, onMove);
      map.off('mouseleave', LAYER.unitFill, onLeave);
      for (const dispose of disposers) dispose();
    },
  };
}
