/**
 * Fixed-point accumulation, so that results after any sequence of edits equal a full re-evaluation to the last digit
 * (issue 3, "Incremental updates").
 *
 * Floating-point addition is not associative: adding and later subtracting a facility's contribution, or adding
 * contributions in another order, changes the last bits of a sum. Every running sum in the engine therefore adds
 * integers held in a Float64 (exact below 2^53), and a reported figure is computed from those integers by one
 * division, in a fixed order. The quanta:
 * - persons: 2^−24 person (binary, so Float32 population values ≥ 1 convert without rounding); sums up to 2^29 ≈ 536
 *   million persons stay exact;
 * - amounts (floor area m², beds, doctors, sports area m², 2SFCA supply shares): 10^−6 of the unit (decimal, so a
 *   typed-in 100.1 m² sums back to 100.1); sums up to 9 × 10^9 stay exact;
 * - the per-cell 2SFCA surface A_i (m² per household) is split into an integer part and a fraction in quanta of
 *   2^−36, each summed separately: exact for supply ratios up to 2^53 and up to 2^17 overlapping facilities.
 */

/** Quanta per person: populations are summed as integer multiples of 2^−24 person. */
export const PERSON_QUANTA = 2 ** 24;

/** Quanta per unit of an amount (m², beds, doctors): amounts are summed as integer multiples of 10^−6. */
const AMOUNT_QUANTA = 1e6;

/** Quanta per m²/household in the fractional part of the 2SFCA surface. */
const SUPPLY_FRACTION_QUANTA = 2 ** 36;

/** `persons` as an integer number of 2^−24-person quanta; negative or non-finite values count as 0. */
export function quantizePersons(persons: number): number {
  return persons > 0 && persons < Number.POSITIVE_INFINITY ? Math.round(persons * PERSON_QUANTA) : 0;
}

/** `amount` (m², beds, …) as an integer number of 10^−6 quanta; non-finite values count as 0. */
export function quantizeAmount(amount: number): number {
  return Number.isFinite(amount) ? Math.round(amount * AMOUNT_QUANTA) : 0;
}

/** An amount back from its quanta, in its unit. */
export function amountFromQuanta(quanta: number): number {
  return quanta / AMOUNT_QUANTA;
}

/**
 * A supply ratio R ≥ 0 (m² per household) is summed as two parts, each exactly: the integer part
 * ({@link supplyRatioInteger}) and the fraction rounded to 2^−36 ({@link supplyRatioFraction}). Their sum is within
 * 2^−37 of R.
 */
export function supplyRatioInteger(ratio: number): number {
  return Math.floor(ratio);
}

/** The fractional part of a supply ratio, rounded to 2^−36 (see {@link supplyRatioInteger}). */
export function supplyRatioFraction(ratio: number): number {
  // ratio − floor(ratio) is exact for ratio < 2^52 (both share the same binary exponent range).
  return Math.round((ratio - Math.floor(ratio)) * SUPPLY_FRACTION_QUANTA) / SUPPLY_FRACTION_QUANTA;
}
