/**
 * Records keyed by strings that come from files or links (facility types, field names). A plain `{}` inherits from
 * Object.prototype: `record['__proto__'] = x` replaces the prototype instead of storing x (a facility type
 * `__proto__` silently lost its coverage), and `record['constructor']` finds a function that was never stored.
 */

/** An empty record without a prototype: every string, `__proto__` and `constructor` included, is an ordinary key. */
export function stringKeyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
