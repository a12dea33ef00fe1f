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

/** "42000.00": exactly two decimals, as the report contract wants; half up, "-0.00" for a negative zero. */
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
  // One pass over the text rather than a look-ahead pattern: every figure of a report's sentences, notes and
  // sheets comes through here (some 600,000 times for 100,000 rows). Only -?digits(.digits)? is grouped.
  const n = text.length;
  const start = n > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  let end = start;
  while (end < n && isDigit(text.charCodeAt(end))) end++;
  if (end === start) return text;
  if (end < n) {
    if (text.charCodeAt(end) !== 46 || end + 1 === n) return text;
    for (let i = end + 1; i < n; i++) if (!isDigit(text.charCodeAt(i))) return text;
  }
  const digits = end - start;
  if (digits <= 3) return text;
  const head = start + (digits % 3 || 3);
  let out = text.slice(0, head);
  for (let at = head; at < end; at += 3) out += "," + text.slice(at, at + 3);
  return out + text.slice(end);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

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

const TEN_TRILLION = new Decimal("1e13");

/**
 * Money of 10^13 元 or more: 13 integer digits and 2 decimals are all that Excel's 15 significant digits
 * hold to the 分, and the engine counts in safe integers of 分. Every host refuses such money as it reads it
 * (BAD_NUMBER "too-large"): the table's cells, the functions' arguments, `lygip explain`.
 */
export function moneyTooLarge(value: Money): boolean {
  return value.abs().gte(TEN_TRILLION);
}

/*
 * Integer 分: the check counts in whole 分 (MEASURES.md decision 3 rounds every amount to the 分), as safe
 * integers. These convert at the edges, through decimal.js's public methods only.
 */
const SAFE = Number.MAX_SAFE_INTEGER;

/** The value in whole 分 where it is a whole number of 分 within ±2^53; NaN otherwise. */
export function centsOf(value: Money): number {
  // Read from the value's own text (valueOf, decimal.js's exact digits without trailing zeros): one string
  // made and read digit by digit, where asking for its places and its number made the string twice.
  const cents = centsOfPlain(value.valueOf());
  return cents === undefined ? centsOfAny(value) : cents;
}

/**
 * centsOf where the amount must be whole 分, as every amount a host hands the check is (its readers take money
 * to two decimals below 10^13 元): one that is not could only come from a host that skipped them, and is
 * refused with a RangeError naming `what` it is ("a claim of", "approvable").
 */
export function wholeCentsOf(value: Money, what: string): number {
  const cents = centsOf(value);
  if (Number.isNaN(cents)) throw new RangeError(`${what} ${value.toString()} 元 is not a whole number of 分 below 2^53`);
  return cents;
}

/**
 * The 分 of a plain decimal text ("-12345.5", "0", "-0"): NaN where it has more than two places or its 分
 * lie beyond 2^53; undefined where the text is not of that form (an exponent, Infinity, NaN).
 */
function centsOfPlain(text: string): number | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const neg = i === 1;
  if (i >= n) return undefined;
  let cents = 0;
  let places = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (places >= 0) return undefined;
      places = 0;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (places >= 0) places++;
    cents = cents * 10 + (c - 48);
  }
  if (places === 0) return undefined;
  if (places > 2) return NaN;
  if (places < 2) cents *= places === 1 ? 10 : 100;
  // Digits beyond 2^53 round on the way; the result then lies above SAFE, which is all that is asked of it.
  if (cents > SAFE) return NaN;
  return neg && cents !== 0 ? -cents : cents;
}

/** centsOf of any value: exponents, the infinities and NaN included. */
function centsOfAny(value: Money): number {
  if (!value.isFinite() || value.decimalPlaces() > 2) return NaN;
  const n = value.toNumber();
  // Below 10^11 元 a value of two decimals is its double to within 2^-17, and 100 times that to within 0.002
  // of its 分: rounding gives them exactly. Larger values are read from their digits.
  if (n < 1e11 && n > -1e11) return n === 0 ? 0 : Math.round(n * 100);
  const text = value.toFixed(2);
  let cents = 0;
  for (let i = text.charCodeAt(0) === 45 ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46) cents = cents * 10 + (c - 48);
  }
  // Digits beyond 2^53 round on the way; the result then lies above SAFE, which is all that is asked of it.
  if (cents > SAFE) return NaN;
  return value.isNegative() ? -cents : cents;
}

/** A Money of a whole number of 分 (|cents| < 2^53): the value decimal.js reads from its text. */
export function moneyOfCents(cents: number): Money {
  return cents === 0 ? new Decimal(0) : new Decimal(formatCents(cents));
}

/** "42000.00" of a whole number of 分: formatMoney without a Decimal. */
export function formatCents(cents: number): string {
  const neg = cents < 0;
  const c = neg ? -cents : cents;
  const frac = c % 100;
  const text = `${(c - frac) / 100}.${frac < 10 ? "0" : ""}${frac}`;
  return neg ? `-${text}` : text;
}

/** "30,000.00 元" / "30,000.00 yuan" of a whole number of 分. */
export function yuanOfCents(cents: number, lang: "zh" | "en"): string {
  return yuanText(formatCents(cents), lang);
}
