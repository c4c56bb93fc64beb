/**
 * The k-th smallest value of an array without sorting it: Hoare's selection (quickselect) with a median-of-three
 * pivot, O(n) on average. The population ramp needs six quantiles of about a million cells; sorting them all took
 * 0.25 s of the worker's start-up, selection takes a few tens of milliseconds.
 */

/**
 * Rearranges `values[left..right]` so that `values[k]` holds the value a full ascending sort would put there, every
 * value before it (within the range) is ≤ and every value after it is ≥; returns `values[k]`. Selecting ascending
 * k's in turn, each within `[previous k, right]`, therefore gives exact order statistics of the whole range.
 * Values must not be NaN. `left ≤ k ≤ right` must hold.
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): number {
  let low = left;
  let high = right;
  while (high > low) {
    const middle = (low + high) >>> 1;
    // Order low, middle, high: the middle one becomes the pivot and the ends act as sentinels.
    if ((values[middle] as number) < (values[low] as number)) swap(values, low, middle);
    if ((values[high] as number) < (values[low] as number)) swap(values, low, high);
    if ((values[high] as number) < (values[middle] as number)) swap(values, middle, high);
    const pivot = values[middle] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        swap(values, i, j);
        i += 1;
        j -= 1;
      }
    }
    // Now values[low..j] ≤ pivot ≤ values[i..high], and everything strictly between j and i equals the pivot.
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

function swap(values: Float64Array, a: number, b: number) {
  const held = values[a] as number;
  values[a] = values[b] as number;
  values[b] = held;
}
