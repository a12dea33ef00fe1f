/**
 * Issue 22: a money cell's 分 are reached by integer arithmetic where its text is a plain amount. Whatever
 * the text, the reading must be the Decimal one's: every amount the integer path takes has exactly the 分
 * decimal.js gives its text, and every cell reads (or is refused, with the same issue) as it was when every
 * amount went through decimal.js.
 */
import fc from "fast-check";
import type { FieldKey } from "../../../src/engine/columns";
import { centsOf, Decimal, type Money } from "../../../src/engine/money";
import type { RawCell } from "../../../src/workbook/types";
import {
  badNumber, cleanTyped, EXCEL_DIGITS, excelNumber, isEmptyCell, readMoney, type CellRead, type ReadOptions,
} from "../../../src/workbook/table/cells";
import { amountValue, parseAmount } from "../../../src/workbook/table/cells/numberText";
import { plainCents } from "../../../src/workbook/table/cells/plainCents";
import { sampled } from "../../support/sampled";

/** Every money cell read through decimal.js, as before the integer path: the reference. */
function decimalReading(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<Money> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let value: Money | null;
  let wan = options.tenThousand === true;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), { 元: "yuan", 万元: "wan", 万: "wan" } as const, true);
      if (parsed === null) return badNumber(cell, field, "money", options, "unreadable");
      value = amountValue(parsed);
      if (parsed.unit !== undefined) wan = parsed.unit === "wan";
      break;
    }
    case "e":
      return badNumber(cell, field, "money", options, "error-value");
    default:
      return badNumber(cell, field, "money", options, "unreadable");
  }
  if (value === null) return badNumber(cell, field, "money", options, "unreadable");
  if (value.isNegative() && !value.isZero()) return badNumber(cell, field, "money", options, "negative");
  if (wan) value = value.times(10000);
  if (value.e >= 13) return badNumber(cell, field, "money", options, "too-large");
  if (value.decimalPlaces() > 2) return badNumber(cell, field, "money", options, "decimals");
  return { ok: true, value: value.isZero() ? new Decimal(0) : value };
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
/** Digits as people and programs write amounts: short, long, with leading and trailing zeros, and the limits. */
const plainText = fc.oneof(
  fc.tuple(
    fc.constantFrom("", "0", "00", "000000"),
    fc.oneof(digits(0, 4), digits(5, 12), digits(13, 20)),
    fc.constantFrom("", ".", "."),
    fc.oneof(digits(0, 2), digits(3, 7), digits(8, 20)),
    fc.constantFrom("", "0", "000"),
  ).map(([lead, whole, point, frac, trail]) => (point === "" ? lead + whole : `${lead}${whole}${point}${frac}${trail}`)),
  fc.constantFrom("10000000000000", "9999999999999.99", "9999999999999.995", "1000000000", "999999999.999999", "999999999999999", "0", "0.00", "."),
);
/** Anything a money cell may hold: plain amounts, with signs, separators, units, exponents, stray characters. */
const anyText = fc.oneof(
  plainText,
  fc.tuple(
    fc.constantFrom("", "-", "+", "￥", "¥", "(", "（", " ", "-0"),
    plainText,
    fc.constantFrom("", "元", "万", "万元", " 元", ")", "）", "E+3", "e-2", "%", ".", ",000", "美元"),
  ).map((parts) => parts.join("")),
  fc.string({ unit: fc.constantFrom(..."0123456789.,-+ 元万"), maxLength: 24 }),
  fc.constantFrom("1.1000000000000001E+3", "1234.5599999999999", "0.30000000000000004", "9999999999999.99", "10000000000000", "999999999.999999", "1000000000"),
);

describe("plainCents: the integer path to a money cell's 分", () => {
  it("takes a plain amount only with the 分 decimal.js gives its text (元 or 万), within two places and below 10^13 元", () => {
    fc.assert(
      fc.property(plainText, fc.boolean(), fc.constantFrom(EXCEL_DIGITS, Infinity), (text, wan, maxDigits) => {
        const cents = plainCents(text, wan, maxDigits);
        if (cents === undefined) return;
        let value = new Decimal(text);
        if (wan) value = value.times(10000);
        expect(value.e).toBeLessThan(13);
        expect(value.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(cents).toBe(centsOf(value));
      }),
      sampled(5000),
    );
  });

  it("takes the amounts it is for: up to 13 whole digits and two places in 元, six in 万", () => {
    expect(plainCents("1000", false, EXCEL_DIGITS)).toBe(100000);
    expect(plainCents("1000.5", false, EXCEL_DIGITS)).toBe(100050);
    expect(plainCents("0.07", false, EXCEL_DIGITS)).toBe(7);
    expect(plainCents("1.500", false, EXCEL_DIGITS)).toBe(150);
    expect(plainCents("20000.", false, Infinity)).toBe(2000000);
    expect(plainCents(".5", false, Infinity)).toBe(50);
    expect(plainCents("9999999999999.99", false, EXCEL_DIGITS)).toBe(999999999999999);
    expect(plainCents("1.234567", true, EXCEL_DIGITS)).toBe(1234567);
    expect(plainCents("999999999.999999", true, EXCEL_DIGITS)).toBe(999999999999999);
    // Left to the Decimal path: too large, a third place, a sign, 16 digits in a number cell, no digit at all.
    for (const [text, wan] of [["10000000000000", false], ["1000000000", true], ["1.005", false], ["1.0000001", true], ["-5", false], ["1234567890123.456", false], [".", false], ["", false], ["1e3", false]] as const) {
      expect(plainCents(text, wan, EXCEL_DIGITS)).toBeUndefined();
    }
  });
});

describe("readMoney with the integer path reads every cell as the Decimal path did", () => {
  it("the same amounts with the same 分, the same refusals with the same issues", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("n", "s"), fc.boolean(), (text, kind, tenThousand) => {
        const cell: RawCell = kind === "n" ? { t: "n", v: text } : { t: "s", v: text };
        const options = { tenThousand };
        const read = readMoney(cell, "claimed", options);
        const reference = decimalReading(cell, "claimed", options);
        if (reference === null || !reference.ok) {
          expect(read).toEqual(reference);
          return;
        }
        expect(read).not.toBeNull();
        if (read === null || !read.ok) throw new Error(`refused ${JSON.stringify(text)}`);
        expect(read.value.toString()).toBe(reference.value.toString());
        expect(read.value.eq(reference.value)).toBe(true);
        expect(read.cents).toBe(centsOf(reference.value));
      }),
      sampled(10000),
    );
  });
});
