/**
 * A processing order for many facilities that keeps neighbours together (Z-order of ~1 km tiles), so consecutive
 * catchments share cache lines. A full evaluation is order-independent by construction (fixed-point.ts), so only
 * speed depends on the order: on the Wuhan grid it roughly halves the time of 2,000 random facilities.
 */

/** Spreads the low 16 bits of `value` to the even bits of the result. */
function spreadBits(value: number): number {
  let x = value & 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x >>> 0;
}

/** Tile size of the Z-order, degrees (≈ 1 km in latitude). */
const TILE_DEGREES = 0.01;

/** Indices of `points` in Z-order of their ~1 km tiles; ties keep the input order. */
export function spatialOrder(points: readonly { lon: number; lat: number }[]): number[] {
  const keys = points.map((point) => {
    const x = Math.floor((point.lon + 180) / TILE_DEGREES);
    const y = Math.floor((point.lat + 90) / TILE_DEGREES);
    return ((spreadBits(x) | (spreadBits(y) << 1)) >>> 0) + ((x >>> 16) + (y >>> 16)) * 2 ** 32;
  });
  return points.map((_, index) => index).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}
