import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { withTransfer } from './with-transfer';

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

  it('moves a typed array nested deeper than any fixed depth (an imported grid in its outcome)', async () => {
    const { port1, port2 } = new MessageChannel();
    const total = new Float32Array(256).fill(3);
    const outcome = { ok: true, value: { grid: { grid: { layers: { total } } } } };
    Comlink.expose({ read: () => withTransfer({ wrapped: { again: outcome } }) }, port1);
    const remote = Comlink.wrap<{ read(): { wrapped: { again: typeof outcome } } }>(port2);
    const received = await remote.read();
    expect(received.wrapped.again.value.grid.grid.layers.total[255]).toBe(3);
    expect(total.byteLength).toBe(0);
    port1.close();
    port2.close();
  });
});
