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
  // A whole number of 分 (nearly every amount) is printed from its 分, as decimal.js prints it; -0 by decimal.js.
  const cents = centsOf(value);
  if (cents === cents && (cents !== 0 || value.s > 0)) return formatCents(cents);
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

/*
 * Integer 分 for the hot loop. decimal.js documents its instances as three properties (README "Internals"):
 * `s` the sign, `e` the exponent, `d` the digits in words of base 1e7, word i standing for
 * d[i] × 1e7^(floor(e / 7) − i), trailing zero words dropped. Reading and writing them directly makes a
 * value's 分 and a value of 分 without parsing or printing text; both are proven against decimal.js's own
 * parsing and printing by test/engine/cents.test.ts.
 */
const WORD = 1e7;
const SAFE = Number.MAX_SAFE_INTEGER;

interface DecimalParts {
  s: number;
  e: number;
  d: number[] | null;
}

/** The value in whole 分 where it is a whole number of 分 within ±2^53; NaN otherwise. */
export function centsOf(value: Money): number {
  const x = value as unknown as DecimalParts;
  const d = x.d;
  if (!d) return NaN;
  const top = Math.floor(x.e / 7);
  let cents = 0;
  const last = d.length - 1;
  for (let i = 0; i <= last; i++) {
    const power = top - i;
    if (power >= 0) {
      cents = cents * WORD + d[i];
      if (cents > SAFE / 100) return NaN;
    } else if (power === -1) {
      const w = d[i];
      if (w % 100_000 !== 0) return NaN;
      if (i !== last) return NaN;
      cents = cents * 100 + w / 100_000;
      if (cents > SAFE) return NaN;
      return x.s < 0 ? -cents : cents;
    } else return d[i] === 0 && cents === 0 ? 0 : NaN;
  }
  // Integer part complete: words dropped below the last are zeros.
  for (let p = top - last; p > 0; p--) {
    cents *= WORD;
    if (cents > SAFE / 100) return NaN;
  }
  cents *= 100;
  return x.s < 0 && cents !== 0 ? -cents : cents;
}

function digitCount(n: number): number {
  let k = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    k++;
  }
  return k;
}

/** A Money of a whole number of 分 (|cents| < 2^53), the same value decimal.js makes of its text. */
export function moneyOfCents(cents: number): Money {
  // Made by decimal.js's own constructor, so it has the shape of every other value, then given its parts.
  const m = new Decimal(0) as unknown as DecimalParts;
  if (cents === 0) return m as unknown as Money;
  const neg = cents < 0;
  const c = neg ? -cents : cents;
  const frac = c % 100;
  const int = (c - frac) / 100;
  // Below 2^53 分 the whole 元 have at most two words; each list is made at its length.
  if (int === 0) {
    m.e = frac >= 10 ? -1 : -2;
    m.d = [frac * 100_000];
  } else {
    const low = int % WORD;
    const high = (int - low) / WORD;
    if (high > 0) {
      m.e = 7 + digitCount(high) - 1;
      m.d = frac !== 0 ? [high, low, frac * 100_000] : low !== 0 ? [high, low] : [high];
    } else {
      m.e = digitCount(low) - 1;
      m.d = frac !== 0 ? [low, frac * 100_000] : [low];
    }
  }
  if (neg) m.s = -1;
  return m as unknown as Money;
}

/** "42000.00" of a whole number of 分: formatMoney without a Decimal. */
export function formatCents(cents: number): string {
  const neg = cents < 0;
  const c = neg ? -cents : cents;
  const frac = c % 100;
  const text = `${(c - frac) / 100}.${frac < 10 ? "0" : ""}${frac}`;
  return neg ? `-${text}` : text;
}
