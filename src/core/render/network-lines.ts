/**
 * The walking network's lines on the map as one binary batch (issue 13): the network's extent as an outline and the
 * streets a facility reaches, packed into the typed arrays of one deck.gl `LineLayer`. One layer is one draw call
 * and one buffer upload per frame; under software WebGL each layer drawn costs the main thread several ms of every
 * frame, and a drag changes only the streets.
 */
import type { Rgba } from './facility-style';

/** How one kind of line is drawn: colour and width in CSS pixels. */
export interface LineStyle {
  colour: Rgba;
  widthPixels: number;
}

/**
 * Lines as deck.gl binary attributes. Line k runs from (positions[4k], positions[4k+1]) to
 * (positions[4k+2], positions[4k+3]), lon/lat in degrees (float32: ~1 m, well under a drawn pixel at street
 * zooms); its colour is colours[4k…4k+3] (RGBA 0–255; clamped, the type deck.gl expects of a normalised colour) and
 * its width widthsPixels[k].
 */
export interface PackedLines {
  length: number;
  positions: Float32Array;
  colours: Uint8ClampedArray;
  widthsPixels: Float32Array;
}

/**
 * Packs the extent [west, south, east, north] (degrees) as its four sides, then the reached streets (segments
 * [lon₀, lat₀, lon₁, lat₁] one after another, degrees; a trailing incomplete segment is ignored). The outline comes
 * first, so the streets draw over it where they meet.
 */
export function packNetworkLines(
  extent: readonly [number, number, number, number],
  segments: ArrayLike<number>,
  outline: LineStyle,
  streets: LineStyle,
): PackedLines {
  const [west, south, east, north] = extent;
  const streetCount = Math.floor(segments.length / 4);
  const length = 4 + streetCount;
  const positions = new Float32Array(length * 4);
  positions.set([
    west,
    south,
    east,
    south,
    east,
    south,
    east,
    north,
    east,
    north,
    west,
    north,
    west,
    north,
    west,
    south,
  ]);
  for (let k = 0; k < streetCount * 4; k++) positions[16 + k] = segments[k] as number;
  const colours = new Uint8ClampedArray(length * 4);
  const widthsPixels = new Float32Array(length);
  for (let line = 0; line < length; line++) {
    const style = line < 4 ? outline : streets;
    colours.set(style.colour, line * 4);
    widthsPixels[line] = style.widthPixels;
  }
  return { length, positions, colours, widthsPixels };
}
