import { useEffect, useRef } from 'preact/hooks';
import type { MapView } from '../map/map-view';
import { cityOutlineUrl, defaultInitialBounds } from '../state/default-dataset-urls';
import { AnalysisCard } from './analysis-card';
import { useApp } from './app-context';
import { DistrictPopup } from './district-popup';
import { Legend } from './legend';
import { LoadingOverlay } from './loading-overlay';
import { Notices } from './notices';

export function MapPane() {
  const { store, planner, onMapCreated } = useApp();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let view: MapView | undefined;
    let unmounted = false;
    // MapLibre and deck.gl load as their own chunk, so the engine worker starts decoding before they are parsed.
    void import('../map/map-view').then(({ createMapView }) => {
      if (unmounted) return;
      view = createMapView(element, store, {
        cityOutlineUrl: cityOutlineUrl(document.baseURI),
        initialBounds: defaultInitialBounds,
        onClick: (lon, lat, facilityId) => {
          if (!store.ready.peek()) return;
          if (facilityId) planner.select(facilityId);
          else void planner.place(lon, lat);
        },
      });
      onMapCreated(view.map);
    });
    return () => {
      unmounted = true;
      view?.destroy();
    };
  }, [store, planner, onMapCreated]);
  return (
    <section class="map-pane">
      <div class="map" ref={container} data-testid="map" />
      <Legend />
      <AnalysisCard />
      <DistrictPopup />
      <Notices />
      <LoadingOverlay />
    </section>
  );
}
