/**
 * Records keyed by strings that come from files or links (facility types, field names). A plain `{}` inherits from
 * Object.prototype: `record['__proto__'] = x` replaces the prototype instead of storing x (a facility type
 * `__proto__` silently lost its coverage), and `record['constructor']` finds a function that was never stored.
 */

/**
 * Instances inherit from an empty object that has no prototype, so no key finds an inherited member. Not
 * `Object.create(null)` itself: V8 keeps such objects in dictionary mode, and filling 2,890 result rows' records that
 * way cost ~18 ms of the Wuhan hexagon-level `results()` (issue 12); instances of a constructor keep fast properties.
 */
const PrototypeFreeRecord = function PrototypeFreeRecord() {} as unknown as new () => object;
PrototypeFreeRecord.prototype = Object.create(null);

/**
 * An empty record whose prototype chain holds no member: every string, `__proto__` and `constructor` included, is an
 * ordinary own key, and a missing key reads `undefined`.
 */
export function stringKeyed<T>(): Record<string, T> {
  return new PrototypeFreeRecord() as Record<string, T>;
}

/**
 * The value stored under `key` as the record's own, else undefined: never an inherited member. Records built by
 * {@link stringKeyed} inherit nothing, but results rows that crossed a structured clone (and the engine's row records,
 * copied from templates) inherit Object.prototype, where `record['toString']` is a function.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
