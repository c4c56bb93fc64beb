import { describe, expect, it } from 'vitest';
import { type LineStyle, packNetworkLines } from './network-lines';

const OUTLINE: LineStyle = { colour: [71, 85, 105, 200], widthPixels: 1.5 };
const STREETS: LineStyle = { colour: [13, 148, 136, 235], widthPixels: 3 };
/** Binary fractions of a degree, exact in float32, so the packed positions can be compared exactly. */
const EXTENT: [number, number, number, number] = [114.25, 30.5, 114.5, 30.75];

describe('network lines', () => {
  it('packs the extent as four sides (south, east, north, west) and nothing else without streets', () => {
    const packed = packNetworkLines(EXTENT, new Float64Array(0), OUTLINE, STREETS);
    expect(packed.length).toBe(4);
    expect(Array.from(packed.positions)).toEqual([
      ...[114.25, 30.5, 114.5, 30.5],
      ...[114.5, 30.5, 114.5, 30.75],
      ...[114.5, 30.75, 114.25, 30.75],
      ...[114.25, 30.75, 114.25, 30.5],
    ]);
    expect(Array.from(packed.colours)).toEqual([
      ...OUTLINE.colour,
      ...OUTLINE.colour,
      ...OUTLINE.colour,
      ...OUTLINE.colour,
    ]);
    expect(Array.from(packed.widthsPixels)).toEqual([1.5, 1.5, 1.5, 1.5]);
  });

  it('packs the reached streets after the outline, each in the streets style', () => {
    const segments = new Float64Array([114.375, 30.625, 114.4375, 30.6875, 114.4375, 30.6875, 114.5, 30.625]);
    const packed = packNetworkLines(EXTENT, segments, OUTLINE, STREETS);
    expect(packed.length).toBe(6);
    expect(Array.from(packed.positions.subarray(16))).toEqual([
      ...[114.375, 30.625, 114.4375, 30.6875],
      ...[114.4375, 30.6875, 114.5, 30.625],
    ]);
    expect(Array.from(packed.colours.subarray(16))).toEqual([...STREETS.colour, ...STREETS.colour]);
    expect(Array.from(packed.widthsPixels)).toEqual([1.5, 1.5, 1.5, 1.5, 3, 3]);
  });

  it('rounds positions to float32 and ignores a trailing incomplete segment', () => {
    const packed = packNetworkLines(EXTENT, [114.3, 30.6, 114.31, 30.61, 114.32, 30.62], OUTLINE, STREETS);
    expect(packed.length).toBe(5);
    expect(packed.positions.length).toBe(20);
    expect(packed.positions[16]).toBe(Math.fround(114.3));
    expect(packed.positions[16]).not.toBe(114.3);
    expect(packed.positions[19]).toBe(Math.fround(30.61));
  });
});
