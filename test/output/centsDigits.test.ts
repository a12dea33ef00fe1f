import { centsOfNumber, writeCentsNumber } from "../../src/output/centsDigits";
import { centsShownWidth, shownNumberWidth } from "../../src/output/widths";
import { ByteRun } from "../../src/workbook/bytes/byteRun";

function written(cents: number): string {
  let text = "";
  const run = new ByteRun({ write: (t) => void (text += t) }, 64, false);
  writeCentsNumber(run, cents);
  run.flush();
  return text;
}

/**
 * expect(got).toEqual(want) for one amount's values, asked of jest only when Object.is finds one of them
 * different (jest's message then): the sweeps below compare some 11,000 amounts, and an expect() each was
 * most of their time.
 */
function same(got: readonly unknown[], want: readonly unknown[]): void {
  if (got.length !== want.length || got.some((g, i) => !Object.is(g, want[i]))) expect(got).toEqual(want);
}

/** Amounts at the edges of each branch: zero, each kind of fraction, around 2^31 yuan and 10^15 分, negatives. */
const EDGES = [
  0, -0, 1, 5, 9, 10, 50, 99, 100, 101, 110, 120, 12345, 100000, 2147483647, 2147483648, 214748364700, 214748364801,
  999_999_999_999_999, 1e15, 1e15 + 1, Number.MAX_SAFE_INTEGER, -1, -10, -12345, -999_999_999_999_999, -1e15, 0.5, 12.34,
];

/** A fixed spread of amounts: every fraction of a yuan, at magnitudes from 分 to 10^15. */
function spread(): number[] {
  const out: number[] = [];
  let whole = 1;
  for (let magnitude = 0; magnitude < 14; magnitude++) {
    for (let fraction = 0; fraction < 100; fraction++) out.push(whole * 100 + fraction, -(whole * 100 + fraction));
    whole = whole * 10 + (magnitude % 9) + 1;
  }
  return out;
}

describe("an amount in 分 written as its spreadsheet number", () => {
  test.each(EDGES)("%p 分 is written as String(cents / 100) writes it", (cents) => {
    expect(written(cents)).toBe(String(cents / 100));
  });

  test("every fraction at every magnitude is written as String(cents / 100)", () => {
    for (const cents of spread()) same([cents, written(cents)], [cents, String(cents / 100)]);
  });

  test("its shown width is shownNumberWidth's", () => {
    for (const cents of [...EDGES, ...spread()]) {
      same([cents, centsShownWidth(cents)], [cents, shownNumberWidth(cents / 100, true)]);
    }
  });
});

describe("the 分 a spreadsheet number is the centsNumber of", () => {
  test("an amount's number gives back its 分, whose text is the number's", () => {
    for (const cents of [...EDGES, ...spread()]) {
      const value = cents / 100;
      const found = centsOfNumber(value);
      if (found === undefined) continue;
      same([cents, found / 100, written(found)], [cents, value, String(value)]);
    }
  });

  test("a fraction of a yuan at every magnitude below 10^13 yuan is found", () => {
    for (const cents of spread()) if (cents % 100 !== 0 && Math.abs(cents) < 1e15) same([cents, centsOfNumber(cents / 100)], [cents, cents]);
  });

  test.each([
    ["a whole number", 12],
    ["zero", 0],
    ["a negative zero", -0],
    ["a sum that is no amount's double", 0.1 + 0.2],
    ["a third", 1 / 3],
    ["a thousandth", 0.001],
    ["beyond 10^15 分", 1e13 + 0.5],
    ["NaN", NaN],
    ["an infinity", -Infinity],
  ])("%s has none", (_, value) => {
    expect(centsOfNumber(value)).toBeUndefined();
  });
});
