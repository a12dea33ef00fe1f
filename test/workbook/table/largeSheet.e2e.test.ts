/**
 * The reader at scale, in process: a sheet of 100,000 rows reads to the last row exactly. A scale case, so
 * it runs with the end-to-end tests; its speed is measured by npm run bench.
 */
import { findTable } from "../../../src/workbook/table/findTable";
import { readRows } from "../../../src/workbook/table/readRows";
import type { RawCell, SheetGrid, TableLayout } from "../../../src/workbook/types";
import { n, s } from "./helpers";

describe("readRows: a large sheet", () => {
  it("reads 100,000 rows, the last one exactly (its speed is measured by npm run bench)", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "级别", "数量", "计算基数（元）", "贷款期限（月）", "事项日期", "申请金额（元）"];
    const rows = new Map<number, (RawCell | undefined)[]>();
    rows.set(1, head.map((h) => s(h)));
    for (let r = 2; r <= 100_001; r++) {
      rows.set(r, [
        s(`连云港某${r % 997}公司`), s("91320706MA1N2B3C4M"), n("2026"), s("PLEDGE_LOAN"), undefined, n(String(r % 40)),
        n(String((r * 37) % 900000) + ".5"), s("12个月"), n(String(45809 + (r % 300)), { date: true }), s(`${r % 200000}.25`),
      ]);
    }
    const g: SheetGrid = { name: "申报表", rows, maxRow: 100_001, maxCol: 9, merges: [] };
    const found = findTable([g]);
    const layout = (found as { layout: TableLayout }).layout;
    const claims = readRows(g, layout, 0);
    expect(claims).toHaveLength(100_000);
    expect(claims[99_999].months).toBe(12);
    expect(claims[99_999].claimed!.toFixed(2)).toBe("100001.25");
  });
});
