import { numberLength } from "../../src/writer/copySize";

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
    for (const v of spread()) expect([v, numberLength(v)]).toEqual([v, String(v).length]);
  });
});
