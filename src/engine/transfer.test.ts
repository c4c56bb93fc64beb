import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { transferListOf, withTransfer } from './transfer';

describe('transferListOf', () => {
  it('finds the buffers of nested typed arrays once each', () => {
    const rgba = new Uint8ClampedArray(16);
    const values = new Float32Array(4);
    const list = transferListOf({ ok: true, value: { image: { rgba, again: rgba }, values, name: 'x' } });
    expect(list).toHaveLength(2);
    expect(list).toContain(rgba.buffer);
    expect(list).toContain(values.buffer);
  });

  it('finds nothing in plain data', () => {
    expect(transferListOf({ ok: false, error: { code: 'x', message: 'y' } })).toEqual([]);
  });
});

describe('withTransfer', () => {
  it('refuses a value with nothing to transfer', () => {
    expect(() => withTransfer({ a: 1 })).toThrow(/nothing to transfer/);
  });

  it('moves the buffer through a real Comlink round trip (the sender array is detached)', async () => {
    const { port1, port2 } = new MessageChannel();
    const sent = new Uint8ClampedArray(1024).fill(7);
    Comlink.expose({ raster: () => withTransfer({ ok: true, value: { rgba: sent } }) }, port1);
    const remote = Comlink.wrap<{ raster(): { ok: boolean; value: { rgba: Uint8ClampedArray } } }>(port2);
    const received = await remote.raster();
    expect(received.value.rgba.length).toBe(1024);
    expect(received.value.rgba[1023]).toBe(7);
    expect(sent.byteLength).toBe(0);
    port1.close();
    port2.close();
  });
});
