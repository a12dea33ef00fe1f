/**
 * Whole 分 in the hot loop: centsOf reads a decimal.js value's 分 and moneyOfCents makes a value of 分 from
 * decimal.js's documented parts (s, e, d). Both must agree with decimal.js parsing and printing the text
 * exactly, for every size of amount, or the engine's figures would drift from the 分.
 */
import fc from "fast-check";
import { centsOf, Decimal, formatCents, formatMoney, moneyOfCents } from "../../src/engine";
import { sampled } from "../support/sampled";

const parts = (m: unknown) => {
  const x = m as { s: number; e: number; d: number[] };
  return { s: x.s, e: x.e, d: [...x.d] };
};
const text = (cents: bigint) => {
  const neg = cents < 0n;
  const c = neg ? -cents : cents;
  return `${neg ? "-" : ""}${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
};
const anyCents = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: 0, max: 100_000_000 }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, 1, 5, 10, 99, 100, 1_000_000_000, 10_000_000, 100_000_000_000, 1_000_000_000_000_000, Number.MAX_SAFE_INTEGER),
);

describe("whole 分 against decimal.js", () => {
  it("moneyOfCents makes the very value decimal.js parses from the text, parts and all", () => {
    fc.assert(fc.property(anyCents, (c) => {
      const expected = new Decimal(text(BigInt(c)));
      const made = moneyOfCents(c);
      expect(parts(made)).toEqual(parts(expected));
      expect(made.eq(expected)).toBe(true);
      expect(made.toString()).toBe(expected.toString());
      expect(made instanceof Decimal).toBe(true);
      expect(formatMoney(made.plus(1).minus(1))).toBe(formatMoney(expected));
    }), sampled(2000));
  });

  it("centsOf reads the 分 of any value decimal.js parses, and formatCents prints them as formatMoney does", () => {
    fc.assert(fc.property(anyCents, fc.constantFrom("", "0", "00", "000"), (c, zeros) => {
      const t = text(BigInt(c));
      const value = new Decimal(t + zeros);
      expect(centsOf(value)).toBe(c === 0 ? 0 : c);
      expect(formatCents(c)).toBe(formatMoney(value));
      expect(centsOf(value.times(10).dividedBy(10))).toBe(c === 0 ? 0 : c);
    }), sampled(2000));
  });

  it("formatMoney prints every value as decimal.js's toFixed(2, half up) does, whole 分 or not, -0 included", () => {
    const places = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }));
    fc.assert(fc.property(places, ([digits, scale]) => {
      const neg = digits < 0n;
      const abs = (neg ? -digits : digits).toString().padStart(scale + 1, "0");
      const t = `${neg ? "-" : ""}${abs.slice(0, abs.length - scale)}${scale ? "." + abs.slice(abs.length - scale) : ""}`;
      const value = new Decimal(t);
      expect(formatMoney(value)).toBe(value.toFixed(2, Decimal.ROUND_HALF_UP));
    }), sampled(3000));
    for (const t of ["-0", "-0.00", "0", "-0.004", "-0.005", "0.005", "1e-30", "-1e-30"]) {
      const value = new Decimal(t);
      expect(formatMoney(value)).toBe(value.toFixed(2, Decimal.ROUND_HALF_UP));
    }
  });

  it("centsOf refuses what is not a whole number of 分 or lies beyond 2^53 分", () => {
    for (const t of ["0.001", "0.125", "12345.678", "1e-9", "-0.005", "1e20", "90071992547409.92", "123456789012345678.5"]) {
      expect(centsOf(new Decimal(t))).toBeNaN();
    }
    expect(centsOf(new Decimal("90071992547409.91"))).toBe(Number.MAX_SAFE_INTEGER);
    expect(centsOf(new Decimal(NaN))).toBeNaN();
    expect(centsOf(new Decimal(Infinity))).toBeNaN();
    expect(centsOf(new Decimal("-0"))).toBe(0);
  });
});
