/**
 * Online basemap on request, offline otherwise: a style URL that fails (network, 404, bad JSON, no answer in
 * 15 s) puts the offline style back and leaves the reason in the store for the UI to show.
 */
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { AppStore } from '../state/store';
import { offlineStyle } from './map-style';

const STYLE_TIMEOUT_MS = 15_000;

export function createBasemapSwitcher(map: maplibregl.Map, store: AppStore, beforeStyleChange: () => void) {
  let current: 'offline' | 'online' = 'offline';
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setStyle = (style: string | maplibregl.StyleSpecification) => {
    beforeStyleChange();
    map.setStyle(style, { diff: false });
  };

  const fallBack = (failure: string) => {
    const styleUrl = pending ?? '';
    pending = null;
    clearTimeout(timer);
    current = 'offline';
    store.basemap.value = { styleUrl, status: 'failed', failure };
    setStyle(offlineStyle());
  };

  const onStyleLoad = () => {
    if (pending === null) return;
    pending = null;
    clearTimeout(timer);
    current = 'online';
    store.basemap.value = { ...store.basemap.peek(), status: 'online' };
  };

  const onError = (event: maplibregl.ErrorEvent) => {
    if (pending !== null) fallBack(event.error?.message ?? 'unknown error');
    // Listening to 'error' silences MapLibre's own logging: keep other errors visible.
    else console.error(event.error);
  };

  map.on('style.load', onStyleLoad);
  map.on('error', onError);
  const dispose = effect(() => {
    const { styleUrl, status } = store.basemap.value;
    if (status === 'loading' && styleUrl && pending !== styleUrl) {
      pending = styleUrl;
      clearTimeout(timer);
      timer = setTimeout(() => fallBack(`no answer in ${STYLE_TIMEOUT_MS / 1000} s`), STYLE_TIMEOUT_MS);
      setStyle(styleUrl);
    } else if (status === 'offline' && (current === 'online' || pending !== null)) {
      pending = null;
      clearTimeout(timer);
      current = 'offline';
      setStyle(offlineStyle());
    }
  });

  return {
    destroy() {
      dispose();
      clearTimeout(timer);
      map.off('style.load', onStyleLoad);
      map.off('error', onError);
    },
  };
}
