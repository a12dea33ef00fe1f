/**
 * Money is decimal from parsing to output (decimal.js), rounded half-up to 0.01 元 (MEASURES.md decision 3).
 */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = DecimalJs;

export const ZERO: Money = new Decimal(0);

/** Half-up to the 分. */
export function toCents(value: Money): Money {
  return value.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}

/** "42000.00": exactly two decimals, as the report contract wants. */
export function formatMoney(value: Money): string {
  return value.toFixed(2, DecimalJs.ROUND_HALF_UP);
}

/** A rate as people read it: 0.3 → "30%". */
export function formatRate(rate: Money): string {
  return `${rate.times(100).toString()}%`;
}

export function minMoney(...values: Money[]): Money {
  return values.reduce((a, b) => (b.lt(a) ? b : a));
}
