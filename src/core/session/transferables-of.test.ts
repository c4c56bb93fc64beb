import { describe, expect, it } from 'vitest';
import { transferablesOf } from './transferables-of';

describe('transferablesOf', () => {
  it('finds the buffers of nested typed arrays once each', () => {
    const rgba = new Uint8ClampedArray(16);
    const values = new Float32Array(4);
    const list = transferablesOf({ ok: true, value: { image: { rgba, again: rgba }, values, name: 'x' } });
    expect(list).toHaveLength(2);
    expect(list).toContain(rgba.buffer);
    expect(list).toContain(values.buffer);
  });

  it('finds a typed array at any depth, inside arrays too (an imported grid sits six levels down)', () => {
    const total = new Float32Array(8);
    const outcome = {
      ok: true,
      value: { grid: { grid: { layers: { total } } }, districts: [[[{ lon: 1 }]]] },
    };
    const deeper = { a: { b: { c: { d: { e: { f: { g: [outcome] } } } } } } };
    expect(transferablesOf(deeper)).toEqual([total.buffer]);
  });

  it('ends on cyclic data', () => {
    const values = new Int32Array(2);
    const node: Record<string, unknown> = { values };
    node.self = node;
    node.list = [node, { back: node }];
    expect(transferablesOf(node)).toEqual([values.buffer]);
  });

  it('finds nothing in plain data', () => {
    expect(transferablesOf({ ok: false, error: { code: 'x', message: 'y' } })).toEqual([]);
  });
});
