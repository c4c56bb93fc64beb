import type { LayersList } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { station } from '../core/render/station.fixture';
import type { DeckLayers } from './deck-layers';
import { createFacilityLayer } from './facility-layer';

/** The deck.gl layer groups as set, without deck.gl drawing anything. */
function recordingDeck() {
  const sets: LayersList[] = [];
  const deck: DeckLayers = { set: (_group, layers) => sets.push(layers), restack() {}, destroy() {} };
  const last = () =>
    (sets.at(-1) ?? []).map((layer) => {
      const { id, data } = (layer as { props: { id: string; data: unknown[] } }).props;
      return [id, data.length];
    });
  return { deck, sets, last };
}

describe('facility layer', () => {
  it('sets no deck.gl layer for no facilities, so deck.gl is not set up at start-up', () => {
    const { deck, last } = recordingDeck();
    createFacilityLayer(deck).update([], null);
    expect(last()).toEqual([]);
  });

  it('draws radius circles and points for the facilities', () => {
    const { deck, last } = recordingDeck();
    createFacilityLayer(deck).update([station, { ...station, id: 'f2' }], 'f2');
    expect(last()).toEqual([
      ['facility-radii', 2],
      ['facility-points', 2],
    ]);
  });

  it('in walking-network mode (no discs) sets no radii layer at all, so no empty layer is drawn every frame', () => {
    const { deck, last } = recordingDeck();
    const layer = createFacilityLayer(deck);
    layer.update([station], 'f1', false);
    expect(last()).toEqual([['facility-points', 1]]);
    layer.update([station], 'f1', true);
    expect(last()).toEqual([
      ['facility-radii', 1],
      ['facility-points', 1],
    ]);
  });

  it('after warming up keeps its (empty) layers, so the first placement finds deck.gl ready', () => {
    const { deck, last } = recordingDeck();
    const layer = createFacilityLayer(deck);
    layer.update([], null);
    layer.warmUp();
    expect(last()).toEqual([
      ['facility-radii', 0],
      ['facility-points', 0],
    ]);
    layer.update([station], null);
    layer.update([], null);
    expect(last()).toEqual([
      ['facility-radii', 0],
      ['facility-points', 0],
    ]);
  });
});
