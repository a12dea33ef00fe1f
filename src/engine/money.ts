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

/**
 * "30000.00" → "30,000.00": a money figure as a person reads it, with thousands separators. The text is the
 * engine's exact figure (a string with two decimals, or a Money); only separators are added, so the JSON's
 * numeric fields, which keep the plain form, and every sentence a person reads show the same amount.
 */
export function groupThousands(amount: string | Money): string {
  const text = typeof amount === "string" ? amount : formatMoney(amount);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/** "30,000.00 元" / "30,000.00 yuan": a money figure in a sentence, grouped and with its unit. */
export function yuanText(amount: string | Money, lang: "zh" | "en"): string {
  return `${groupThousands(amount)} ${lang === "zh" ? "元" : "yuan"}`;
}

/** A rate as people read it: 0.3 → "30%". */
export function formatRate(rate: Money): string {
  return `${rate.times(100).toString()}%`;
}

export function minMoney(...values: Money[]): Money {
  return values.reduce((a, b) => (b.lt(a) ? b : a));
}
