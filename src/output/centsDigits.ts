/**
 * An amount in whole 分 written as the spreadsheet number it is (centsNumber: cents / 100), digit by digit,
 * without a double's text being made for each of a sheet's hundreds of thousands of amounts.
 *
 * Below 10^15 分 the quotient's shortest text (String, which both the part and the digest use) is the exact
 * two-decimal amount with its trailing zeros dropped: a decimal of at most 15 significant digits is the only
 * one of as few digits that reads back as its nearest double. Larger amounts, and anything not whole, go
 * through String as before.
 */
import { FRACTIONS } from "../engine/catalog/figures";
import type { ByteRun } from "../workbook/bytes/byteRun";

const DIGITS_EXACT = 1e15;

export function writeCentsNumber(out: ByteRun, cents: number): void {
  if (!Number.isInteger(cents) || cents >= DIGITS_EXACT || cents <= -DIGITS_EXACT) {
    out.number(cents / 100);
    return;
  }
  // 0 and -0 alike: String(-0) is "0".
  if (cents === 0) {
    out.ascii("0");
    return;
  }
  let abs = cents;
  if (cents < 0) {
    out.ascii("-");
    abs = -cents;
  }
  const fraction = abs % 100;
  out.number((abs - fraction) / 100);
  if (fraction === 0) return;
  const tenths = (fraction / 10) | 0;
  const hundredths = fraction - tenths * 10;
  out.ascii(hundredths === 0 ? DECIMALS[tenths]! : FRACTIONS[fraction]!);
}

/**
 * The whole 分 a spreadsheet number is the centsNumber of (cents / 100 is that very double), where
 * writeCentsNumber writes its text; undefined for a whole number (ByteRun writes those digit by digit) and
 * for anything else. A sheet's money cells hold such numbers: their text is then made without String.
 */
export function centsOfNumber(value: number): number | undefined {
  if (Number.isInteger(value) || !Number.isFinite(value)) return undefined;
  const cents = Math.round(value * 100);
  return cents / 100 === value && cents < DIGITS_EXACT && cents > -DIGITS_EXACT ? cents : undefined;
}

/** ".1" … ".9" (".01" … ".99" are the catalog's FRACTIONS). */
const DECIMALS = Array.from({ length: 10 }, (_, d) => `.${d}`);
