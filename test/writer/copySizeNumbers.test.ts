import { CopySize, numberLength } from "../../src/writer/copySize";

/** Numbers at the edges: whole, each kind of fraction, around 2^31 and 10^13 yuan, negatives, non-amounts. */
const EDGES = [
  0, -0, 1, 9, 10, -1, 0.1, 0.01, 0.5, 0.25, -0.05, 12.3, 12.34, 1234.5, 2147483647, 2147483648, 99999999999.99, 1e13 - 0.01,
  1e13, 1e13 + 0.5, 1e15, 1e20, 1e21, 1e22, 0.001, 1e-7, 0.1 + 0.2, 1 / 3, -1e-7, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER,
];

function spread(): number[] {
  const out: number[] = [];
  let x = 3;
  for (let i = 0; i < 20000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const cents = Math.floor((x / 2147483648) * 10 ** (i % 18));
    out.push(cents / 100, -cents / 100, cents);
  }
  return out;
}

describe("a number's length in the copy's reckoning", () => {
  test.each(EDGES)("%p is as long as String makes it", (v) => {
    expect(numberLength(v)).toBe(String(v).length);
  });

  test("every amount at every magnitude is as long as String makes it", () => {
    // One expectation over the values that differ: 60,000 expectations cost seconds of the suite.
    const wrong = spread().filter((v) => numberLength(v) !== String(v).length).map((v) => [v, numberLength(v), String(v).length]);
    expect(wrong).toEqual([]);
  });
});

describe("the copy's reckoning of texts", () => {
  /** The reckoning of one sheet holding `rows`. */
  const reckoned = (rows: readonly (readonly string[])[]) => {
    const size = new CopySize(1000);
    size.sheet({ name: "问题清单", rows: rows.map((values) => ({ values: [...values] })) });
    return size.total;
  };

  test("counts each different text once, however its cells are ordered and in whichever column it first came", () => {
    const texts = ["甲", "乙", "丙丙", "丁&", "戊"];
    const rows: string[][] = [];
    let x = 5;
    for (let i = 0; i < 300; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      rows.push([texts[x % 5]!, texts[(x >> 3) % 3]!, texts[i % 2 ? 4 : (x >> 5) % 5]!]);
    }
    const sorted = [...rows].sort((a, b) => a.join().localeCompare(b.join()));
    const reversed = [...rows].reverse();
    expect(reckoned(sorted)).toBe(reckoned(rows));
    expect(reckoned(reversed)).toBe(reckoned(rows));
    // A text more makes the reckoning grow by its entry once, not once for each of its cells.
    const withNew = rows.map((r, i) => (i % 10 === 0 ? [r[0]!, r[1]!, "己"] : r));
    const withOld = rows.map((r, i) => (i % 10 === 0 ? [r[0]!, r[1]!, "戊"] : r));
    const oneEntry = reckoned([["甲"], ["己"]]) - reckoned([["甲"], ["甲"]]);
    expect(oneEntry).toBeGreaterThan(0);
    expect(reckoned(withNew) - reckoned(withOld)).toBe(oneEntry);
  });
});
