/**
 * centsOf reads a value's 分 from the text decimal.js prints for it. Whatever the text looks like (a plain
 * decimal, an exponent, a negative zero, digits beyond 2^53), the 分 must be those decimal.js's own arithmetic
 * gives: value × 100 where that is a whole number within ±2^53, else NaN.
 */
import DecimalJs from "decimal.js";
import fc from "fast-check";
import { centsOf, Decimal } from "../../src/engine";
import { sampled } from "../support/sampled";

/** decimal.js's answer: the value times 100, where whole and safe. */
function expected(value: DecimalJs): number {
  if (!value.isFinite()) return NaN;
  const hundred = value.times(100);
  if (!hundred.isInteger() || hundred.abs().gt(Number.MAX_SAFE_INTEGER)) return NaN;
  return hundred.isZero() ? 0 : Number(hundred.toFixed(0));
}

/** The library's own defaults print exponents from 10^21 up and below 10^-7: another text for the same value. */
const PlainDefaults = DecimalJs.clone();
const ExponentsEarly = DecimalJs.clone({ toExpNeg: -1, toExpPos: 3 });

const digitsAndScale = fc.tuple(
  fc.oneof(
    fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
    fc.bigInt({ min: -(2n ** 53n) * 1000n, max: (2n ** 53n) * 1000n }),
    fc.constantFrom(0n, 1n, -1n, 5n, 50n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n - 1n), 10n ** 25n),
  ),
  fc.integer({ min: 0, max: 5 }),
);

function textOf(digits: bigint, scale: number): string {
  const neg = digits < 0n;
  const abs = (neg ? -digits : digits).toString().padStart(scale + 1, "0");
  return `${neg ? "-" : ""}${abs.slice(0, abs.length - scale)}${scale ? "." + abs.slice(abs.length - scale) : ""}`;
}

describe("centsOf from the value's text", () => {
  it("agrees with decimal.js's value × 100 for whole 分, and is NaN for a third place or 分 beyond 2^53", () => {
    fc.assert(fc.property(digitsAndScale, fc.constantFrom(Decimal, PlainDefaults, ExponentsEarly), ([digits, scale], Ctor) => {
      const value = new Ctor(textOf(digits, scale));
      const got = centsOf(value);
      const want = expected(value);
      if (Number.isNaN(want)) expect(got).toBeNaN();
      else expect(got).toBe(want);
    }), sampled(3000));
  });

  it("reads the edges: 2^53 − 1 分 and not one more, half a 分, a negative zero, exponents, the infinities", () => {
    expect(centsOf(new Decimal("90071992547409.91"))).toBe(Number.MAX_SAFE_INTEGER);
    expect(centsOf(new Decimal("90071992547409.92"))).toBeNaN();
    expect(centsOf(new Decimal("-90071992547409.91"))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(centsOf(new Decimal("0.005"))).toBeNaN();
    expect(centsOf(new Decimal("12.345"))).toBeNaN();
    expect(Object.is(centsOf(new Decimal("-0")), 0)).toBe(true);
    expect(Object.is(centsOf(new Decimal("-0.00")), 0)).toBe(true);
    expect(centsOf(new ExponentsEarly("1234.5"))).toBe(123450);
    expect(centsOf(new ExponentsEarly("0.05"))).toBe(5);
    expect(centsOf(new PlainDefaults("1e21"))).toBeNaN();
    expect(centsOf(new Decimal(Infinity))).toBeNaN();
    expect(centsOf(new Decimal(NaN))).toBeNaN();
  });
});
