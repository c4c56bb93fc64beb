import * as Comlink from 'comlink';

/**
 * The one place where large results cross the worker boundary by transfer instead of copy
 * (conventions.md § Worker boundary). Every typed array found in `value` (own properties, four levels deep) has
 * its buffer moved; the sender's arrays become empty afterwards.
 */
export function transferListOf(value: unknown, depth = 4): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (node: unknown, level: number) => {
    if (node === null || typeof node !== 'object') return;
    if (ArrayBuffer.isView(node)) {
      if (node.buffer instanceof ArrayBuffer && node.buffer.byteLength > 0) buffers.add(node.buffer);
      return;
    }
    if (node instanceof ArrayBuffer) {
      buffers.add(node);
      return;
    }
    if (level >= depth) return;
    for (const child of Object.values(node)) visit(child, level + 1);
  };
  visit(value, 0);
  return [...buffers];
}

/**
 * Marks `value` for transfer by Comlink. Throws when it holds no buffer: a transfer list that silently became
 * empty would copy megabytes on every call without anyone noticing.
 */
export function withTransfer<T extends object>(value: T): T {
  const buffers = transferListOf(value);
  if (buffers.length === 0)
    throw new Error('withTransfer: nothing to transfer (no typed array in the value)');
  return Comlink.transfer(value, buffers);
}
