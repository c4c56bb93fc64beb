/**
 * What can cross a worker boundary by transfer instead of copy. Pure, so both sides of the boundary and the tests
 * share it; the Comlink marking lives in src/worker-boundary/with-transfer.ts, since core imports no worker library.
 */

/**
 * The distinct ArrayBuffers behind every typed array (and every bare ArrayBuffer) anywhere in `value`: own enumerable
 * properties and array items are walked at any depth, each object once, so shared and cyclic references end. Empty
 * buffers (already transferred) are left out. Sending them by transfer empties the sender's arrays.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (ArrayBuffer.isView(node)) {
      if (node.buffer instanceof ArrayBuffer && node.buffer.byteLength > 0) buffers.add(node.buffer);
    } else if (node instanceof ArrayBuffer) {
      if (node.byteLength > 0) buffers.add(node);
    } else if (Array.isArray(node)) {
      // Coordinate arrays hold many numbers: skip primitives without allocating a copy of the array.
      for (const item of node) if (item !== null && typeof item === 'object') pending.push(item);
    } else {
      for (const child of Object.values(node)) pending.push(child);
    }
  }
  return [...buffers];
}
