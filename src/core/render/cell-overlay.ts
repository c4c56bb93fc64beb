/**
 * The coverage and 2SFCA overlays as class codes per cell, so the worker paints them with the population raster's
 * own painter (same Mercator resampling, same corners): code 0 stays transparent, code k + 1 takes colour k of the
 * overlay's ramp. Only cells with population are drawn: the overlay answers "who is (not) served", and empty land
 * has nobody to serve.
 */
import type { ClassRamp, Rgba } from './colour-ramp';

export type OverlayKind = 'coverage' | 'sfca';

/**
 * Not covered (k = 0) and covered (k = 1): a light salmon against a strong teal, readable for red–green deficiency;
 * the uncovered colour stays light because it fills most of a city and the covered cells must stand out. Every
 * class is opaque, so the population raster underneath does not tint the classes (the layer opacity lets the map
 * show through evenly), and the upper classes hide the class-0 base image they are drawn over.
 */
export const COVERAGE_COLOURS: readonly Rgba[] = [
  [246, 190, 165, 255],
  [1, 133, 113, 255],
];

/** 2SFCA classes: no supply reachable (grey), then light to dark blue up to "twice the reference or more". */
export const SFCA_COLOURS: readonly Rgba[] = [
  [175, 175, 175, 255],
  [198, 219, 239, 255],
  [107, 174, 214, 255],
  [33, 113, 181, 255],
  [8, 48, 107, 255],
];

/**
 * Upper limits of the 2SFCA classes for a reference value (the rule set's m² per 100 households threshold):
 * class 0 is exactly 0 (nothing reachable), then (0, ½r], (½r, r], (r, 2r], > 2r, so "meets the standard" is the
 * boundary between the second and third blue.
 */
export function sfcaBreaks(referencePer100Households: number): number[] {
  const r = referencePer100Households > 0 ? referencePer100Households : 30;
  return [0, r / 2, r, 2 * r];
}

/** Class of a 2SFCA value, 0–4, by {@link sfcaBreaks}. */
export function sfcaClass(value: number, breaks: readonly number[]): number {
  if (!(value > 0)) return 0;
  for (let k = 1; k < breaks.length; k += 1) if (value <= (breaks[k] as number)) return k;
  return breaks.length;
}

/** The ramp the painter uses for a kind: code k + 1 (k = class) falls in class k. */
export function overlayRamp(kind: OverlayKind): ClassRamp {
  const colours = kind === 'coverage' ? COVERAGE_COLOURS : SFCA_COLOURS;
  return {
    thresholds: colours.slice(0, -1).map((_, k) => k + 1),
    colours: [...colours],
  };
}

export interface OverlayCodes {
  /** Per cell: 0 transparent, else class + 1. */
  codes: Uint8Array;
  /** Cells with population in each class (index = class). */
  cellsPerClass: number[];
  /** Persons of `population` in each class. */
  populationPerClass: number[];
}

/**
 * Class codes per cell. `surface` is the engine's per-cell mask (coverage: 0/1) or 100 × A_i (sfca);
 * `population` the persons per cell of the layer coverage is judged on.
 */
export function overlayCodes(
  kind: OverlayKind,
  surface: ArrayLike<number>,
  population: ArrayLike<number>,
  breaks: readonly number[],
): OverlayCodes {
  const classCount = kind === 'coverage' ? COVERAGE_COLOURS.length : SFCA_COLOURS.length;
  const codes = new Uint8Array(surface.length);
  const cellsPerClass = new Array<number>(classCount).fill(0);
  const populationPerClass = new Array<number>(classCount).fill(0);
  for (let cell = 0; cell < codes.length; cell += 1) {
    const persons = population[cell] as number;
    if (!(persons > 0)) continue;
    const value = surface[cell] as number;
    const k = kind === 'coverage' ? (value > 0 ? 1 : 0) : sfcaClass(value, breaks);
    codes[cell] = k + 1;
    cellsPerClass[k] = (cellsPerClass[k] as number) + 1;
    populationPerClass[k] = (populationPerClass[k] as number) + persons;
  }
  return { codes, cellsPerClass, populationPerClass };
}

/**
 * Splits codes into the class-0 base (every populated cell, code 1) and the classes above it (their codes, class 0
 * left transparent), so the base is painted once per kind and each edit repaints only the upper classes.
 */
export function splitOverlayCodes(codes: Uint8Array): { upper: Uint8Array; base: Uint8Array } {
  const upper = new Uint8Array(codes.length);
  const base = new Uint8Array(codes.length);
  for (let cell = 0; cell < codes.length; cell += 1) {
    const code = codes[cell] as number;
    if (code === 0) continue;
    base[cell] = 1;
    if (code > 1) upper[cell] = code;
  }
  return { upper, base };
}
