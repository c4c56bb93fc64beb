/**
 * A binary max-heap of candidate indices keyed by a number, in typed arrays (no per-entry object): the priority queue
 * of upper bounds of the lazy greedy.
 */
export interface MaxHeap {
  size: number;
  keys: Float64Array;
  items: Int32Array;
}

/** A heap holding `items` with `keys` (same length), built in O(n). The arrays are copied. */
export function createMaxHeap(items: Int32Array, keys: Float64Array): MaxHeap {
  const capacity = Math.max(1, items.length);
  const heap: MaxHeap = {
    size: items.length,
    keys: new Float64Array(capacity),
    items: new Int32Array(capacity),
  };
  heap.keys.set(keys);
  heap.items.set(items);
  for (let k = (heap.size >> 1) - 1; k >= 0; k--) siftDown(heap, k);
  return heap;
}

/** Adds `item` with `key`, growing the arrays when full. */
export function pushHeap(heap: MaxHeap, item: number, key: number): void {
  if (heap.size === heap.keys.length) {
    const keys = new Float64Array(2 * heap.size);
    const items = new Int32Array(2 * heap.size);
    keys.set(heap.keys);
    items.set(heap.items);
    heap.keys = keys;
    heap.items = items;
  }
  let k = heap.size++;
  const { keys, items } = heap;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if ((keys[parent] as number) >= key) break;
    keys[k] = keys[parent] as number;
    items[k] = items[parent] as number;
    k = parent;
  }
  keys[k] = key;
  items[k] = item;
}

/** Removes the top entry; read it first from `items[0]` and `keys[0]`. */
export function popHeap(heap: MaxHeap): void {
  heap.size--;
  if (heap.size === 0) return;
  heap.keys[0] = heap.keys[heap.size] as number;
  heap.items[0] = heap.items[heap.size] as number;
  siftDown(heap, 0);
}

function siftDown(heap: MaxHeap, start: number): void {
  const { keys, items, size } = heap;
  const key = keys[start] as number;
  const item = items[start] as number;
  let k = start;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= size) break;
    if (child + 1 < size && (keys[child + 1] as number) > (keys[child] as number)) child++;
    if ((keys[child] as number) <= key) break;
    keys[k] = keys[child] as number;
    items[k] = items[child] as number;
    k = child;
  }
  keys[k] = key;
  items[k] = item;
}
