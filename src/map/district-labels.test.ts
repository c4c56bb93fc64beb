import { describe, expect, it } from 'vitest';
import { drawDistrictLabels, type ScreenLabel } from './district-labels';

/** A 2D context that records what is drawn where, with the font in force at each call. */
function recordingContext() {
  const calls: {
    op: 'fill' | 'stroke';
    text: string;
    x: number;
    y: number;
    font: string;
    baseline: string;
  }[] = [];
  const context = {
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    lineJoin: 'miter',
    lineWidth: 1,
    fillStyle: '#000',
    strokeStyle: '#000',
    save() {},
    restore() {},
    fillText(text: string, x: number, y: number) {
      calls.push({ op: 'fill', text, x, y, font: this.font, baseline: this.textBaseline });
    },
    strokeText(text: string, x: number, y: number) {
      calls.push({ op: 'stroke', text, x, y, font: this.font, baseline: this.textBaseline });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls, raw: context };
}

const label = (over: Partial<ScreenLabel>): ScreenLabel => ({
  id: 'a',
  name: '江汉区',
  detail: '61.9万人',
  x: 100,
  y: 50,
  small: false,
  hovered: false,
  ...over,
});

describe('drawDistrictLabels (the picture export)', () => {
  it('puts the name above and the detail 2 px below the anchor, scaled into the map area', () => {
    const { context, calls } = recordingContext();
    // Map area at (0, 56) in a picture of 2 canvas pixels per CSS pixel: anchor (100, 50) → (200, 156).
    drawDistrictLabels(context, [label({})], 0, 56, 2);
    expect(calls.map(({ op, text, x, y, baseline }) => [op, text, x, y, baseline])).toEqual([
      ['stroke', '江汉区', 200, 156, 'bottom'],
      ['fill', '江汉区', 200, 156, 'bottom'],
      ['stroke', '61.9万人', 200, 160, 'top'],
      ['fill', '61.9万人', 200, 160, 'top'],
    ]);
    // 15 px bold name and 12 px detail, times the scale.
    expect(calls[0]?.font).toMatch(/^700 30px /);
    expect(calls[2]?.font).toMatch(/^400 24px /);
  });

  it('draws a small name at 0.8 of its size, and no detail line when it did not fit', () => {
    const { context, calls } = recordingContext();
    drawDistrictLabels(context, [label({ small: true, detail: '' })], 10, 20, 1);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ op: 'fill', text: '江汉区', x: 110, y: 70 });
    expect(calls[1]?.font).toMatch(/^700 12px /);
  });
});
