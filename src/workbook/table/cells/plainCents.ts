/**
 * The 分 of a plain amount by integer arithmetic (issue 22): most money cells are ASCII digits with an
 * optional point, and reading them through decimal.js only to take their 分 back out made and parsed a
 * Decimal for every cell. Anything this does not take whole is read by the Decimal path (money.ts), which
 * also gives every refusal: this only ever takes an amount the Decimal path takes, with the same 分.
 */

/** 10^13 元 is too large (money.ts); in 万 that is 10^9. */
const WHOLE_LIMIT_YUAN = 1e13;
const WHOLE_LIMIT_WAN = 1e9;
/** Digits before the point read as a JS number: at most 15 are exact whatever they are. */
const MAX_WHOLE_DIGITS = 15;
const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * The 分 of `text` — digits, optionally a point and more digits (`1000`, `1000.5`, `20000.`, `.5`), at
 * least one digit — in 元, or in 万 when `wan`. `maxDigits`: most digits the text may have in all (a number
 * cell's: Excel shows 15 significant digits, and more go to the Decimal path, which rounds them as Excel
 * does). Undefined where the text is anything else, has more places than a whole 分 allows (after trailing
 * zeros), or is 10^13 元 or more.
 */
export function plainCents(text: string, wan: boolean, maxDigits: number): number | undefined {
  const len = text.length;
  let whole = 0;
  let i = 0;
  for (; i < len; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  const wholeDigits = i;
  let fracStart = len;
  if (i < len) {
    if (text.charCodeAt(i) !== 46) return undefined;
    fracStart = i + 1;
    for (let k = fracStart; k < len; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return undefined;
    }
  }
  const fracDigits = len - fracStart;
  if (wholeDigits + fracDigits === 0 || wholeDigits + fracDigits > maxDigits || wholeDigits > MAX_WHOLE_DIGITS) return undefined;
  if (whole >= (wan ? WHOLE_LIMIT_WAN : WHOLE_LIMIT_YUAN)) return undefined;
  // Trailing zeros are no places: 1.500 元 is 150 分, as decimal.js reads it.
  let fracEnd = len;
  while (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  const places = wan ? 6 : 2;
  if (fracEnd - fracStart > places) return undefined;
  let frac = 0;
  for (let k = fracStart; k < fracEnd; k++) frac = frac * 10 + (text.charCodeAt(k) - 48);
  // Below 10^13 元 every step stays below 10^15: exact.
  return whole * POWERS[places]! + frac * POWERS[places - (fracEnd - fracStart)]!;
}
