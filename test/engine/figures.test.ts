import { groupedCents, yuanFigure } from "../../src/engine/catalog/figures";
import { formatCents, groupThousands, yuanOfCents } from "../../src/engine/money";

/** Amounts at the edges: zero, each width of a group, around the powers of ten, negatives, the safe limit. */
const EDGES = [
  0, -0, 1, 9, 10, 99, 100, 101, 999, 1000, 99999, 100000, 100001, 123456, 99999999, 100000000, 123456789, 100000000000,
  999999999999, 1000000000000, Number.MAX_SAFE_INTEGER, -1, -99, -100, -100000, -123456789, -Number.MAX_SAFE_INTEGER,
];

/** A fixed spread: every fraction of a yuan, and a run of amounts from a fixed generator at every magnitude. */
function spread(): number[] {
  const out: number[] = [];
  for (let f = 0; f < 100; f++) out.push(f, 100000 + f, -(1234500 + f));
  let x = 12345;
  for (let i = 0; i < 20000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const magnitude = 10 ** (i % 16);
    out.push(Math.floor((x / 2147483648) * magnitude) * (i % 3 === 0 ? -1 : 1));
  }
  return out;
}

describe("a figure in 分 as the sentences show it", () => {
  test.each(EDGES)("%p 分 reads as yuanOfCents and groupThousands(formatCents) give it", (cents) => {
    expect(yuanFigure(cents, "zh")).toBe(yuanOfCents(cents, "zh"));
    expect(yuanFigure(cents, "en")).toBe(yuanOfCents(cents, "en"));
    expect(groupedCents(cents)).toBe(groupThousands(formatCents(cents)));
  });

  test("every fraction and every magnitude reads the same", () => {
    // One expectation over the amounts that read otherwise, each with both readings: jest's expect() per
    // amount cost more than the figures.
    const differ: [number, string[], string[]][] = [];
    for (const cents of spread()) {
      const got = [yuanFigure(cents, "zh"), yuanFigure(cents, "en"), groupedCents(cents)];
      const want = [yuanOfCents(cents, "zh"), yuanOfCents(cents, "en"), groupThousands(formatCents(cents))];
      if (got.some((g, i) => g !== want[i])) differ.push([cents, got, want]);
    }
    expect(differ).toEqual([]);
  });

  test("the figures a clerk reads", () => {
    expect(yuanFigure(3000000, "zh")).toBe("30,000.00 元");
    expect(yuanFigure(-5, "en")).toBe("-0.05 yuan");
    expect(groupedCents(123456789)).toBe("1,234,567.89");
    expect(groupedCents(100000)).toBe("1,000.00");
  });

  test("a number that is no safe whole number of 分 goes the long way", () => {
    for (const cents of [2 ** 53, 1e20, 12.5]) {
      expect(yuanFigure(cents, "zh")).toBe(yuanOfCents(cents, "zh"));
      expect(groupedCents(cents)).toBe(groupThousands(formatCents(cents)));
    }
  });
});
