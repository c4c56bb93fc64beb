/**
 * Interning of canonical nodes: a vertex is identified by its lon/lat rounded to 7 decimals (domain.md § Walking-
 * network distance), held as two int32 in units of 1e-7 degree. Open addressing on typed arrays, so a city of a
 * million vertices is interned without a string per vertex.
 */

/** A growing set of nodes keyed by (lonE7, latE7); ids are dense, in order of first sight. */
export interface NodeTable {
  count: number;
  lonE7: Int32Array;
  latE7: Int32Array;
  /** Slot → node id + 1 (0 = empty). Length a power of two. */
  slots: Int32Array;
}

export function createNodeTable(capacity = 1024): NodeTable {
  let slots = 16;
  while (slots < 2 * capacity) slots *= 2;
  return {
    count: 0,
    lonE7: new Int32Array(capacity),
    latE7: new Int32Array(capacity),
    slots: new Int32Array(slots),
  };
}

function slotOf(lonE7: number, latE7: number, mask: number): number {
  return (Math.imul(lonE7, 0x9e3779b1) ^ Math.imul(latE7 ^ (latE7 >>> 15), 0x85ebca77)) & mask;
}

function grow(table: NodeTable): void {
  const capacity = table.lonE7.length * 2;
  const lonE7 = new Int32Array(capacity);
  const latE7 = new Int32Array(capacity);
  lonE7.set(table.lonE7);
  latE7.set(table.latE7);
  table.lonE7 = lonE7;
  table.latE7 = latE7;
  const slots = new Int32Array(table.slots.length * 2);
  const mask = slots.length - 1;
  for (let node = 0; node < table.count; node++) {
    let slot = slotOf(lonE7[node] as number, latE7[node] as number, mask);
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = node + 1;
  }
  table.slots = slots;
}

/** The id of the node at (lonE7, latE7), adding it when new. */
export function internNode(table: NodeTable, lonE7: number, latE7: number): number {
  const mask = table.slots.length - 1;
  let slot = slotOf(lonE7, latE7, mask);
  for (;;) {
    const entry = table.slots[slot] as number;
    if (entry === 0) break;
    const node = entry - 1;
    if (table.lonE7[node] === lonE7 && table.latE7[node] === latE7) return node;
    slot = (slot + 1) & mask;
  }
  if (table.count === table.lonE7.length) {
    grow(table);
    return internNode(table, lonE7, latE7);
  }
  const node = table.count++;
  table.lonE7[node] = lonE7;
  table.latE7[node] = latE7;
  table.slots[slot] = node + 1;
  return node;
}
