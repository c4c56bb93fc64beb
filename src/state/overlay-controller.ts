/**
 * Keeps the map's cell overlay in step with the results: after every results change (or a change of overlay kind
 * or type) it asks the worker to paint the overlay. At most one request is in flight; changes meanwhile collapse
 * into one follow-up request for the newest state, so a drag never piles up paint jobs.
 */
import { effect } from '@preact/signals';
import type { EngineClient, OverlayRequest } from '../engine/engine-client';
import type { AppStore } from './store';

/** National 2021–2025 guidance, used as the 2SFCA reference when the rule set has no area indicator. */
const DEFAULT_REFERENCE_PER_100_HOUSEHOLDS = 30;

/** The request the store's state asks for, or null when no overlay is wanted or nothing is loaded yet. */
function wantedOverlay(store: AppStore): OverlayRequest | null {
  const kind = store.overlayKind.value;
  const results = store.results.value;
  const type = store.overlayType.value ?? store.paletteType.value;
  if (kind === 'none' || !results) return null;
  const area = results.districts[0]?.indicators.find(
    (indicator) => indicator.kind === 'areaPer100Households',
  );
  return {
    type,
    kind,
    layer: results.method.layer,
    referencePer100Households: area?.threshold ?? DEFAULT_REFERENCE_PER_100_HOUSEHOLDS,
  };
}

const sameOverlay = (a: OverlayRequest | null, b: OverlayRequest | null) =>
  a !== null && b !== null && a.type === b.type && a.kind === b.kind && a.layer === b.layer;

/** Starts following the store; returns a function that stops. */
export function createOverlayController(store: AppStore, engine: EngineClient): () => void {
  let inFlight = false;
  let pending = false;
  let latest: OverlayRequest | null = null;
  /** What the map's base image was painted for (kind, layer, dataset); a change asks for a new base. */
  let painted: { kind: string; layer: string; summary: unknown } | null = null;
  const baseIsCurrent = (request: OverlayRequest) =>
    painted !== null &&
    painted.kind === request.kind &&
    painted.layer === request.layer &&
    painted.summary === store.summary.peek();

  const run = async () => {
    inFlight = true;
    while (latest !== null) {
      const request = { ...latest, withBase: !baseIsCurrent(latest) };
      const summary = store.summary.peek();
      pending = false;
      const answer = await engine.overlayImage(request);
      // Drawn only if it still shows what is wanted (the kind or type may have changed meanwhile).
      if (answer.ok && sameOverlay(request, latest)) {
        if (answer.value.base) painted = { kind: request.kind, layer: request.layer, summary };
        store.overlayImage.value = answer.value;
      }
      if (!pending) break;
    }
    inFlight = false;
  };

  return effect(() => {
    const request = wantedOverlay(store);
    latest = request;
    if (request === null) {
      painted = null;
      store.overlayImage.value = null;
      return;
    }
    if (inFlight) {
      pending = true;
      return;
    }
    void run();
  });
}
