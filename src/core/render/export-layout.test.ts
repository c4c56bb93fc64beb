import { describe, expect, it } from 'vitest';
import { exportLayout, metersPerCssPixel, scaleBar } from './export-layout';

describe('export layout', () => {
  it('puts a 56 px title band above and a 28 px credits band below the map, scaled by the pixel ratio', () => {
    const layout = exportLayout(1600, 900, 2);
    expect([layout.width, layout.height]).toEqual([1600, 112 + 900 + 56]);
    expect(layout.map).toEqual({ x: 0, y: 112, width: 1600, height: 900 });
    expect(layout.creditBand).toEqual({ x: 0, y: 1012, width: 1600, height: 56 });
    expect(exportLayout(800, 600, 1).height).toBe(684);
  });

  it('gives metres per pixel of Web Mercator: 156543.03 m at zoom 0 on the equator (256 px tiles) halves for 512', () => {
    expect(metersPerCssPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 6);
    // Wuhan, 30.6° N, zoom 11: 78271.5 × cos(30.6°) / 2048 ≈ 32.89 m.
    expect(metersPerCssPixel(30.6, 11)).toBeCloseTo(32.894, 2);
  });

  it('picks the longest 1-2-5 length that fits', () => {
    // 120 px × 32.89 m = 3947 m → 2 km = 60.8 px.
    const bar = scaleBar(32.894, 120);
    expect(bar.meters).toBe(2000);
    expect(bar.label).toBe('2 km');
    expect(bar.cssPixels).toBeCloseTo(2000 / 32.894, 6);
    expect(scaleBar(4.5, 120)).toMatchObject({ meters: 500, label: '500 m' });
    expect(scaleBar(0.01, 120)).toMatchObject({ meters: 1, label: '1 m' });
  });
});
