/**
 * Exact equality of plain data (what crosses the worker boundary as results rows): numbers, strings, booleans, null,
 * undefined, arrays and records of those. Exact, not approximate, because a row found equal is not sent and the
 * receiver keeps its own copy: the two must be indistinguishable after a structured clone, which copies every number
 * bit for bit (−0 and NaN included), keeps every own key (one holding `undefined` too) in its order, and the arrays'
 * lengths. Hence numbers by `Object.is` (−0 ≠ 0, NaN = NaN), records by their own enumerable keys in order (so even
 * `JSON.stringify` of a kept row equals that of the new one) and their values, arrays by length and elements. Prototypes are not compared: a structured clone drops them (the engine's prototype-free records
 * arrive as plain objects), so they carry nothing the receiver sees. Any other kind of value (a typed array, a Map,
 * a Date) is equal only to itself, so an unexpected value is sent rather than wrongly kept.
 */

/** True when `a` and `b` are the same plain data (see the file's note on why this is exact). */
export function plainEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) return arraysEqual(a as unknown[], b as unknown[]);
  if (!isRecord(a) || !isRecord(b)) return false;
  return recordsEqual(a, b);
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    // A hole and an `undefined` element clone alike only if both are holes or both are present.
    if (index in a !== index in b || !plainEqual(a[index], b[index])) return false;
  }
  return true;
}

/**
 * A record: an object without a prototype or whose prototype has none (Object.prototype, or the prototype-free
 * records' of core/model/string-keyed.ts).
 */
function isRecord(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function recordsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keysOfA = Object.keys(a);
  const keysOfB = Object.keys(b);
  if (keysOfA.length !== keysOfB.length) return false;
  for (let index = 0; index < keysOfA.length; index++) {
    const key = keysOfA[index] as string;
    if (key !== keysOfB[index] || !plainEqual(a[key], b[key])) return false;
  }
  return true;
}
