import { describe, expect, it } from 'vitest';
import { networkOf, street } from './network.fixture';
import { decodeNetworkFile, encodeNetworkFile } from './network-file';

const network = networkOf([
  street(0, 0, 1000, 0),
  street(500, -300, 500, 300),
  street(-2000, 800, -1900, 820),
  street(0, 0, 130, 77, 'living_street', 200),
]);

describe('network file', () => {
  it('decodes to the same arrays as the network it was written from', () => {
    const decoded = decodeNetworkFile(encodeNetworkFile(network));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value).toEqual(network);
  });

  it('refuses a wrong magic, a truncated body and trailing bytes', () => {
    const bytes = encodeNetworkFile(network);
    const codeOf = (candidate: Uint8Array) => {
      const decoded = decodeNetworkFile(candidate);
      return decoded.ok ? 'ok' : decoded.error.code;
    };
    const wrongMagic = bytes.slice();
    wrongMagic[0] = 0;
    expect(codeOf(wrongMagic)).toBe('network-file-invalid');
    expect(codeOf(bytes.subarray(0, bytes.length - 3))).toBe('network-file-invalid');
    expect(codeOf(new Uint8Array([...bytes, 0]))).toBe('network-file-invalid');
    expect(codeOf(bytes.subarray(0, 10))).toBe('network-file-invalid');
  });
});
