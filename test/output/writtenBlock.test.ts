/**
 * The record of the result cells a check writes: its rows ascending, each once with its last values, and
 * the digest of every value as a reader keys it back (writtenKey through CellDigest.add), whatever order
 * the plan lists its rows in.
 */
import fc from "fast-check";
import { CellDigest } from "../../src/output/cellDigest";
import { writtenBlock, writtenKey, type ResultArea } from "../../src/output/resultCells";
import type { PlanValue } from "../../src/output/types";
import { sampled } from "../support/sampled";

/** The block as the rule defines it, taken the plain way: every row into a Map, sorted, each value keyed. */
function reference(area: ResultArea): { rows: number[]; sha256: string } {
  const digest = new CellDigest();
  area.resultHeaders.forEach((h, i) => digest.add(writtenKey(area.headerRow, area.resultCol + i, h)));
  const written = new Map<number, readonly PlanValue[]>();
  for (const r of area.resultRows) if (r.row !== area.headerRow && r.values.some((v) => v !== null && v !== "")) written.set(r.row, r.values);
  const rows = [...written.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    written.get(row)!.forEach((v, i) => {
      if (v !== null && v !== "") digest.add(writtenKey(row, area.resultCol + i, v));
    });
  }
  return { rows: [area.headerRow, ...rows], sha256: digest.hex() };
}

const value: fc.Arbitrary<PlanValue> = fc.oneof(
  fc.constant(null), fc.constant(""), fc.string(), fc.constantFrom("通过", "核减", "不予支持", "（十六）", "\ud800x"),
  fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1 + 0.2, 1234.57, -0, 2 ** 40),
);

const area = (rows: { row: number; values: PlanValue[] }[]): ResultArea => ({
  sheet: "申报表", headerRow: 1, resultCol: 8, resultHeaders: ["审核结论", "审核说明", "可支持金额（元）"], resultRows: rows as ResultArea["resultRows"],
});

test("ascending, shuffled and repeated rows give the block and digest the rule defines", () => {
  fc.assert(fc.property(
    fc.array(fc.record({ row: fc.integer({ min: 1, max: 60 }), values: fc.array(value, { minLength: 0, maxLength: 4 }) }), { maxLength: 30 }),
    fc.boolean(),
    (rows, ascending) => {
      const listed = ascending ? [...new Map(rows.map((r) => [r.row, r])).values()].sort((a, b) => a.row - b.row) : rows;
      const block = writtenBlock(area(listed));
      const expected = reference(area(listed));
      expect(block.rows).toEqual(expected.rows);
      expect(block.sha256).toBe(expected.sha256);
      expect([block.firstCol, block.lastCol]).toEqual([8, 10]);
    },
  ), sampled(1500));
});

test("a number or a text changed in one row changes the digest", () => {
  const rows = [{ row: 2, values: ["通过", "说明", 100] }, { row: 3, values: ["核减", "说明", 50.5] }];
  const base = writtenBlock(area(rows)).sha256;
  expect(writtenBlock(area([rows[0]!, { row: 3, values: ["核减", "说明", 50.25] }])).sha256).not.toBe(base);
  expect(writtenBlock(area([rows[0]!, { row: 3, values: ["核减", "说明。", 50.5] }])).sha256).not.toBe(base);
});
